/** How the stats command's --json writes a group's rates (per template, per warning): same keys, same order. */
import type { GroupStats } from './groups';

export function ratesJson(g: GroupStats) {
  return {
    sent: g.sent,
    accepted: g.accepted,
    acceptanceRate: g.acceptanceRate,
    acceptanceCi95: g.acceptanceCi95,
    replied: g.replied,
    replyRate: g.replyRate,
    replyCi95: g.replyCi95,
  };
}
