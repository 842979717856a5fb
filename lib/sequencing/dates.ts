/**
 * Date helpers for the engine. Every instant is a plain Date (UTC inside); "days" are counted on the
 * user's wall clock in their time zone, so a week is still a week across a DST change.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addHours, format } from 'date-fns';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** True for "2026-03-03", "2026-03-03T10:00", "2026-03-03T10:00:00.000Z", "...+01:00" that name a real day. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  // Rejects 2026-02-30 and friends, which Date.parse silently rolls over.
  return (
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s) < 60
  );
}

/** True for an exact calendar day, "YYYY-MM-DD" (holidays). */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value);
}

/**
 * The instant an ISO string names. A string without an offset ("2026-03-03" or "2026-03-03T09:00")
 * is read on the user's wall clock in timeZone, never in the machine's zone, so results do not depend
 * on where the code runs.
 */
export function toInstant(iso: string, timeZone: string): Date {
  const m = ISO.exec(iso);
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  if (zone) return new Date(iso);
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const local = new TZDate(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    ms,
    timeZone,
  );
  return new Date(local.getTime());
}

/** Calendar days on the wall clock in timeZone (keeps the local time of day across DST). */
export function addLocalDays(from: Date, days: number, timeZone: string): Date {
  return new Date(addDays(new TZDate(from.getTime(), timeZone), days).getTime());
}

export function addExactHours(from: Date, hours: number): Date {
  return addHours(from, hours);
}

/** The local calendar day in timeZone, "YYYY-MM-DD". */
export function localDay(date: Date, timeZone: string): string {
  return format(new TZDate(date.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * A date for a reason, in plain words and the user's zone: "3 March", "Thursday 12 March" with
 * weekday, and the year only when it differs from now's.
 */
export function sayDate(date: Date, now: Date, timeZone: string, withWeekday = false): string {
  const local = new TZDate(date.getTime(), timeZone);
  const sameYear = local.getFullYear() === new TZDate(now.getTime(), timeZone).getFullYear();
  const pattern = `${withWeekday ? 'EEEE ' : ''}d MMMM${sameYear ? '' : ' yyyy'}`;
  return format(local, pattern);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a to b (b later gives a positive number). */
export function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / DAY_MS);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
