/** Plain-words dates and ages for the checklist and the dashboard. Pure. */
import { shortDay, weekdayLong } from '../i18n/intl';
import { labelTable, t, tp } from '../i18n/t';
import { DAY_MS, localDay } from '../sequencing/dates.ts';
import type { DueItem } from './reminders';
import type { TrackedContact } from './schema';
import { type Settings, systemTimeZone } from './settings';

export function zoneOf(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? systemTimeZone();
}

/** "Tue 10 Mar" (with the year when it is not now's year) in the user's zone and language. */
export function formatDay(iso: string | Date, timeZone: string, now: Date = new Date()): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return shortDay(d, timeZone, now);
}

/** Whole local days from `from` to `to` in the zone (calendar days, whatever the time of day). */
export function localDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = localDay(from, timeZone);
  const b = localDay(to, timeZone);
  const ms = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(b) - ms(a)) / DAY_MS);
}

/**
 * When a step is due, in the words every surface shows (checklist, dashboard, cards): "overdue by 3
 * days", "due today", "due tomorrow", "due Monday" (within the week), "due Tue 15 Dec". Counted on
 * local calendar days in the user's zone, so a Saturday is never "today" for something due Monday.
 * A 'wait' looks again rather than being due: "look again Monday".
 */
export function whenText(dueAt: string | null, now: Date, timeZone: string, action?: string): string {
  if (!dueAt) return '';
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return '';
  const days = localDaysBetween(now, due, timeZone);
  const wait = action === 'wait';
  if (days < 0 && !wait) return tp('when_overdue', -days, { count: -days });
  if (days <= 0) return t(wait ? 'when_wait_today' : 'when_today');
  if (days === 1) return t(wait ? 'when_wait_tomorrow' : 'when_tomorrow');
  const words = days < 7 ? weekdayLong(due, timeZone) : formatDay(due, timeZone, now);
  return t(wait ? 'when_wait_day' : 'when_day', { day: words });
}

/** "overdue by 3 days", "due today", "due Monday": whenText for a due item. */
export function dueText(item: Pick<DueItem, 'dueAt' | 'overdueBy'>, now: Date, timeZone: string): string {
  return whenText(item.dueAt, now, timeZone);
}

/** Whole days a request has been pending, or null when there is no live request. */
export function pendingDays(contact: TrackedContact | undefined, now: Date): number | null {
  const r = contact?.request;
  if (!r || r.withdrawnAt) return null;
  return Math.max(0, Math.floor((now.getTime() - new Date(r.sentAt).getTime()) / DAY_MS));
}

export function pendingText(contact: TrackedContact | undefined, now: Date): string | null {
  const days = pendingDays(contact, now);
  if (days === null) return null;
  if (contact?.request?.approximate) return tp('format_pending_about', days, { count: days });
  return tp('format_pending', days, { count: days });
}

export const STATUS_LABEL: Readonly<Record<TrackedContact['status'], string>> = labelTable({
  pending: 'status_pending',
  accepted: 'status_accepted',
  replied: 'status_replied',
  withdrawn: 'status_withdrawn',
  ignored: 'status_ignored',
  none: 'status_none',
});

/** A file name with today's date: connect-coach-2026-03-10.csv */
export function exportFileName(ext: string, now: Date): string {
  return `connect-coach-${now.toISOString().slice(0, 10)}.${ext}`;
}
