/**
 * The evidence catalogue's words (lib/evidence.ts): each figure's claim and the figure itself as the
 * UI shows them, and the sources' short names, in English. Spread into EN (./messages.ts); same
 * conventions. Keys are evidence_<id>_claim and evidence_<id>_figure, the id in snake case.
 */
export const EVIDENCE_EN = {
  // One line: "figure: claim (source)" (the command line's evidence lines).
  evidence_line: '{figure}: {claim} ({source})',

  // The sources' short names.
  seed_konnector: 'Konnector: request or message first',
  seed_powerin: 'PowerIn: InMail vs connection request',
  seed_salesflow: 'Salesflow: connection-request best practices',
  seed_growlancer: 'Growlancer: DMs, notes and InMail',
  seed_alore: 'Alore: connection-request messages',
  seed_linkedin_help: 'LinkedIn Help (invitation limits), via our research notes',
  seed_botdog: 'Botdog acceptance data, via our research notes',

  // Each figure: the claim it supports and the figure itself.
  evidence_blank_beats_generic_claim:
    'Blank requests are accepted more often than requests with a generic note (up to 89% better).',
  evidence_blank_beats_generic_figure: 'blank 55–68% vs with a note 26–45% acceptance',
  evidence_note_lifts_replies_claim: 'A personalised note raises the reply rate after acceptance.',
  evidence_note_lifts_replies_figure: '9.36% reply rate with a note vs 5.44% without',
  evidence_note_under200_claim:
    'With a specific reason to connect, write a note under 200 characters that references it.',
  evidence_note_under200_figure: 'under 200 characters',
  evidence_note_length_sweet_spot_claim:
    'Strong connection requests usually stay between 150 and 250 characters, two or three short sentences.',
  evidence_note_length_sweet_spot_figure: '150–250 characters',
  evidence_message_under300_claim:
    'Messages under 300 characters get more responses than longer, pitch-heavy ones.',
  evidence_message_under300_figure: '19% more responses under 300 characters',
  evidence_inmail_under150_words_claim:
    'The best-performing InMails rarely use more than 150 words; longer ones signal a pitch.',
  evidence_inmail_under150_words_figure: 'at most ~150 words of the 1,900 allowed',
  evidence_preview_decides_claim:
    'Over 40% of recipients decide whether to open a message from its preview text: the first sentence.',
  evidence_preview_decides_figure: 'over 40% decide on the preview',
  evidence_generic_opener_claim:
    'Generic openers like "I came across your profile" are indistinguishable from thousands of other messages; generic notes convert at the lowest rates.',
  evidence_generic_opener_figure: 'blank 55–68% vs generic-note 26–45% acceptance',
  evidence_specific_personalisation_claim:
    'Referencing a specific post, role change, shared contact or company news gets more replies than a name-swapped template.',
  evidence_specific_personalisation_figure: '27% higher reply rate',
  evidence_trigger_event_claim: 'Outreach tied to recent activity or a trigger event gets more replies.',
  evidence_trigger_event_figure: '32% higher reply rate',
  evidence_no_pitch_claim:
    'Never sell in the connection note or first message; the first message should open a conversation, not close a sale.',
  evidence_no_pitch_figure: 'pitching is the fastest way to get ignored or reported',
  evidence_low_friction_ask_claim: 'End with one low-friction ask, not "schedule a 30-minute demo".',
  evidence_low_friction_ask_figure: 'one low-commitment ask',
  evidence_recipient_focus_claim:
    'A self-focused message forces the reader to find the relevance; most will not.',
  evidence_recipient_focus_figure: 'keep it about them',
  evidence_placeholder_text_claim:
    'Swapping a name into a template is not personalisation, and a forgotten placeholder shows the template.',
  evidence_placeholder_text_figure: 'personalised notes get 27% more replies than name-swapped templates',
  evidence_no_links_in_notes_claim: 'Avoid early asks, calls, referrals or links in a connection request.',
  evidence_no_links_in_notes_figure: 'two or three short sentences, no links',
  evidence_value_add_follow_up_claim:
    'A follow-up should never be a lazy "just checking in"; each one must add something new.',
  evidence_value_add_follow_up_figure: 'add new value with every message',
  evidence_no_pressure_claim:
    'Reintroduce context without urgency or pressure; avoid lines that demand a reply.',
  evidence_no_pressure_figure: 'gentle, low-pressure close',
  evidence_weak_subject_claim:
    'InMail subjects like "Quick question" or "Opportunity for you" are inbox death.',
  evidence_weak_subject_figure: 'short, specific, non-salesy subject',
  evidence_wall_of_text_claim: 'A few well-written sentences always beat a wall of text.',
  evidence_wall_of_text_figure: 'keep messages short and sharp',
  evidence_structural_similarity_claim:
    'LinkedIn can detect structural similarity across messages from one account, and recipients spot templates.',
  evidence_structural_similarity_figure: 'name-swapped templates get 27% fewer replies',
  evidence_first_message24to48h_claim:
    'Send the first message within 24–48 hours of acceptance, while your profile is fresh in their mind.',
  evidence_first_message24to48h_figure: 'within 24–48 hours',
  evidence_follow_up4to5_business_days_claim:
    'Follow up once, 4–5 business days after your first message, referencing something new.',
  evidence_follow_up4to5_business_days_figure: '4–5 business days after the first message',
  evidence_three_touch_sequence_claim:
    'A simple three-touch sequence: first message on day 1, follow-ups on day 4 and day 8.',
  evidence_three_touch_sequence_figure: 'day 1, 4 and 8',
  evidence_stop_after_two_claim:
    'Beyond two follow-ups returns drop sharply and the risk of a spam report rises.',
  evidence_stop_after_two_figure: 'stop after two follow-ups',
  evidence_escalate7to10_claim:
    'For high-value prospects who stay silent, escalate to InMail or email 7–10 days after the first message.',
  evidence_escalate7to10_figure: '7–10 days after the first message',
  evidence_senior_inmail_claim:
    'Senior executives accept few requests (below 10%); a specific InMail reaches them faster.',
  evidence_senior_inmail_figure: 'acceptance can drop below 10%',
  evidence_warm_engagement_claim: 'Engaging with their content before you connect lifts acceptance.',
  evidence_warm_engagement_figure: 'above 60% vs 20–30% cold',
  evidence_warm_request2to3x_claim:
    'A warm request from a recognisable name converts at 2–3× the rate of a cold one.',
  evidence_warm_request2to3x_figure: '2–3× acceptance',
  evidence_shared_group_message_claim:
    'A shared group or event lets you send a message request without connecting or spending InMail credits.',
  evidence_shared_group_message_figure: 'no InMail credit needed',
  evidence_pending_week_inmail_claim:
    'If a request is neither accepted nor declined after a week, an InMail that references it is the next step.',
  evidence_pending_week_inmail_figure: 'after a week pending',
  evidence_inmail_credit_refund_claim:
    'An InMail costs one credit, refunded if the recipient responds within 90 days.',
  evidence_inmail_credit_refund_figure: '1 credit, refunded on reply within 90 days',
  evidence_withdraw_unanswered_claim:
    'Withdraw unanswered requests: they keep sending reminders and make your profile look spammy.',
  evidence_withdraw_unanswered_figure: 'unanswered requests hurt your standing',
  evidence_daily_volume_claim: 'Keep daily connection requests under 2–5% of your total connections.',
  evidence_daily_volume_figure: '2–5% of connections a day',
  evidence_weekly_cap_claim: 'LinkedIn caps connection requests at roughly 100–200 a week.',
  evidence_weekly_cap_figure: '~100–200 a week',
  evidence_measure25to50_claim:
    'Collect at least 25–50 sends of a version before judging it; test one change at a time.',
  evidence_measure25to50_figure: '25–50 sends',
  evidence_healthy_acceptance_claim:
    'Healthy acceptance is 30–50%; healthy reply rate after acceptance is 15–30%.',
  evidence_healthy_acceptance_figure: '30–50% accepted, 15–30% replied',
  evidence_reply_within24h_claim: 'When they reply, respond within 24 hours to keep the conversation moving.',
  evidence_reply_within24h_figure: 'within 24 hours',
  evidence_re_engage_claim:
    'A past connection who went quiet needs a direct message with a new reason to reconnect.',
  evidence_re_engage_figure: 'already connected: no request needed',
  evidence_profile_visit_combo_claim:
    'A message combined with a profile visit gets the highest reply rate of any two-action sequence.',
  evidence_profile_visit_combo_figure: '11.87% reply rate',
  evidence_box_limit_claim:
    "LinkedIn refuses or cuts text over the box's limit; the page's own counter or maxlength is the limit that applies.",
  evidence_box_limit_figure:
    'notes 200 (free) or 300 (Premium); InMail subject 200, body 1,900–2,000; messages 8,000',
  evidence_reinvite_blocked_claim:
    'After you withdraw a request, LinkedIn blocks re-inviting that person for up to three weeks.',
  evidence_reinvite_blocked_figure: 'up to 3 weeks',
  evidence_pending_ceiling_claim:
    'Too many outstanding invitations can restrict your account; keep the pending pile under about 500.',
  evidence_pending_ceiling_figure: '~500 pending',
  evidence_acceptance_curve_claim:
    'Most requests that will ever be accepted are accepted early: 88% within a week, 99% within 30 days.',
  evidence_acceptance_curve_figure: '88% by day 7, 99% by day 30',
} as const;
