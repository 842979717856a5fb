/**
 * The floating coach (issue 11): the count chip, the coaching card, the profile and Sent-page chips, and
 * the side panel's coaching. English, spread into EN (./messages.ts); same conventions.
 */
export const COACH_EN = {
  // The chip at the box's corner: the count and the top warning's short title.
  chip_prefix: 'Connect Coach:',
  chip_chars: 'characters',
  chip_near: 'near the limit',
  chip_over: 'over the limit',
  // The card.
  card_close: 'Close the coaching (Esc)',
  card_details: 'Details: score and counts',
  card_field_details: '{field}:',
  card_keys:
    'Alt+Shift+K opens this card, then takes you into it; Esc closes it and takes you back to the box.',
  // An empty box: no score, one line on what a good one has.
  good_connection_note:
    'A good note gives one specific reason to connect (their post, an event you both attended, someone you both know), or send no note at all.',
  good_message: 'A good message says why you are writing to this person and ends with one easy question.',
  good_inmail_subject: 'A good subject says in a few words why you are writing to them.',
  good_inmail_body: 'A good InMail is short, about them rather than you, and asks one easy question.',
  good_comment: 'A good comment adds something: a question, an experience or a source, not just praise.',
  good_post: 'A good post makes its point in the first two lines: most people see only those.',
  // Profile page: a chip in the space the top card leaves free, opening the next-step card.
  profile_chip: 'Next step: {action}',
  profile_chip_loading: 'Connect Coach',
  profile_chip_sr: 'Connect Coach for {name}',
  // Sent invitations page.
  sync_chip: 'Sync {count} new',
  sync_chip_none: 'Sync: nothing new',
  // Side panel: the same coaching, and the next step for the person on the LinkedIn tab.
  sidepanel_next_for: 'Next step for {name}, on your LinkedIn tab',
  sidepanel_no_person: 'Open a LinkedIn profile or conversation to see the next step for that person here.',
} as const;
