/**
 * The advice engine's sentences (lib/sequencing): the reason for each next step and its alternatives,
 * the reasons' building blocks (hooks, openers, channels) and the dates they name, in English.
 * Spread into EN (./messages.ts); same conventions. `{name}` is the contact's name, dates arrive
 * already written out in the UI's language (lib/i18n/intl.ts).
 */
export const ADVICE_EN = {
  // A specific reason to reach out: noun phrases that fill {what} and {reason} below.
  hook_their_engagement: "{name}'s engagement with your post on {date}",
  hook_mutual_contact: 'your mutual contact {contact}',
  hook_trigger: "{name}'s {trigger} on {date}",
  hook_my_engagement: "{name}'s post you engaged with on {date}",
  hook_shared_group: 'the "{group}" group you are both in',
  hook_shared_event: 'the event "{event}" you both attended',
  hook_note_clause: 'a short note (under 200 characters) that references {what}',

  // How an InMail is paid for (fills {cost}).
  reason_cost_open_profile: '{name} has an Open Profile, so it costs no credit',
  reason_cost_credit_one: 'it costs one of your {count} credit, refunded if they reply within 90 days',
  reason_cost_credit_other: 'it costs one of your {count} credits, refunded if they reply within 90 days',

  // First approach (rules/approach.ts).
  reason_invite_again: '(You withdrew an earlier request on {date}; you can invite again now.)',
  reason_senior_headline: '{name} is a senior executive ({headline})',
  reason_senior: '{name} is senior',
  reason_insight_opener: 'a specific insight relevant to their role',
  reason_inmail_senior:
    '{senior}, and senior people accept few requests. Send an InMail that opens with {opener}, under 150 words with one low-friction ask; {cost}.',
  reason_alt_message_instead: 'Or message {name} through {what} instead; no InMail credit needed.',
  reason_alt_engage_before_inmail:
    "Comment on a recent post of {name}'s first, so your name is familiar when the InMail lands.",
  reason_alt_request_note_free: 'Or send a connection request with {clause}; it is free.',
  reason_alt_request_blank_senior:
    'Or send a blank connection request; it is free, but senior people accept few.',
  reason_request_note: 'Send {name} a connection request with {clause}.',
  reason_request_note_later:
    'Send {name} a connection request on {date}, once your name is familiar, with {clause}.',
  reason_alt_trigger_inmail:
    'The {trigger} is time-sensitive: an InMail reaches {name} now without waiting for acceptance ({cost}).',
  reason_alt_message_request: 'Or message {name} without connecting through {what}; no InMail credit needed.',
  reason_alt_request_blank_generic:
    'If you cannot make the note specific to {name}, send the request blank: generic notes do worse than none.',
  reason_message_request:
    'Message {name} without connecting through {what}: no request queue and no InMail credit. Mention it in your first line; message requests are easy to miss.',
  reason_alt_request_note: 'Or send a connection request with {clause}.',
  reason_engage_first:
    "{senior}, senior people accept few cold requests, and you have no InMail credits. Like or comment thoughtfully on a recent post of {name}'s first, then send the request 2–5 days later with a note that references it.",
  reason_alt_request_blank_now: 'Or send a blank request now; senior people accept few cold ones.',
  reason_blank_request:
    'You have no specific reason to connect with {name} yet, so send the request without a note: blank requests are accepted more often than generic ones.',
  reason_alt_warm_up:
    "Or warm up first: like or comment on a recent post of {name}'s, then send the request 2–5 days later with a note that references it.",
  reason_alt_open_profile: '{name} has an Open Profile, so you can message them for free without connecting.',

  // Connected (rules/connection.ts).
  reason_new_reason_default: 'a recent post, role change or company news of theirs',
  reason_re_engage:
    'You and {name} have not been in touch since {date}, over three months. You are already connected, so no request is needed: send a direct message with a new reason to reconnect, such as {reason}.',
  reason_opener: 'open with {what}',
  reason_opener_note: 'open with {what} and build on the note you sent with your request',
  reason_opener_default: 'open with one specific observation about their work',
  reason_opener_default_note:
    'open with one specific observation about their work and build on the note you sent with your request',
  reason_first_message_undated:
    'You are connected with {name} but have no message on record. Send a short first message: {opener}, and no pitch.',
  reason_first_message_accepted:
    '{name} accepted on {date}; send your first message by {due} while your profile is fresh. Keep it short: {opener}, and no pitch.',
  reason_first_message_connected:
    'You connected with {name} on {date}; send your first message by {due} while your profile is fresh. Keep it short: {opener}, and no pitch.',

  // Follow-ups (rules/follow-up.ts). {opening} is one of the two openings, without a full stop.
  reason_opening_replied: '{name} replied on {replied} and you answered on {sent}; nothing since',
  reason_opening_silent: 'Nothing from {name} since your message on {sent}',
  reason_follow_up_one:
    '{opening}. Follow up on {date}, {days} business day later, with something new: a relevant article, a resource or a recent development of theirs, not "just checking in".',
  reason_follow_up_other:
    '{opening}. Follow up on {date}, {days} business days later, with something new: a relevant article, a resource or a recent development of theirs, not "just checking in".',
  reason_second_follow_up:
    '{opening}, and no answer to your follow-up on {sent}. Send a second and last follow-up on {date} only if you have something new to offer (a report, a resource, a question about their work); otherwise stop here.',
  reason_alt_stop_nothing_new:
    'If you have nothing new for {name}, stop: a nudge without new value does more harm than good.',
  reason_channel_connected: 'email (another LinkedIn message will not do more)',
  reason_channel_inmail: 'an InMail ({cost}) or email',
  reason_channel_email: 'email',
  reason_alt_escalate:
    '{name} is high-value: from {date}, 7 days after your first message, you can switch to {channel} instead.',
  reason_escalate:
    '{name} has not answered your message of {sent} or your {count} follow-ups. {name} is high-value, so move to {channel}, referencing your LinkedIn messages; escalation is due 7–10 days after the first message, from {date}.',
  reason_alt_stop_spam: 'Or stop here: more LinkedIn messages to {name} risk a spam report.',
  reason_stop:
    '{name} has not answered your message of {sent} or your two follow-ups. Stop here: beyond two follow-ups, replies drop sharply and the risk of a spam report rises.',
  reason_alt_re_engage_later:
    "After {date}, reach out again only with a genuinely new reason, such as a role change or news at {name}'s company.",

  // Invitations (rules/invitation.ts).
  reason_reinvite_blocked:
    'You withdrew your request to {name} on {withdrawn}. LinkedIn blocks re-inviting for up to three weeks, so you can re-invite after {date}, this time with the right message.',
  reason_alt_message_request_open: 'A message request through {what} needs no invitation, so it is open now.',
  reason_alt_inmail_no_invitation: 'An InMail needs no invitation either ({cost}).',
  reason_alt_withdraw: 'The request has been out since {sent}, past your {days}-day limit: withdraw it.',
  reason_pending_inmail:
    'Your request to {name} has been pending since {sent}, over a week. {name} is high-value: send an InMail whose subject mentions your request ({cost}).',
  reason_alt_keep_waiting: 'Or keep waiting until {date}, then withdraw the request if it is still pending.',
  reason_withdraw:
    'Your request to {name} has gone unanswered since {sent} ({days} days). Withdraw it: pending requests keep sending reminders and make your profile look spammy. You can re-approach {name} later with the right message.',
  reason_alt_inmail_after_request:
    'A request unanswered for weeks can be followed by a thoughtful InMail instead ({cost}).',
  reason_then_inmail: 'when an InMail becomes the next step for a high-value contact',
  reason_then_withdraw: 'when it will be time to withdraw it if it is still pending',
  reason_wait:
    'Your request to {name} went out on {sent} and is still pending; most people who accept do so within a week. Look again on {date}, {then}.',

  // A reply (rules/reply.ts).
  reason_reply:
    '{name} replied on {replied}: answer by {due}, within 24 hours, to keep the conversation moving. Add one useful thought before asking for anything.',
} as const;
