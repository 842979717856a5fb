/**
 * The UI's formatting helpers (lib/ui/format.ts): due and pending phrases, contact statuses and the
 * locale dates are written in, in English. Spread into EN (./messages.ts); same conventions.
 */
export const FORMAT_EN = {
  // The BCP 47 locale for Intl date formats ("Tue 10 Mar"): a translation names its own.
  format_date_locale: 'en-GB',
  format_overdue_one: 'overdue by {count} day',
  format_overdue_many: 'overdue by {count} days',
  format_pending_one: 'pending {count} day',
  format_pending_many: 'pending {count} days',
  format_pending_about_one: 'pending {count} day (about)',
  format_pending_about_many: 'pending {count} days (about)',
  status_pending: 'Pending',
  status_accepted: 'Accepted',
  status_replied: 'Replied',
  status_withdrawn: 'Withdrawn',
  status_ignored: 'Ignored',
  status_none: 'Not contacted',
} as const;
