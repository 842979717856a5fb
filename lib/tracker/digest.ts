/**
 * When the optional daily reminder fires: at 09:00 in the user's zone, on their working days only.
 * The alarm is created once (the browser keeps it; the background creates it again only when it is
 * missing, e.g. after Firefox restarts, which does not keep alarms), so a background that wakes many
 * times a day never moves it or fires it again.
 */
import { TZDate } from '@date-fns/tz';

const DIGEST_HOUR = 9;

/** The next 09:00 (local, in `timeZone`) strictly after `now`, as epoch ms. */
export function nextDigestAt(now: Date, timeZone: string, hour = DIGEST_HOUR): number {
  const local = new TZDate(now.getTime(), timeZone);
  for (let add = 0; add < 3; add++) {
    const at = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + add, hour, 0, 0, timeZone);
    if (at.getTime() > now.getTime()) return at.getTime();
  }
  return now.getTime() + 24 * 60 * 60 * 1000;
}

/** Whether `now` falls on one of the user's working days (0 = Sunday … 6 = Saturday) in their zone. */
export function isWorkingDay(now: Date, timeZone: string, workingDays: readonly number[]): boolean {
  return workingDays.includes(new TZDate(now.getTime(), timeZone).getDay());
}
