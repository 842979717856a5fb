/**
 * The coaching UI wired to the one advisor (issues 11 and 12): the notes-left figure when it is
 * LinkedIn's own, and the note an empty box gets instead of a score, in English. Spread into EN
 * (./messages.ts); same conventions.
 */
export const WIRE_EN = {
  // The card's notes-left line when the figure is the one LinkedIn's invitation dialog showed.
  quota_by_linkedin_one: '{count} personalised note left this month, by LinkedIn’s count',
  quota_by_linkedin_other: '{count} personalised notes left this month, by LinkedIn’s count',
  quota_by_linkedin_none: 'No personalised notes left this month, by LinkedIn’s count',
  quota_title_page:
    'The figure LinkedIn’s invitation dialog showed this month, less the notes you sent since',
  // An empty box gets no score (components/NextStepNote.tsx): what comes next instead.
  wire_empty_label: 'No score',
  wire_empty_write: 'an empty box is not scored; the score appears once you write.',
  wire_empty_next: 'an empty box is not scored. Next step: {action} ({when}).',
  wire_empty_next_undated: 'an empty box is not scored. Next step: {action}.',
} as const;
