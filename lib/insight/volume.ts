/**
 * Volume over time (pure): requests per ISO week against the weekly cap, the pending pile at each week's
 * end against ~500, today's requests against 2–5% of the user's connections, and a rolling 7-day count.
 * Weeks and days are the user's wall clock in `tz`; weeks start on Monday and are numbered as ISO 8601
 * (so 31 Dec 2026 and 3 Jan 2027 both fall in 2026-W53, and 4 Jan 2027 starts 2027-W01).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addWeeks, getISOWeek, getISOWeekYear, startOfDay, startOfISOWeek } from 'date-fns';
import { t, tp } from '../i18n/t';
import { DAY_MS, localDay } from '../sequencing/dates.ts';
import type { TrackedContact } from '../tracker/schema';
import { DEFAULT_SETTINGS } from '../tracker/settings';
import { type CapState, capState, cite, type EvidenceRef } from './evidence';
import { num } from './format';
import { pendingAt, type RequestOutcome, requestOutcome } from './outcome';

/** Community ceiling for pending invitations (research notes). */
export const PENDING_CEILING = 500;
/** Seed 002: daily requests should stay under 2–5% of your connections. */
export const DAILY_SHARE: [low: number, high: number] = [0.02, 0.05];
export const DEFAULT_WEEKS = 12;

export interface IsoWeek {
  /** "2026-W53". */
  week: string;
  /** ISO week-numbering year (2026 for 1 Jan 2027 in 2026-W53). */
  isoYear: number;
  isoWeek: number;
  /** The week's Monday on the user's wall clock, "YYYY-MM-DD". */
  startDay: string;
  /** Monday 00:00 local. */
  start: Date;
  /** The next Monday 00:00 local (exclusive). */
  end: Date;
}

function weekOf(start: TZDate, tz: string): IsoWeek {
  const isoYear = getISOWeekYear(start);
  const isoWeek = getISOWeek(start);
  const end = addWeeks(start, 1);
  return {
    week: `${isoYear}-W${String(isoWeek).padStart(2, '0')}`,
    isoYear,
    isoWeek,
    startDay: localDay(start, tz),
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
  };
}

/** The ISO week an instant falls in, on the wall clock of `tz`. */
export function isoWeekOf(date: Date, tz: string): IsoWeek {
  return weekOf(startOfISOWeek(new TZDate(date.getTime(), tz)), tz);
}

/** The last `count` ISO weeks, oldest first, the last one being the week that contains `now`. */
export function lastIsoWeeks(now: Date, tz: string, count: number): IsoWeek[] {
  const current = startOfISOWeek(new TZDate(now.getTime(), tz));
  const out: IsoWeek[] = [];
  for (let i = Math.max(1, Math.floor(count)) - 1; i >= 0; i--) out.push(weekOf(addWeeks(current, -i), tz));
  return out;
}

function outcomes(contacts: readonly TrackedContact[], tz: string): RequestOutcome[] {
  return contacts.map((c) => requestOutcome(c, tz)).filter((o): o is RequestOutcome => !!o);
}

export interface WeekVolume extends IsoWeek {
  sent: number;
  state: CapState;
  /** The week that contains now (still running). */
  current: boolean;
}

export interface WeeklyVolume {
  cap: number;
  weeks: WeekVolume[];
  evidence: EvidenceRef[];
}

/** Requests sent in each of the last `weeks` ISO weeks (default 12) against the weekly cap. */
export function weeklyVolume(
  contacts: readonly TrackedContact[],
  now: Date,
  tz: string,
  options: { weeks?: number; weeklyCap?: number } = {},
): WeeklyVolume {
  const cap = options.weeklyCap ?? DEFAULT_SETTINGS.weeklyCap;
  const list = outcomes(contacts, tz);
  const weeks = lastIsoWeeks(now, tz, options.weeks ?? DEFAULT_WEEKS).map((w, i, all) => {
    const sent = list.filter((o) => o.sentAt >= w.start && o.sentAt < w.end).length;
    return { ...w, sent, state: capState(sent, cap), current: i === all.length - 1 };
  });
  return { cap, weeks, evidence: [cite('weeklyCap')] };
}

