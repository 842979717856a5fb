/**
 * The UI's formatting helpers (lib/tracker/format.ts): due and pending phrases, contact statuses and the
 * locale dates are written in, in English. Spread into EN (./messages.ts); same conventions.
 */
export const FORMAT_EN = {
  // The BCP 47 locale Intl writes this translation's numbers, dates and plurals in ("Tue 10 Mar",
  // "1,234"): a translation names its own (lib/i18n/t.ts uiLocale).
  format_date_locale: 'en-GB',
  format_overdue_one: 'overdue by {count} day',
  format_overdue_other: 'overdue by {count} days',
  format_pending_one: 'pending {count} day',
  format_pending_other: 'pending {count} days',
  format_pending_about_one: 'pending {count} day (about)',
  format_pending_about_other: 'pending {count} days (about)',
  status_pending: 'Pending',
  status_accepted: 'Accepted',
  status_replied: 'Replied',
  status_withdrawn: 'Withdrawn',
  status_ignored: 'Ignored',
  status_none: 'Not contacted',
} as const;
