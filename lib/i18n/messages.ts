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

  // ContactForm: add a person, edit a person.
  contact_not_profile:
    'That is not a LinkedIn profile address. Paste one like https://www.linkedin.com/in/their-name.',
  contact_add_name: 'Add their name.',
  contact_added: 'Added {name}.',
  contact_add_failed: 'Could not add them: {error}.',
  contact_add_title: 'Add a person',
  contact_profile_url: 'Profile URL',
  contact_add: 'Add',
  contact_already_tracked: '{name} is already tracked.',
  contact_edit_name: 'Edit {name}',
  contact_name_required: 'Name: please enter a name.',
  contact_save_failed: 'Could not save: {error}. Nothing was changed.',
  contact_headline: 'Headline',
  contact_message_version: 'Message version',
  contact_mutual: 'Mutual connection',
  contact_shared_group: 'Shared group',
  contact_shared_event: 'Shared event',
  contact_ignored: 'Stop reminding me (ignored)',
  contact_save: 'Save',

  // FocusReportView (side panel).
  focus_none:
    'Click into a LinkedIn message or note box and Connect Coach will show its panel beside it. If it cannot recognise the box, this panel says why.',
  focus_ok: 'The box you are typing in on LinkedIn has its Connect Coach panel beside it.',
  focus_unrecognised: 'Connect Coach did not recognise the box you clicked on LinkedIn.',
  focus_fallback:
    'LinkedIn may have changed its page. You can draft below instead and paste the text into LinkedIn yourself.',

  // ImportExport and WipeData.
  import_empty_value: '(empty)',
  import_read_failed: 'Could not read {file}: {error}.',
  import_done: 'Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.',
  import_failed: 'The import failed and nothing was changed: {error}.',
  import_title: 'Import and export',
  import_intro:
    'Files are read and written on this device only. An import changes nothing until you confirm it, and then it is all or nothing; people already tracked are matched by profile URL and merged.',
  import_file_label: 'Import a JSON export or a CSV tracking sheet',
  import_rejected_one: '{file} cannot be imported; nothing was changed. Fix this and try again:',
  import_rejected_other:
    '{file} cannot be imported; nothing was changed. Fix these {count} problems and try again:',
  import_error_row: 'Row {row}',
  import_error_record: 'Record {row}',
  import_preview_one: '{file}: {count} person.',
  import_preview_other: '{file}: {count} people.',
  import_plan_one: '{added} new, {updated} updated, {unchanged} unchanged, {conflicts} conflict.',
  import_plan_other: '{added} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.',
  import_conflicts: "Conflicts: the file's value replaces yours",
  import_conflict_item: '{name}, {field}: {from} → {to}',
  import_confirm: 'Import {count}',
  export_label: 'Export:',
  export_json: 'JSON (everything)',
  export_csv: 'CSV (tracking sheet)',
  export_ics: 'Calendar (.ics)',
  export_download: 'Download {file}',
  export_count_events: '({count} events)',
  export_count_one: '({count} person)',
  export_count_other: '({count} people)',
  wipe_done_one: 'Removed {count} person and their history from this device.',
  wipe_done_other: 'Removed {count} people and their history from this device.',
  wipe_failed: 'Could not wipe the tracker: {error}. Nothing was removed.',
  wipe_title: 'Wipe all tracker data',
  wipe_intro:
    'Removes all {count} tracked people, their history and anything set aside, from this device. Your settings stay. Export first if you may want it back.',
  wipe_confirm_label: 'Type {word} to confirm',

  // LabelPicker.
  label_version_example: 'e.g. Founder V2',
  label_audience_example: 'e.g. Recruiters',
  label_none: 'none',
  label_new_version: 'New version…',
  label_new_audience: 'New audience…',
  label_rename: 'Rename',
  label_kind_version: 'version',
  label_kind_audience: 'audience',

  // PasteInDraft (side panel).
  paste_copied_subject: 'Subject copied. Paste it into LinkedIn yourself.',
  paste_copied_text: 'Text copied. Paste it into LinkedIn yourself.',
  paste_copy_failed: 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).',
  paste_writing_a: 'Writing a',
  paste_on_a: 'on a',
  paste_account_free: 'free account (200)',
  paste_account_premium: 'Premium account (300)',
  paste_your_note: 'Your note',
  paste_your_message: 'Your message',
  paste_copy_subject: 'Copy subject',
  paste_copy_text: 'Copy text',

  // ProfileCard.
  state_connectable: 'Not connected',
  state_pending: 'Invitation pending',
  state_first_degree: '1st-degree connection',
  state_follow_only: 'Follow only',
  state_incoming: 'Sent you an invitation',
  state_self: 'Your own profile',
  state_unknown: 'Connection state not recognised',
  profile_tracked: 'Tracked',
  profile_track: 'Track this person',

  // RequestTable (dashboard).
  table_title: 'People you track',
  table_sort_sent: 'Sent',
  table_sort_status: 'Status',
  table_sort_due: 'Next step',
  table_due_now: 'Due now',
  table_overdue: 'Overdue',
  table_not_due: 'Not due',
  table_bulk_progress: '{label} {index} of {total}…',
  table_bulk_failed: '{label}: {done} done, {failed} failed ({details}).',
  table_bulk_done: '{label}: {done} done.',
  table_marked_withdrawn: 'Marked withdrawn',
  table_deleted: 'Deleted',
  table_search: 'Search',
  table_search_placeholder: 'Name, headline or note',
  table_status: 'Status',
  table_due: 'Due',
  table_sort_by: 'Sort by',
  table_showing: 'Showing {shown} of {total}',
  table_selected: '{count} selected',
  table_mark_withdrawn: 'Mark withdrawn',
  table_delete: 'Delete',
  table_clear_selection: 'Clear selection',
  table_confirm_delete_one:
    'Delete {name} from the tracker? Their history (requests, messages, dates) is removed from this device and cannot be undone. Nothing changes on LinkedIn.',
  table_confirm_delete_other:
    'Delete {count} people from the tracker? Their history (requests, messages, dates) is removed from this device and cannot be undone. Nothing changes on LinkedIn.',
  table_select_all: 'Select all {count} shown',
  table_actions: 'Actions',
  table_select: 'Select {name}',
  table_now: 'now',
  table_edit: 'Edit',
  table_delete_name: 'Delete {name}',
  table_empty:
    'Nobody tracked yet. Requests you send on LinkedIn are added as you send them, or add someone above.',
  table_no_match: 'Nobody matches these filters.',

  // SentSync (LinkedIn's Sent invitations page).
  sync_aria: 'Connect Coach: sync sent invitations',
  sync_found_one: 'Found {found} invitation on this page: {new} new, {tracked} already tracked.',
  sync_found_other: 'Found {found} invitations on this page: {new} new, {tracked} already tracked.',
  sync_dates_note: 'Importing keeps the sent dates LinkedIn shows ("Sent 2 weeks ago") as approximate dates.',
  sync_not_understood_one: '{count} label was not understood and will use today.',
  sync_not_understood_other: '{count} labels were not understood and will use today.',
  sync_import: 'Import {count} new',
  sync_complete: 'The list is fully loaded: check what is no longer here',
  sync_all_present: 'Every request you track as pending is still on this list.',
  sync_missing:
    'These tracked requests are no longer on the list. Were they accepted, or did you withdraw them?',
  sync_accepted: 'Accepted',
  sync_withdrawn: 'Withdrawn',

  // SettingsForm.
  settings_whole_number: '{field}: enter a whole number from {min} to {max}.',
  settings_field_monthly_notes: 'Monthly free notes',
  settings_field_stale: 'Stale after',
  settings_field_follow_up: 'Follow up after',
  settings_working_days_required: 'Working days: pick at least one day.',
  settings_bad_zone:
    'Time zone: "{zone}" is not a time zone name (for example Europe/Berlin), or leave it blank for this browser\'s.',
  settings_day_0: 'Sun',
  settings_day_1: 'Mon',
  settings_day_2: 'Tue',
  settings_day_3: 'Wed',
  settings_day_4: 'Thu',
  settings_day_5: 'Fri',
  settings_day_6: 'Sat',
  settings_notifications_denied: 'Notifications stay off: the browser did not grant permission to show them.',
  settings_notifications_failed: 'Notifications stay off: {error}.',
  settings_fix_fields: 'Please fix the fields marked below; nothing was saved.',
  settings_saved: 'Settings saved.',
  settings_save_failed: 'Could not save the settings: {error}.',
  settings_title: 'Settings',
  settings_repaired: 'Some saved settings could not be read and were reset to their defaults: {fields}.',
  settings_account: 'LinkedIn account',
  settings_account_unset: 'Not set',
  settings_account_free: 'Free',
  settings_account_premium: 'Premium',
  settings_account_inferred: 'Worked out from the note limit LinkedIn showed.',
  settings_monthly_notes: 'Personalised notes per month (free account)',
  settings_monthly_notes_hint: 'LinkedIn allows a few; sources say 3 to 10.',
  settings_stale: 'Withdraw a request after (days)',
  settings_stale_hint: 'Pending this long: the checklist suggests withdrawing.',
  settings_follow_up: 'Follow up after (business days)',
  settings_follow_up_hint: 'Counted on your working days.',
  settings_time_zone: 'Time zone',
  settings_time_zone_placeholder: "This browser's ({zone})",
  settings_working_days: 'Working days',
  settings_notifications: 'A daily notification listing what is due (asks the browser for permission)',
  settings_save: 'Save settings',

  // StoreProblems.
  store_set_aside_one: '{count} record was unreadable and set aside (kept as found, not shown)',
  store_set_aside_other: '{count} records were unreadable and set aside (kept as found, not shown)',
  store_unreadable_one: '{count} record could not be read',
  store_unreadable_other: '{count} records could not be read',
  store_repaired_one: '{count} record was repaired (unreadable fields dropped)',
  store_repaired_other: '{count} records were repaired (unreadable fields dropped)',
  store_compact: 'Storage: {summary} Details are on the dashboard.',
  store_summary_rebuilt:
    'The quick summary of your tracker could not be read, so everything was read instead and the summary is being rebuilt from your contacts. Nothing is lost.',
  store_aria: 'Storage problems',
  store_heading: 'Some saved data could not be read.',
  store_nothing_deleted: '{summary} Nothing was deleted.',
  store_details: 'Details',
  store_set_aside_item: 'Set aside {key}: {reason}',
  store_repaired: 'Repaired',
  store_skipped: 'Skipped',
  store_unreadable: 'Unreadable',

  // InsightView (dashboard).
  insight_title: 'Which of my notes works?',
  insight_empty:
    'No requests tracked yet. Send connection requests with the panel open (or import your tracking sheet) and your acceptance and reply rates will show here.',
  insight_counts: '{accepted} of {sent} requests accepted, {replied} replied.',
  insight_quota_used:
    '{used} of {quota} free-account notes used this month (sources say 3, 5 or about 10 a month; change the quota in Settings if yours differs).',
  insight_young_one: '{count} request is under a week old; rates can still rise.',
  insight_young_other: '{count} requests are under a week old; rates can still rise.',
  insight_by_version: 'By message version',
  insight_no_versions: 'Label your notes with a version in the panel to compare them.',
  insight_compare: 'Compare two versions',
  insight_by_audience: 'By audience',
  insight_no_audiences: 'Pick an audience for each request in the panel to see rates per audience.',
  insight_per_week: 'Requests per week',
  insight_cap_label: 'cap ~{cap}',
  insight_requests_sent: 'Requests sent',
  insight_weekly_summary:
    'Requests sent per ISO week over the last {weeks} weeks, against your weekly cap of about {cap}. This week so far: {sent}. Highest: {max}.',
  insight_weekly_summary_over:
    'Requests sent per ISO week over the last {weeks} weeks, against your weekly cap of about {cap}. This week so far: {sent}, over the cap. Highest: {max}.',
  insight_pile: 'Pending pile',
  insight_pile_label: '~{ceiling} pending',
  insight_pile_value: 'Pending at week end',
  insight_pile_summary:
    'Tracked requests still pending at the end of each week, against a ceiling of about {ceiling}. Now: {pending} pending.',
  insight_pile_note: "Counts only requests you tracked; LinkedIn's own pile may be larger.",

  // RateChart.
  chart_no_acceptances: 'no acceptances yet',
  chart_reply_part: '{rate} replied (95% interval {range}) of {accepted} accepted',
  chart_group: '{key}: {rate} accepted (95% interval {range}) of {sent} sent, {reply}.',
  chart_group_few: '{key}: {rate} accepted (95% interval {range}) of {sent} sent, {reply}, too few to judge.',
  chart_summary: 'Acceptance and reply rate by {dimension}, with 95% intervals. {groups}',
  chart_too_few_sent: 'too few ({sent} sent)',
  chart_sent: '{sent} sent',
  chart_key_accept: 'Acceptance (accepted / sent)',
  chart_key_reply: 'Reply rate (replied / accepted)',
  chart_key_whisker: '95% interval',
  chart_key_band: 'Healthy range (30–50% accepted, 15–30% replied)',
  chart_key_faded: 'Faded: too few to judge (under 25 sends).',
  chart_caption: 'Acceptance and reply rate by {dimension}',
  chart_col_sent: 'Sent',
  chart_col_accepted: 'Accepted',
  chart_col_acceptance: 'Acceptance (95% interval)',
  chart_col_replied: 'Replied',
  chart_col_reply_rate: 'Reply rate (95% interval)',
  chart_col_days_accept: 'Median days to accept',
  chart_col_days_reply: 'Median days to reply',
  chart_too_few: 'too few to judge',

  // VersionCompare.
  compare_need_two: 'Label a second version in the panel to compare two.',
  compare_option: '{key} ({sent} sent)',
  compare_version_a: 'Version A',
  compare_version_b: 'Version B',
  compare_choose_different: 'Choose two different versions.',
  compare_detail:
    'B − A: {diff} points (95% interval {low} to {high}), {p}; {rate_a} of {sent_a} vs {rate_b} of {sent_b}. Comparing many pairs makes a chance “win” likelier.',

  // VolumeQuotaNotes (panel).
  quota_title: 'Free accounts get about {quota} personalised notes a month (sources say 3, 5 or about 10)',
  quota_none_left: ': send this request without a note, or wait for next month',

  // WeekBars.
  week_so_far: 'so far',
  week_caption: '{value} by ISO week',
  week_col_week: 'Week',
  week_col_starts: 'Starts',

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
