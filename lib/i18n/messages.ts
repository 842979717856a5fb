/**
 * Every user-facing string of the extension's pages and panels, in English: the source of truth for
 * public/_locales/en/messages.json (regenerate with `npx tsx scripts/build-locales.ts`).
 *
 * Keys are snake_case, grouped by the component that shows them (valid Chrome message names).
 * Placeholders are `{name}` (lower case, digits, underscore); t() in ./t.ts fills them in. Messages
 * carry no leading or trailing spaces: the spacing between pieces stays in the components.
 * Plurals: pairs keyed by CLDR category, `x_one` and `x_other`; tp('x', n, values) picks one with
 * Intl.PluralRules in the UI's language (French 0 is singular), never `n === 1`.
 *
 * The engines' sentences live beside this file, one module per engine, and are spread in at the end.
 * Translations: lib/i18n/locales/<lang>.json (scripts/translations.ts lists what is missing and
 * merges a translator's file). Not here yet: the tracker engine's own sentences (lib/tracker).
 */
import { ADVICE_EN } from './advice-messages';
import { COACH_EN } from './coach-messages';
import { COACHING_EN } from './coaching-messages';
import { DRAFT_EN } from './draft-messages';
import { EVIDENCE_EN } from './evidence-messages';
import { FORMAT_EN } from './format-messages';
import { I18N_EN } from './i18n-messages';
import { INSIGHT_EN } from './insight-messages';
import { LIFECYCLE_EN } from './lifecycle-messages';
import { NEXT_STEP_EN } from './next-step-messages';
import { PAGES_EN } from './pages-messages';
import { PRIVACY_EN } from './privacy-messages';
import { SHEET_EN } from './sheet-messages';
import { TEMPLATE_EN } from './template-messages';
import { WIRE_EN } from './wire-messages';

