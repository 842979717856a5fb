/**
 * Business days on the user's calendar: their working days (0 = Sunday … 6 = Saturday), their
 * holidays and their time zone. date-fns' own addBusinessDays assumes Monday–Friday and the machine's
 * zone, so we step over the user's local days instead (zone.ts keeps this fast and TZDate-exact).
 */
import { TZDate } from '@date-fns/tz';
import { getDay } from 'date-fns';
import { localDay } from './dates.ts';
import { DAY_MS, getZone, shiftLocalDays, stableOffset, wallOf } from './zone.ts';

export interface BusinessCalendar {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
  /** IANA zone the user lives in; days start and end there. */
  timeZone: string;
  /** Local days off, "YYYY-MM-DD". */
  holidays: readonly string[];
}

export const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

export const DEFAULT_CALENDAR: BusinessCalendar = {
  workingDays: MONDAY_TO_FRIDAY,
  timeZone: 'UTC',
  holidays: [],
};

/** Whether the local day of `date` in the calendar's zone is a working day and not a holiday. */
export function isBusinessDay(date: Date, cal: BusinessCalendar): boolean {
  const wall = wallOf(getZone(cal.timeZone), date.getTime());
  if (Number.isNaN(wall)) return refIsBusinessDay(date, cal);
  return isWorkingWall(Math.floor(wall / DAY_MS), cal);
}

function refIsBusinessDay(date: Date, cal: BusinessCalendar): boolean {
  const local = new TZDate(date.getTime(), cal.timeZone);
  return cal.workingDays.includes(getDay(local)) && !cal.holidays.includes(localDay(date, cal.timeZone));
}

/** Day number (days since 1970-01-01 on the wall clock) → working day and not a holiday. */
function isWorkingWall(dayNumber: number, cal: BusinessCalendar): boolean {
  // 1970-01-01 was a Thursday (4).
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return cal.workingDays.includes(weekday) && !holidaySet(cal.holidays).has(dayNumber);
}

/**
 * Holidays as day numbers, cached per list and rebuilt if the list's contents change. Only entries
 * in the exact "YYYY-MM-DD" form localDay() produces can ever match, as with `includes` before.
 */
let lastHolidays: { list: readonly string[]; copy: string[]; days: Set<number> } | null = null;
const NO_HOLIDAYS = new Set<number>();

function holidaySet(list: readonly string[]): Set<number> {
  if (list.length === 0) return NO_HOLIDAYS;
  const c = lastHolidays;
  if (c && c.list === list && c.copy.length === list.length && c.copy.every((h, i) => h === list[i]))
    return c.days;
  const days = new Set<number>();
  for (const h of list) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(h);
    if (!m) continue;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== h) continue;
    days.add(t / DAY_MS);
  }
  lastHolidays = { list, copy: [...list], days };
  return days;
}

/**
 * `from` moved by `days` business days, at the same local time of day. Like date-fns, a start on a
 * weekend counts from the next working day (Saturday + 1 = Monday); 0 returns `from` unchanged;
 * negative values go back.
 */
export function addBusinessDays(from: Date, days: number, cal: BusinessCalendar): Date {
  if (!Number.isInteger(days)) throw new RangeError(`addBusinessDays: ${days} is not a whole number`);
  if (!cal.workingDays.some((d) => d >= 0 && d <= 6))
    throw new RangeError('addBusinessDays: the calendar has no working days');
  const step = days < 0 ? -1 : 1;
  const t = from.getTime();
  const z = getZone(cal.timeZone);
  const wall = wallOf(z, t);
  if (z && !Number.isNaN(wall)) {
    // Step on local day numbers; valid when the zone's offset is the same all along (no DST change
    // in the span), the usual case. Otherwise step as before, each step a local-day move.
    const start = Math.floor(wall / DAY_MS);
    let day = start;
    let left = Math.abs(days);
    while (left > 0) {
      day += step;
      if (isWorkingWall(day, cal)) left--;
    }
    const endWall = wall + (day - start) * DAY_MS;
    const lo = Math.min(wall, endWall) - 2 * DAY_MS;
    const hi = Math.max(wall, endWall) + 2 * DAY_MS;
    const offset = stableOffset(z, lo, hi);
    if (!Number.isNaN(offset)) return new Date(endWall - offset);
  }
  let at = t;
  let left = Math.abs(days);
  while (left > 0) {
    at = shiftLocalDays(at, step, cal.timeZone);
    if (isBusinessDay(new Date(at), cal)) left--;
  }
  return new Date(at);
}
/** The next business day at or after `from` (itself when it already is one). */
export function nextBusinessDay(from: Date, cal: BusinessCalendar): Date {
  return isBusinessDay(from, cal) ? new Date(from.getTime()) : addBusinessDays(from, 1, cal);
}
