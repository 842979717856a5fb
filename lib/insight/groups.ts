/**
 * Acceptance and reply rates per message version or audience label, each with a 95% Wilson interval
 * (pure). A "send" is a tracked contact with a connection request; contacts reached only by message or
 * InMail are not sends and are left out.
 */

import { t, tp, uiLocale } from '../i18n/t';
import { DAY_MS } from '../sequencing/dates.ts';
import type { TrackedContact } from '../tracker/schema';
import { cite, type EvidenceRef } from './evidence';
import { num } from './format';
import { acceptanceVsHealthy, replyVsHealthy } from './health';
import { type RequestOutcome, requestOutcome } from './outcome';
import { type Interval, median, wilson } from './stats';

/** Seed 004: collect at least 25 (ideally 50) sends before judging a version. */
export const MIN_SENDS = 25;
export const IDEAL_SENDS = 50;
/** The key of the group of contacts without a label. */
export const NO_LABEL = '(no label)';
/** A pending request younger than this may still be accepted (88% of acceptances come within a week). */
export const YOUNG_DAYS = 7;

export type GroupBy = 'version' | 'audience';

export interface GroupStats {
  /** The label, or "(no label)". */
  key: string;
  /** False for the "(no label)" group. */
  labelled: boolean;
  sent: number;
  accepted: number;
  /** accepted / sent; null only when sent is 0. */
  acceptanceRate: number | null;
  acceptanceCi95: Interval | null;
  /** Replies among accepted requests. */
  replied: number;
  /** replied / accepted (seed 004's definition); null while nothing is accepted. */
  replyRate: number | null;
  replyCi95: Interval | null;
  /** Median days from sending to acceptance, over accepted requests with both dates. */
  medianDaysToAccept: number | null;
  /**
   * Median days to the first reply, measured from the first message the user sent when there is one
   * (the reply answers it), otherwise from acceptance; replies dated before either are left out.
   */
  medianDaysToFirstReply: number | null;
  /** Requests still pending that are under a week old (only when `now` is given): they may still be accepted. */
  pendingYoung: number;
  /** Fewer than 25 sends (seed 004). */
  tooFewToJudge: boolean;
  /** Plain words: too few, or where acceptance and replies stand against the healthy ranges. */
  verdict: string;
  evidence: EvidenceRef[];
}

export interface GroupOptions {
  by: GroupBy;
  /** Counts young pending requests (see pendingYoung); without it they are not counted. */
  now?: Date;
  /** Reads dates without an offset on this wall clock; default UTC. */
  timeZone?: string;
}

/** The group key of a contact: its trimmed label or "(no label)". */
export function groupKey(c: TrackedContact, by: GroupBy): string {
  const label = (by === 'version' ? c.version : c.audience)?.trim();
  return label ? label : NO_LABEL;
}

const daysFrom = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY_MS;

/** The counts a group's figures are built from (what the background keeps per group, see coaching.ts). */
export interface GroupCounts {
  sent: number;
  accepted: number;
  replied: number;
  medianDaysToAccept: number | null;
  medianDaysToFirstReply: number | null;
  pendingYoung: number;
}

/** The counts of one set of request outcomes (any grouping); young pending requests only with `now`. */
export function countsFor(outcomes: readonly RequestOutcome[], now?: Date): GroupCounts {
  const sent = outcomes.length;
  const acceptedList = outcomes.filter((o) => o.accepted);
  const accepted = acceptedList.length;
  const replied = acceptedList.filter((o) => o.replied).length;
  const toAccept: number[] = [];
  const toReply: number[] = [];
  for (const o of acceptedList) {
    if (o.acceptedAt && o.acceptedAt >= o.sentAt) toAccept.push(daysFrom(o.sentAt, o.acceptedAt));
    if (o.replied && o.repliedAt) {
      const from = o.firstMessageAt && o.firstMessageAt <= o.repliedAt ? o.firstMessageAt : o.acceptedAt;
      if (from && from <= o.repliedAt) toReply.push(daysFrom(from, o.repliedAt));
    }
  }
  const young = now
    ? outcomes.filter(
        (o) => !o.resolvedAt && now.getTime() - o.sentAt.getTime() < YOUNG_DAYS * DAY_MS && o.sentAt <= now,
      ).length
    : 0;
  return {
    sent,
    accepted,
    replied,
    medianDaysToAccept: median(toAccept),
    medianDaysToFirstReply: median(toReply),
    pendingYoung: young,
  };
}

