/**
 * The privacy policy's text (entrypoints/privacy and assets/store/privacy-policy.md), one message per
 * fact in lib/privacy/policy.ts. Spread into EN in ./messages.ts.
 */
export const PRIVACY_EN = {
  privacy_title: 'Connect Coach privacy policy',
  privacy_updated: 'Last changed: {date}.',
  privacy_summary:
    'Connect Coach collects nothing about you. It sends nothing anywhere: it makes no network requests at all, has no analytics and loads no remote code. What it keeps, it keeps in your browser’s extension storage on this device, where only Connect Coach can read it, until you delete it.',
  privacy_reads_title: 'What it reads',
  privacy_reads:
    'Only the www.linkedin.com page you are looking at, while you look at it: the compose box you type in, who it goes to, the profile or list on screen. It reads nothing on other sites, never loads LinkedIn pages in the background and never calls LinkedIn’s APIs. It never clicks, types, sends or withdraws anything on LinkedIn.',
  privacy_stored_title: 'What it stores, and for how long',
  privacy_stored_intro:
    'Everything below is stored in the browser’s extension storage (storage.local, or storage.session where it says so) on this device. It is not synced to your other devices and is never sent anywhere.',
  privacy_col_what: 'What',
  privacy_col_key: 'Storage key',
  privacy_col_kept: 'Kept',
  privacy_sent_title: 'What it sends',
  privacy_sent:
    'Nothing. Connect Coach makes no network requests: no analytics, no crash reports, no update checks of its own, no remote code. Its tests fail if any page, extension page or background script of it tries to make one. The only files it exports are the ones you ask for (JSON, CSV, a calendar file), saved where you choose.',
  privacy_permissions_title: 'Permissions, and why',
  privacy_delete_title: 'Deleting your data',
  privacy_delete:
    'Delete one person on the dashboard, or everything at once (dashboard → Import, export, wipe). Removing the extension deletes everything it stored.',
  privacy_children: 'Connect Coach is a tool for LinkedIn users and is not directed at children.',
  privacy_changes:
    'If this policy changes, the new version ships with the extension and is shown on this page.',

  // What each stored item is (privacy_item_*) and how long it is kept (privacy_kept_*).
  privacy_item_contact:
    'One record per person you track: name, profile URL, headline, the note you sent and when, when they accepted or replied, your messages’ dates, your version and audience labels, the signals you ticked.',
  privacy_item_quarantine:
    'A record that could not be read, kept as it was found with the reason, so nothing is lost.',
  privacy_item_settings:
    'Your settings: account type, working days, time zone, follow-up and withdraw timings, weekly cap, daily reminder on or off, language.',
  privacy_item_panel_prefs: 'Whether the coaching panel starts collapsed.',
  privacy_item_labels: 'The note versions and audiences you labelled, and the ones currently chosen.',
  privacy_item_note_history: 'Your recent sent notes, to warn when a new note repeats a template.',
  privacy_item_volume: 'Two figures: requests sent in the last 7 days, and free notes left this month.',
  privacy_item_summary:
    'The number of people tracked and due, and the first due items, so the popup opens at once.',
  privacy_item_meta: 'The record format version and when records were last checked.',
  privacy_item_undo: 'The state before your last few tracked requests, for Undo.',
  privacy_item_focus:
    'Per open tab, whether the last box you focused on LinkedIn was recognised, and why not (for the side panel).',
  privacy_item_warning_figures:
    'Per warning the coach gives, how many of your sent notes had it and how many were accepted or answered.',
  privacy_item_template_figures:
    'The templates found in your sent notes: each one’s text with its blanks, and how many were sent, accepted and answered.',
  privacy_item_page_quota:
    'The personalised notes LinkedIn’s invitation dialog said you have left this month, and when it said so.',
  privacy_item_withdraw_review:
    'The stale requests you are reviewing after “I withdrew these”, until you confirm which ones you withdrew.',
  privacy_item_sheet_memory:
    'How you told the import to read your spreadsheet columns and values, so the next import asks less.',
  privacy_item_first_run: 'When the welcome page was first shown, so that it opens by itself only once.',
  privacy_item_ui_catalogue:
    'The screens’ text in the language you chose in the settings, copied from the extension itself so the coach on LinkedIn pages can show it.',
  privacy_kept_until_removed: 'Until you remove the extension.',
  privacy_kept_until_deleted: 'Until you delete it, wipe everything, or remove the extension.',
  privacy_kept_until_fixed: 'Until you delete it on the dashboard, wipe everything, or remove the extension.',
  privacy_kept_derived: 'Rewritten from your records as they change; removed with them.',
  privacy_kept_undo: 'The last 20 requests; removed when you wipe everything or remove the extension.',
  privacy_kept_month:
    'Until LinkedIn’s dialog shows a newer count or you remove the extension; ignored once its month is over.',
  privacy_kept_session: 'Until the browser closes (session storage) or the tab closes.',
  privacy_kept_language:
    'While a language other than the browser’s is chosen; rewritten when the extension updates.',

  // Why each permission (privacy_perm_*).
  privacy_perm_storage: 'Keep your tracker and settings on this device.',
  privacy_perm_unlimited_storage:
    'Large trackers (20,000 people take about 7.8 MB) can pass the default 10 MB.',
  privacy_perm_alarms: 'Re-check what is due, and the optional daily reminder.',
  privacy_perm_scripting:
    'Load the coaching panel into a LinkedIn tab only once it is needed, and into tabs already open when you allow access to LinkedIn. Files from the extension only.',
  privacy_perm_side_panel: 'Chrome’s side panel for drafting without touching LinkedIn’s page.',
  privacy_perm_notifications: 'Optional, asked for only when you turn the daily reminder on.',
  privacy_perm_linkedin:
    'Read the www.linkedin.com page you are on, to coach beside its boxes. No other site.',
} as const;
