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
  reason_alt_blank_if_thin:
    'If the reference is thin, send the request blank: blank requests beat generic notes.',

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

  // When a step is due, the same words everywhere (lib/tracker/format.ts whenText).
  when_overdue_one: 'overdue by {count} day',
  when_overdue_other: 'overdue by {count} days',
  when_today: 'due today',
  when_tomorrow: 'due tomorrow',
  when_day: 'due {day}',
  when_wait_today: 'look again today',
  when_wait_tomorrow: 'look again tomorrow',
  when_wait_day: 'look again {day}',

  // The advisor's actions in two or three words (the checklist's one-line items).
  action_short_engage_first: 'Engage first',
  action_short_send_request_blank: 'Request, no note',
  action_short_send_request_with_note: 'Request + note',
  action_short_send_inmail: 'InMail',
  action_short_send_message_request: 'Message request',
  action_short_send_first_message: 'First message',
  action_short_send_follow_up: 'Follow up',
  action_short_escalate: 'Other channel',
  action_short_wait: 'Wait',
  action_short_withdraw_request: 'Withdraw',
  action_short_stop: 'Stop',
  action_short_reply: 'Reply',
  action_short_re_engage: 'Re-engage',

  // The popup's checklist groups (components/Checklist.tsx).
  group_reply_one: '{count} reply to answer',
  group_reply_other: '{count} replies to answer',
  group_first_message_one: '{count} first message',
  group_first_message_other: '{count} first messages',
  group_follow_up_one: '{count} follow-up',
  group_follow_up_other: '{count} follow-ups',
  group_inmail_one: '{count} InMail',
  group_inmail_other: '{count} InMails',
  group_escalate_one: '{count} to try another channel',
  group_escalate_other: '{count} to try another channel',
  group_re_engage_one: '{count} to re-engage',
  group_re_engage_other: '{count} to re-engage',
  group_other_one: '{count} first approach',
  group_other_other: '{count} first approaches',
  group_withdraw_one: '{count} stale request',
  group_withdraw_other: '{count} stale requests',
  checklist_withdrew_this: 'I withdrew this one',
  checklist_withdrew_these: 'I withdrew these {count}',
  checklist_review_hint:
    'LinkedIn’s Sent invitations page opened in a new tab. Withdraw there, then untick any you did not withdraw.',
  checklist_tick_withdrawn: 'I withdrew the request to {name}',
  checklist_mark_withdrawn_one: 'Mark {count} withdrawn',
  checklist_mark_withdrawn_other: 'Mark {count} withdrawn',
  checklist_marking: 'Marked {index} of {total}…',
  checklist_marked_withdrawn_one: 'Marked {count} request withdrawn.',
  checklist_marked_withdrawn_other: 'Marked {count} requests withdrawn.',
  checklist_marked_withdrawn_failed:
    'Marked {count} withdrawn; {failed} could not be saved and are still listed: {details}',

  // The dashboard's table (components/RequestTable.tsx, MenuButton.tsx) and a person's history.
  table_audience_version: 'Audience / version',
  table_actions_for: 'Actions for {name}',
  table_menu_details: 'Details…',
  table_menu_details_history: 'Details and history ({count})…',
  table_menu_withdrawn: 'I withdrew the request',
  table_menu_snooze_week: 'Snooze 1 week',
  table_menu_unsnooze: 'End the snooze',
  table_menu_delete: 'Delete…',
  table_row_failed: 'Could not save “{label}”: {error}. Nothing was changed.',
  history_title: 'What LinkedIn showed',
  history_empty: 'Nothing yet: changes read from LinkedIn’s pages are listed here.',
  history_accepted: '{at}: the profile showed you are connected, so the request was marked accepted.',
  history_replied: '{at}: the conversation showed their message, so a reply was recorded.',
  history_replied_on: '{at}: the conversation showed their message of {date}, so a reply was recorded.',
  history_message: '{at}: the conversation showed your message, so it was recorded.',
  history_message_on: '{at}: the conversation showed your message of {date}, so it was recorded.',
  history_withdrawn: '{at}: the profile offered Connect again, so the request was marked withdrawn.',
  history_request:
    '{at}: the profile showed a pending invitation, so a request was recorded (date approximate).',
  history_degree: '{at}: the profile showed a 1st-degree connection.',

  // Settings (components/SettingsForm.tsx).
  settings_history: 'Imported conversations count as history after (days)',
  settings_history_hint:
    'A conversation whose last event is this much older than its import is not listed as due.',
  settings_field_history: 'Imported history after',
} as const;
