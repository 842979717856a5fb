/** Everything the insight view shows, computed in one place (pure; the components only draw it). */
import type { TrackedContact } from '../tracker/schema';
import type { Settings } from '../tracker/settings';
import { type GroupStats, groupStats, overallStats } from './groups';
import { acceptanceVsHealthy, type RangeCheck, replyVsHealthy } from './health';
import { type NoteQuota, notesUsedThisMonth } from './quota';
import {
  type DailyGuard,
  dailyVolumeGuard,
  type PendingPile,
  pendingPileOverTime,
  requestsInLast7Days,
  type WeeklyVolume,
  weeklyVolume,
} from './volume';

export interface Insight {
  /** Sends (tracked connection requests); 0 means the view shows its empty state. */
  sent: number;
  overall: GroupStats;
  acceptance: RangeCheck;
  reply: RangeCheck;
  byVersion: GroupStats[];
  byAudience: GroupStats[];
  /** Labelled versions, most sent first: the comparison's choices. */
  versionChoices: string[];
  weekly: WeeklyVolume;
  pile: PendingPile;
  last7Days: number;
  daily: DailyGuard | null;
  quota: NoteQuota;
}

export function buildInsight(
  contacts: readonly TrackedContact[],
  settings: Settings,
  now: Date,
  tz: string,
  weeks = 12,
): Insight {
  const opts = { now, timeZone: tz };
  const overall = overallStats(contacts, opts);
  const byVersion = groupStats(contacts, { by: 'version', ...opts });
  return {
    sent: overall.sent,
    overall,
    acceptance: acceptanceVsHealthy(overall.acceptanceRate, overall.acceptanceCi95),
    reply: replyVsHealthy(overall.replyRate, overall.replyCi95),
    byVersion,
    byAudience: groupStats(contacts, { by: 'audience', ...opts }),
    versionChoices: byVersion
      .filter((g) => g.labelled)
      .sort((a, b) => b.sent - a.sent)
      .map((g) => g.key),
    weekly: weeklyVolume(contacts, now, tz, { weeks, weeklyCap: settings.weeklyCap }),
    pile: pendingPileOverTime(contacts, now, weeks, tz),
    last7Days: requestsInLast7Days(contacts, now, tz),
    daily: dailyVolumeGuard(contacts, now, tz, settings.connectionCount),
    quota: notesUsedThisMonth(contacts, now, tz, settings),
  };
}
