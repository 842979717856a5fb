/**
 * The coaching UI wired to the one advisor (issues 11 and 12): the notes-left figure when it is
 * LinkedIn's own, in English. Spread into EN (./messages.ts); same conventions.
 */
export const WIRE_EN = {
  // The card's notes-left line when the figure is the one LinkedIn's invitation dialog showed.
  quota_by_linkedin_one: '{count} personalised note left this month, by LinkedIn’s count',
  quota_by_linkedin_many: '{count} personalised notes left this month, by LinkedIn’s count',
  quota_title_page:
    'The figure LinkedIn’s invitation dialog showed this month, less the notes you sent since',
} as const;
