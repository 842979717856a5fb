/** Plain-words dates and ages for the checklist and the dashboard. Pure. */
import { DAY_MS } from '../sequencing/dates.ts';
import type { DueItem } from '../tracker/reminders';
import type { TrackedContact } from '../tracker/schema';
import { type Settings, systemTimeZone } from '../tracker/settings';

export function zoneOf(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? systemTimeZone();
}

/** "Tue 10 Mar" (with the year when it is not now's year) in the user's zone. */
export function formatDay(iso: string | Date, timeZone: string, now: Date = new Date()): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  const sameYear =
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(d) ===
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(now);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(d);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "overdue by 3 days", "due today", or for a deadline still ahead "due by Wed 11 Mar". */
export function dueText(item: Pick<DueItem, 'dueAt' | 'overdueBy'>, now: Date, timeZone: string): string {
  const days = Math.floor(item.overdueBy / DAY_MS);
  if (days >= 1) return `overdue by ${plural(days, 'day')}`;
  const due = new Date(item.dueAt).getTime();
  if (due > now.getTime() + DAY_MS) return `due by ${formatDay(item.dueAt, timeZone, now)}`;
  return 'due today';
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
  return `pending ${plural(days, 'day')}${contact?.request?.approximate ? ' (about)' : ''}`;
}

export const STATUS_LABEL: Record<TrackedContact['status'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  replied: 'Replied',
  withdrawn: 'Withdrawn',
  ignored: 'Ignored',
  none: 'Not contacted',
};

/** A file name with today's date: connect-coach-2026-03-10.csv */
export function exportFileName(ext: string, now: Date): string {
  return `connect-coach-${now.toISOString().slice(0, 10)}.${ext}`;
}