export const EN = {
  // The manifest (__MSG_ext_name__, __MSG_ext_description__) and the pages' headings.
  ext_name: 'Connect Coach',
  ext_description:
    'Coaches the LinkedIn notes and messages you write by hand. Never acts on LinkedIn; nothing leaves your device.',

  // The direction and language of this translation (a right-to-left translation says 'rtl'). Read
  // from the catalogue, not @@bidi_dir: that follows the browser's locale even when the UI falls back
  // to English.
  ui_dir: 'ltr',
  ui_lang: 'en',

  // Shared by several components.
  common_cancel: 'Cancel',
  common_and_more: 'and {count} more',
  common_new_tab: '(new tab)',
  common_high_value: 'High-value contact',
  common_name: 'Name',
  common_version: 'Version',
  common_audience: 'Audience',
  common_any: 'Any',
  common_none_paren: '(none)',
  // The user's own words or label inside a sentence.
  common_quote: '“{text}”',
  evidence_why: 'Why: {figure}',

  // The advisor's actions (AdviceCard, Checklist, RequestTable).
  action_engage_first: 'Engage with their content first',
  action_send_request_blank: 'Send the request without a note',
  action_send_request_with_note: 'Send the request with a short note',
  action_send_inmail: 'Send an InMail',
  action_send_message_request: 'Send a message request',
  action_send_first_message: 'Send your first message',
  action_send_follow_up: 'Send a follow-up',
  action_escalate: 'Try another channel (InMail or email)',
  action_wait: 'Wait',
  action_withdraw_request: 'Withdraw the request',
  action_stop: 'Stop here',
  action_reply: 'Reply to them',
  action_re_engage: 'Re-engage with a new reason',

  // AdviceCard.
  advice_next_step: 'Next step',
  advice_or: 'Or: {action}.',
  advice_alternatives: 'Alternatives',
  advice_signals_legend: 'What the page cannot show',
  signal_engaged: 'They engaged with my content',
  signal_mutual: 'We share a contact',
  signal_trigger: 'New role or company news',

  // Checklist (popup).
  checklist_title: 'Due today',
  checklist_loading: 'Reading your tracker…',
  checklist_empty:
    'Nothing due today. New follow-ups and stale requests appear here when they fall due, and the toolbar badge shows how many.',
  checklist_verb_sent: 'Sent',
  checklist_verb_withdrawn: 'Withdrawn',
  checklist_verb_replied: 'Replied',
  checklist_verb_done: 'Done',
  checklist_what_sent: 'mark this sent',
  checklist_what_withdrawn: 'mark this withdrawn',
  checklist_what_replied: 'mark this replied',
  checklist_what_done: 'mark this done',
  checklist_what_accepted: 'mark this accepted',
  checklist_what_snooze: 'snooze this',
  checklist_marked_sent: 'Marked sent.',
  checklist_marked_withdrawn: 'Marked withdrawn.',
  checklist_marked_replied: 'Marked replied.',
  checklist_marked_done: 'Marked done.',
  checklist_marked_accepted: 'Marked accepted.',
  checklist_marked_they_replied: 'Marked as replied to you.',
  checklist_snoozed_until: 'Snoozed until {day}.',
  checklist_later: 'later',
  checklist_error: 'Could not {what} for {name}: {error}. Nothing was changed.',
  checklist_open_profile: 'Open profile',
  checklist_profile_of: 'of {name} (new tab)',
  checklist_open_messages: 'Open messages',
  checklist_sent_invitations: 'Sent invitations',
  checklist_done_aria: '{verb}: {action} for {name}',
  checklist_they_accepted: 'They accepted',
  checklist_they_replied: 'They replied',
  checklist_snooze_day_aria: 'Snooze 1 day: {name}',
  checklist_snooze_day: 'Snooze 1 day',
  checklist_snooze_week_aria: 'Snooze {name} for 1 week',
  checklist_snooze_week: '1 week',
  checklist_just_done: 'Just done',
  checklist_reinvite_after: 'You can re-invite after {day}.',
  checklist_withdrawn_recently: 'Withdrawn recently ({count})',
  checklist_blocked_item: '{name}: can re-invite after {day}',
  checklist_show_more: 'Show {count} more ({left} not shown)',

  // CountMeter.
  field_note: 'Note',
  field_body: 'Message',
  field_subject: 'Subject',
  field_text: 'Text',
  meter_limit_as_of: "LinkedIn's limit as of {as_of}: {source}",
  meter_our_last_check: 'our last check',
  meter_over_limit: "{over} over LinkedIn's limit of {limit}. Cut {over} characters before you send.",
  meter_left: '{count} characters left.',
  meter_graphemes: '{count} characters as you see them: LinkedIn counts emoji and some accents as 2 or more.',
  meter_paste_cut:
    'Your paste was cut: the box keeps only {limit} characters, so the last {cut} were dropped. Check the end of your note.',
  meter_limit_from_page: 'Limit read from the page.',
  meter_limit_from_table: 'Limit from our table (as of {as_of}).',

  // DraftInsights.
  insights_out_of_100: 'out of 100',
  insights_words: '{count} words',
  insights_questions_one: '{count} question',
  insights_questions_other: '{count} questions',
  insights_pronouns: 'you/your {you}, I/we {self}',
  insights_grade: 'grade {grade}',
  insights_first_glance: 'First glance:',

  // DraftPanel.
  kind_connection_note: 'Connection note',
  kind_message: 'Message',
  kind_inmail: 'InMail',
  kind_salesnav: 'Sales Navigator message',
  kind_comment: 'Comment',
  kind_post: 'Post',
  panel_announce: '{field}: {count} of {limit} characters',
  panel_to: 'to {name}',
  panel_show: 'Show',
  panel_hide: 'Hide',
  panel_details_sr: 'Connect Coach details',

  // WarningList.
  warn_must_fix: 'Must fix',
  warn_worth_fixing: 'Worth fixing',
  warn_tip: 'Tip',
  warn_advice: 'Advice',
  warn_advice_on: 'Advice on the {field}',
  warn_field_subject: 'subject',
  warn_field_text: 'text',

  ...PAGES_EN,

  // Popup.
  popup_no_side_panel: 'This browser has no side panel.',
  popup_dashboard_failed: 'Could not open the dashboard: {error}',
  popup_open_dashboard: 'Open the dashboard',
  popup_side_panel_failed: 'Could not open the side panel: {error}',
  popup_draft_side_panel: 'Draft in the side panel',
  popup_hint:
    "Open a LinkedIn note or message box: the coach appears beside it. Prefer nothing added to LinkedIn's page? Draft in the side panel.",

  // Side panel.
  sidepanel_promise:
    'Connect Coach never types, clicks or sends anything on LinkedIn, and nothing leaves your device.',

  // Dashboard.
  dashboard_page_title: 'Connect Coach: tracker',
  dashboard_insight_loading: 'Working out which notes work…',
  dashboard_title: 'Connect Coach: your tracker',
  dashboard_reading: 'Reading…',
  dashboard_reading_preview:
    'Reading all {people} people… {due} due at the last check; the first are listed below',
  popup_preview: 'The first {shown} of {total} due; reading the rest…',
  dashboard_status: '{people} people · {due}',
  dashboard_due_now: '{count} due now',
  dashboard_working_out: 'working out due dates… {percent}%',
  dashboard_init_failed: "The tracker's background did not start: {error}.",
  dashboard_sections: 'Sections',
  dashboard_nav_list: 'List',
  dashboard_nav_insight: 'Which notes work',
  dashboard_nav_settings: 'Settings',
  dashboard_nav_data: 'Import, export, wipe',
  dashboard_promise:
    'Everything here stays on this device. Connect Coach never acts on LinkedIn: you send, withdraw and reply there yourself, and tick it off here.',
  dashboard_insight: 'Insight',

  // On LinkedIn's pages: toasts and the profile card's notices.
  toast_dismiss: 'Dismiss',
  toast_undo: 'Undo',
  toast_unknown_profile:
    'Not tracked: Connect Coach could not tell whose profile this is. Add them from the dashboard.',
  toast_not_tracked: 'Not tracked: {error}',
  toast_request_tracked: 'Tracked: request to {name}',
  toast_message_tracked: 'Tracked: message to {name}',
  notice_accepted: '{name} accepted your invitation: the first-message clock has started.',
  notice_accept_failed: 'Could not record the acceptance: {error}',
  notice_tracking: 'Tracking {name}. Reminders will appear in the toolbar.',
  notice_unknown_profile_signal:
    'Connect Coach cannot tell whose profile this is, so it cannot remember this.',
  notice_signal_failed: 'Could not save that: {error}',
  notice_unknown_profile: 'Connect Coach cannot tell whose profile this is.',
  notice_track_failed: 'Could not start tracking: {error}',
  sync_imported_one: 'Imported {count} pending request.',
  sync_imported_other: 'Imported {count} pending requests.',
  sync_import_failed: 'Nothing imported: {error}',
  sync_marked_accepted: 'Marked accepted.',
  sync_marked_withdrawn: 'Marked withdrawn.',
  sync_save_failed: 'Could not save that: {error}',
  digest_title_one: 'Connect Coach: {count} follow-up due',
  digest_title_other: 'Connect Coach: {count} follow-ups due',
  digest_message: '{names}. Open the toolbar button for your checklist.',
  digest_message_more: '{names} and {more} more. Open the toolbar button for your checklist.',

  ...DRAFT_EN,
  ...ADVICE_EN,
  ...INSIGHT_EN,
  ...FORMAT_EN,
  ...EVIDENCE_EN,
  ...COACHING_EN,
  ...SHEET_EN,
  ...LIFECYCLE_EN,
  ...PRIVACY_EN,
  ...COACH_EN,
  ...TEMPLATE_EN,
  ...I18N_EN,
  ...NEXT_STEP_EN,
  ...WIRE_EN,
} as const;

export type MessageKey = keyof typeof EN;
