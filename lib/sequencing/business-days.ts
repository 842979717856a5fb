/**
 * Business days on the user's calendar: their working days (0 = Sunday … 6 = Saturday), their
 * holidays and their time zone. date-fns' own addBusinessDays assumes Monday–Friday and the machine's
 * zone, so we step day by day on a TZDate instead.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, getDay } from 'date-fns';
import { localDay } from './dates.ts';

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
  const local = new TZDate(date.getTime(), cal.timeZone);
  return cal.workingDays.includes(getDay(local)) && !cal.holidays.includes(localDay(date, cal.timeZone));
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
  let local = new TZDate(from.getTime(), cal.timeZone);
  let left = Math.abs(days);
  while (left > 0) {
    local = addDays(local, step);
    if (isBusinessDay(local, cal)) left--;
  }
  return new Date(local.getTime());
}

/** The next business day at or after `from` (itself when it already is one). */
export function nextBusinessDay(from: Date, cal: BusinessCalendar): Date {
  return isBusinessDay(from, cal) ? new Date(from.getTime()) : addBusinessDays(from, 1, cal);
}
