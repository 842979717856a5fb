/**
 * Issue 12, one next step everywhere: the advisor's new reasons (conversations already under way,
 * imported history), the "when" words shared by every surface, the popup checklist's groups and the
 * dashboard's row menu and history, in English. Spread into EN (./messages.ts); same conventions.
 */
export const NEXT_STEP_EN = {
  // The advisor (lib/sequencing/rules/conversation.ts, reply.ts).
  reason_reply_undated:
    '{name} replied and wrote last, by your records; the date is not known, so nothing is scheduled. Answer when you can, with one useful thought before asking for anything.',
  reason_history:
    'Your conversation with {name} came in as history (last event {date}), so nothing is due from it. Once it has been quiet for three months, re-engage with a new reason.',
  reason_history_undated:
    'Your conversation with {name} came in as history without dates, so nothing is due from it. Re-engage when you have a new reason.',
  reason_answered:
    'You wrote to {name} last, by your records: wait for their answer. Once it has been quiet for three months, re-engage with a new reason.',
  reason_conversation_open:
    'You and {name} are in touch and nothing is due. Once it has been quiet for three months, re-engage with a new reason.',

  // The one advisor (lib/tracker/next-step.ts).
  next_step_this_person: 'this person',
  reason_draft_has_hook:
    'Your note gives {name} a specific reason to connect: keep it under 200 characters and send it with the request.',
  reason_alt_blank_if_thin: 'If the reference is thin, send the request blank: blank requests beat generic notes.',

  // Score and advice agree (lib/tracker/draft-verdict.ts, components/NextStepNote.tsx).
  verdict_label_hold: 'Not yet',
  verdict_label_instead: 'Better',
  verdict_engage_first: 'Engage with {name}’s posts first; keep this note for the request later.',
  verdict_reinvite_blocked: 'LinkedIn blocks a new invitation until {date}.',
  verdict_request_pending: 'Your request to {name} is still pending: no new note needed.',
  verdict_withdraw_first: 'Your request to {name} has gone stale: withdraw it rather than invite again.',
  verdict_stop: 'Two follow-ups to {name} went unanswered: stop here.',
  verdict_send_blank: 'Nothing specific to reference yet: send the request without a note.',
  verdict_inmail_instead: 'An InMail does better with {name} than a request note.',
  verdict_message_request_instead: 'Message {name} through the group or event you share instead.',
  verdict_connected_message: 'You are already connected with {name}: send a message instead.',
  verdict_not_before: 'Not due until {date}.',
  verdict_wait_answer: 'You wrote to {name} last: wait for their answer.',

  // When a step is due, the same words everywhere (lib/ui/format.ts whenText).
  when_overdue_one: 'overdue by {count} day',
  when_overdue_many: 'overdue by {count} days',
  when_today: 'due today',
  when_tomorrow: 'due tomorrow',
  when_day: 'due {day}',
  when_wait_today: 'look again today',
  when_wait_tomorrow: 'look again tomorrow',
  when_wait_day: 'look again {day}',

  // Settings (components/SettingsForm.tsx).
  settings_history: 'Imported conversations count as history after (days)',
  settings_history_hint:
    'A conversation whose last event is this much older than its import is not listed as due.',
  settings_field_history: 'Imported history after',
} as const;