export interface PilePoint extends IsoWeek {
  /** When the pile was counted: the week's end, or now for the current week. */
  at: Date;
  pending: number;
  state: CapState;
  current: boolean;
}

export interface PendingPile {
  ceiling: number;
  points: PilePoint[];
  evidence: EvidenceRef[];
}

/**
 * Pending requests at the end of each of the last `weeks` ISO weeks (and now, for the current one):
 * sent by then and not yet accepted, replied or withdrawn by then. Only tracked requests are counted,
 * so LinkedIn's own pile can be larger.
 */
export function pendingPileOverTime(
  contacts: readonly TrackedContact[],
  now: Date,
  weeks: number = DEFAULT_WEEKS,
  tz = 'UTC',
): PendingPile {
  const list = outcomes(contacts, tz);
  const points = lastIsoWeeks(now, tz, weeks).map((w, i, all) => {
    const current = i === all.length - 1;
    // "At the end of the week": the last instant before next Monday.
    const at = current ? now : new Date(w.end.getTime() - 1);
    const pending = list.filter((o) => pendingAt(o, at)).length;
    return { ...w, at, pending, state: capState(pending, PENDING_CEILING), current };
  });
  return { ceiling: PENDING_CEILING, points, evidence: [cite('pendingCeiling')] };
}

/** Requests sent in the rolling 7 × 24 hours up to now. */
export function requestsInLast7Days(contacts: readonly TrackedContact[], now: Date, tz = 'UTC'): number {
  const from = now.getTime() - 7 * DAY_MS;
  return outcomes(contacts, tz).filter((o) => o.sentAt.getTime() > from && o.sentAt <= now).length;
}

/** "87 requests in the last 7 days (cap ~100)". */
export function last7DaysMessage(count: number, weeklyCap: number): string {
  const head = tp('volume_last7', count, {
    count: num(count),
    cap: num(weeklyCap),
  });
  return count > weeklyCap ? t('volume_last7_over', { head }) : head;
}

export interface DailyGuard {
  /** Requests sent today (the user's calendar day). */
  today: number;
  connections: number;
  /** 2% and 5% of connections, rounded down: a whole number of requests is within 5% iff ≤ high. */
  low: number;
  high: number;
  /** ok up to 2%, near between 2% and 5%, over beyond 5%. */
  state: CapState;
  message: string;
  evidence: EvidenceRef[];
}

/** Today's requests against 2–5% of the user's connections (seed 002); null without a connection count. */
export function dailyVolumeGuard(
  contacts: readonly TrackedContact[],
  now: Date,
  tz: string,
  connectionCount: number | null | undefined,
): DailyGuard | null {
  if (connectionCount === null || connectionCount === undefined || !Number.isFinite(connectionCount))
    return null;
  const n = Math.max(0, Math.floor(connectionCount));
  const dayStart = startOfDay(new TZDate(now.getTime(), tz));
  const dayEnd = addDays(dayStart, 1);
  const today = outcomes(contacts, tz).filter(
    (o) => o.sentAt.getTime() >= dayStart.getTime() && o.sentAt.getTime() < dayEnd.getTime(),
  ).length;
  const low = Math.floor(n * DAILY_SHARE[0]);
  const high = Math.floor(n * DAILY_SHARE[1]);
  const state: CapState = today > high ? 'over' : today > low ? 'near' : 'ok';
  const rule = tp('volume_rule', n, { count: num(n), low, high });
  const values = { count: num(today), rule };
  const message =
    state === 'over'
      ? tp('volume_today_over', today, values)
      : state === 'near'
        ? tp('volume_today_near', today, values)
        : tp('volume_today', today, values);
  return { today, connections: n, low, high, state, message, evidence: [cite('dailyVolume')] };
}
