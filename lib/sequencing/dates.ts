/**
 * Date helpers for the engine. Every instant is a plain Date (UTC inside); "days" are counted on the
 * user's wall clock in their time zone, so a week is still a week across a DST change.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { dayText as writeDay } from '../i18n/intl.ts';
import { DAY_MS, fastWallToInstant, getZone, refWallToInstant, shiftLocalDays, wallOf } from './zone.ts';

export { DAY_MS };

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
  return new Date(instantOf(iso, timeZone));
}

/** toInstant as a ms count (NaN when unreadable): the engine's hot path, no Date in between. */
export function instantOf(iso: string, timeZone: string): number {
  // What toISOString() writes, by far the most common form: no regex needed, the offset is Z.
  if (iso.length === 24 && isCanonicalUtc(iso)) return Date.parse(iso);
  const m = ISO.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  if (zone) return new Date(iso).getTime();
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const year = Number(y);
  const z = getZone(timeZone);
  if (z && year >= 1900) {
    const wall = Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const t = fastWallToInstant(z, wall);
    if (!Number.isNaN(t)) return t;
  }
  return refWallToInstant(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms, timeZone);
}

/** "2026-03-03T10:00:00.000Z" exactly (digits where digits go), checked without a regex. */
function isCanonicalUtc(s: string): boolean {
  for (let i = 0; i < 24; i++) {
    const c = s.charCodeAt(i);
    const want = CANONICAL[i] as number;
    if (want === 0 ? c < 48 || c > 57 : c !== want) return false;
  }
  return true;
}

/** 0 = a digit, else the exact character code of "YYYY-MM-DDTHH:MM:SS.sssZ". */
const CANONICAL = Array.from('0000-00-00T00:00:00.000Z', (ch) => (ch === '0' ? 0 : ch.charCodeAt(0)));

/** Calendar days on the wall clock in timeZone (keeps the local time of day across DST). */
export function addLocalDays(from: Date, days: number, timeZone: string): Date {
  return new Date(shiftLocalDays(from.getTime(), days, timeZone));
}

export function addExactHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The wall clock of `t` in timeZone as a UTC Date (read with getUTC*), or null: use TZDate. */
export function wallDate(t: number, timeZone: string): Date | null {
  const wall = wallOf(getZone(timeZone), t);
  return Number.isNaN(wall) ? null : new Date(wall);
}

/** The local calendar day in timeZone, "YYYY-MM-DD". */
export function localDay(date: Date, timeZone: string): string {
  const w = wallDate(date.getTime(), timeZone);
  if (!w) return format(new TZDate(date.getTime(), timeZone), 'yyyy-MM-dd');
  return `${w.getUTCFullYear()}-${pad2(w.getUTCMonth() + 1)}-${pad2(w.getUTCDate())}`;
}

/**
 * A date for a reason, in plain words, the user's zone and the UI's language (Intl): "3 March",
 * "Thursday 12 March" with weekday, and the year only when it differs from now's.
 */
export function sayDate(date: Date, now: Date, timeZone: string, withWeekday = false): string {
  const w = wallDate(date.getTime(), timeZone);
  const n = w && wallDate(now.getTime(), timeZone);
  if (!w || !n) {
    const local = new TZDate(date.getTime(), timeZone);
    const nowYear = new TZDate(now.getTime(), timeZone).getFullYear();
    const year = local.getFullYear();
    return writeDay(year, local.getMonth(), local.getDate(), {
      year: year !== nowYear,
      weekday: withWeekday,
    });
  }
  const year = w.getUTCFullYear();
  return writeDay(year, w.getUTCMonth(), w.getUTCDate(), {
    year: year !== n.getUTCFullYear(),
    weekday: withWeekday,
  });
}

/** "3 March": a day of the month and a month (0-11), in the UI's language. */
export function sayDayMonth(dayOfMonth: number, month: number): string {
  return writeDay(2000, month, dayOfMonth);
}

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
