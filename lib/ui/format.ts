/** Plain-words dates and ages for the checklist and the dashboard. Pure. */
import { shortDay } from '../i18n/intl';
import { labelTable, t, tp } from '../i18n/t';
import { DAY_MS } from '../sequencing/dates.ts';
import type { DueItem } from '../tracker/reminders';
import type { TrackedContact } from '../tracker/schema';
import { type Settings, systemTimeZone } from '../tracker/settings';

export function zoneOf(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? systemTimeZone();
}

/** "Tue 10 Mar" (with the year when it is not now's year) in the user's zone and language. */
export function formatDay(iso: string | Date, timeZone: string, now: Date = new Date()): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return shortDay(d, timeZone, now);
}

/** "overdue by 3 days", "due today", or for a deadline still ahead "due by Wed 11 Mar". */
export function dueText(item: Pick<DueItem, 'dueAt' | 'overdueBy'>, now: Date, timeZone: string): string {
  const days = Math.floor(item.overdueBy / DAY_MS);
  if (days >= 1) return tp('format_overdue', days, { count: days });
  const due = new Date(item.dueAt).getTime();
  if (due > now.getTime() + DAY_MS) return t('format_due_by', { date: formatDay(item.dueAt, timeZone, now) });
  return t('format_due_today');
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