/** A group's rates, Wilson intervals and verdict from its counts; `subject` names it in the verdict. */
export function statsFromCounts(key: string, counts: GroupCounts, subject: string): GroupStats {
  const { sent, accepted, replied } = counts;
  const acceptanceRate = sent ? accepted / sent : null;
  const acceptanceCi95 = wilson(accepted, sent);
  const replyRate = accepted ? replied / accepted : null;
  const replyCi95 = wilson(replied, accepted);
  const tooFewToJudge = sent < MIN_SENDS;
  const stats: GroupStats = {
    key,
    labelled: key !== NO_LABEL,
    sent,
    accepted,
    acceptanceRate,
    acceptanceCi95,
    replied,
    replyRate,
    replyCi95,
    medianDaysToAccept: counts.medianDaysToAccept,
    medianDaysToFirstReply: counts.medianDaysToFirstReply,
    pendingYoung: counts.pendingYoung,
    tooFewToJudge,
    verdict: '',
    evidence: [
      cite('measure25to50'),
      cite('healthyAcceptance'),
      ...(counts.pendingYoung ? [cite('acceptanceCurve')] : []),
    ],
  };
  stats.verdict = groupVerdict(stats, subject);
  return stats;
}

/** Stats for one set of request outcomes (any grouping). */
export function statsFor(
  key: string,
  outcomes: readonly RequestOutcome[],
  subject: string,
  now?: Date,
): GroupStats {
  return statsFromCounts(key, countsFor(outcomes, now), subject);
}

/** The plain-words verdict for one group; `subject` names it ("this version", "your requests"). */
export function groupVerdict(g: GroupStats, subject: string): string {
  const young = g.pendingYoung
    ? ` ${tp('verdict_young', g.pendingYoung, { count: num(g.pendingYoung) })}`
    : '';
  if (g.sent === 0) return t('verdict_group_none', { subject });
  if (g.tooFewToJudge)
    return (
      tp('verdict_group_too_few', g.sent, {
        count: num(g.sent),
        accepted: g.accepted,
        min: MIN_SENDS,
        ideal: IDEAL_SENDS,
        subject,
      }) + young
    );
  const acc = acceptanceVsHealthy(g.acceptanceRate, g.acceptanceCi95).message;
  const rep =
    g.accepted === 0
      ? t('verdict_no_reply_rate')
      : g.accepted < MIN_SENDS
        ? tp('verdict_reply_rough', g.accepted, {
            // The reply check's sentence, its full stop dropped to go on with "; only …".
            reply: replyVsHealthy(g.replyRate, g.replyCi95).message.replace(/\.$/, ''),
            count: num(g.accepted),
          })
        : replyVsHealthy(g.replyRate, g.replyCi95).message;
  return `${acc} ${rep}${young}`;
}

/** Natural order ("v2" before "v10"), with "(no label)" last. */
function byKey(a: GroupStats, b: GroupStats): number {
  if (a.labelled !== b.labelled) return a.labelled ? -1 : 1;
  return (
    a.key.localeCompare(b.key, uiLocale(), { numeric: true, sensitivity: 'base' }) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** One GroupStats per label found (sends only), in natural label order, "(no label)" last. */
export function groupStats(contacts: readonly TrackedContact[], options: GroupOptions): GroupStats[] {
  const tz = options.timeZone ?? 'UTC';
  const groups = new Map<string, RequestOutcome[]>();
  for (const c of contacts) {
    const o = requestOutcome(c, tz);
    if (!o) continue;
    const key = groupKey(c, options.by);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const subject = t(options.by === 'version' ? 'group_subject_version' : 'group_subject_audience');
  return [...groups].map(([key, list]) => statsFor(key, list, subject, options.now)).sort(byKey);
}

/** Every send together, as one group keyed "All requests". */
export function overallStats(
  contacts: readonly TrackedContact[],
  options: Omit<GroupOptions, 'by'> = {},
): GroupStats {
  const tz = options.timeZone ?? 'UTC';
  const outcomes = contacts.map((c) => requestOutcome(c, tz)).filter((o): o is RequestOutcome => !!o);
  return statsFor('All requests', outcomes, t('group_subject_all'), options.now);
}
