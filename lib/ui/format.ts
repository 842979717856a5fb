/** Plain-words dates and ages for the checklist and the dashboard. Pure. */
import { labelTable, t } from '../i18n/t';
import { DAY_MS } from '../sequencing/dates.ts';
import type { DueItem } from '../tracker/reminders';
import type { TrackedContact } from '../tracker/schema';
import { type Settings, systemTimeZone } from '../tracker/settings';

export function zoneOf(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? systemTimeZone();
}

let checked: { asked: string; locale: string } | null = null;

/** The catalogue's date locale, or en-GB when a translation names one Intl does not accept. */
function dateLocale(): string {
  const asked = t('format_date_locale');
  if (checked?.asked === asked) return checked.locale;
  let locale = 'en-GB';
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([asked]).length) locale = asked;
  } catch {
    // Not a BCP 47 tag: keep en-GB.
  }
  checked = { asked, locale };
  return locale;
}

/** "Tue 10 Mar" (with the year when it is not now's year) in the user's zone. */
export function formatDay(iso: string | Date, timeZone: string, now: Date = new Date()): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  const locale = dateLocale();
  const sameYear =
    new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric' }).format(d) ===
    new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric' }).format(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(d);
}

/** "overdue by 3 days", "due today", or for a deadline still ahead "due by Wed 11 Mar". */
export function dueText(item: Pick<DueItem, 'dueAt' | 'overdueBy'>, now: Date, timeZone: string): string {
  const days = Math.floor(item.overdueBy / DAY_MS);
  if (days >= 1) return t(days === 1 ? 'format_overdue_one' : 'format_overdue_many', { count: days });
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
  const one = days === 1;
  if (contact?.request?.approximate)
    return t(one ? 'format_pending_about_one' : 'format_pending_about_many', { count: days });
  return t(one ? 'format_pending_one' : 'format_pending_many', { count: days });
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
