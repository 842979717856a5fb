/**
 * The privacy policy as facts: every storage key the extension writes, how long it is kept, and every
 * permission with its reason. The privacy page (entrypoints/privacy) and the store's text
 * (assets/store/privacy-policy.md, written by scripts/write-policy.ts) are both made from this, and
 * tests/unit/privacy/policy.test.ts checks it against the code: every key the code names and every
 * permission in the built manifests must be here, and nothing here that the code does not use.
 */
import type { PlainKey } from '../i18n/t';

/** The day the policy last changed in substance (shown on the page). */
export const POLICY_DATE = '2026-12-05';

export interface StoredFact {
  /** The storage key as the code names it (WXT's area:key form); <…> marks the variable part. */
  key: string;
  what: PlainKey;
  kept: PlainKey;
}

export const STORED: readonly StoredFact[] = [
  { key: 'local:contact:<profile URL>', what: 'privacy_item_contact', kept: 'privacy_kept_until_deleted' },
  {
    key: 'local:quarantine:<original key>',
    what: 'privacy_item_quarantine',
    kept: 'privacy_kept_until_fixed',
  },
  { key: 'local:settings', what: 'privacy_item_settings', kept: 'privacy_kept_until_deleted' },
  { key: 'local:panelPrefs', what: 'privacy_item_panel_prefs', kept: 'privacy_kept_until_deleted' },
  { key: 'local:labels', what: 'privacy_item_labels', kept: 'privacy_kept_until_deleted' },
  { key: 'local:noteHistory', what: 'privacy_item_note_history', kept: 'privacy_kept_derived' },
  { key: 'local:volume', what: 'privacy_item_volume', kept: 'privacy_kept_derived' },
  { key: 'local:trackerSummary', what: 'privacy_item_summary', kept: 'privacy_kept_derived' },
  { key: 'local:trackerMeta', what: 'privacy_item_meta', kept: 'privacy_kept_derived' },
  { key: 'local:warningFigures', what: 'privacy_item_warning_figures', kept: 'privacy_kept_derived' },
  { key: 'local:templateFigures', what: 'privacy_item_template_figures', kept: 'privacy_kept_derived' },
  { key: 'local:pageQuota', what: 'privacy_item_page_quota', kept: 'privacy_kept_month' },
  { key: 'local:sheetMemory', what: 'privacy_item_sheet_memory', kept: 'privacy_kept_until_removed' },
  { key: 'local:trackerUndo', what: 'privacy_item_undo', kept: 'privacy_kept_undo' },
  { key: 'local:onboardingShown', what: 'privacy_item_first_run', kept: 'privacy_kept_until_removed' },
  { key: 'local:uiCatalogue', what: 'privacy_item_ui_catalogue', kept: 'privacy_kept_language' },
  { key: 'session:withdrawReview', what: 'privacy_item_withdraw_review', kept: 'privacy_kept_session' },
  { key: 'session:focusReports', what: 'privacy_item_focus', kept: 'privacy_kept_session' },
];

export interface PermissionFact {
  /** As in the manifest: a permission name or a host pattern. */
  name: string;
  why: PlainKey;
  /** Only in one browser's build. */
  only?: 'chrome' | 'firefox';
  optional?: boolean;
}

export const PERMISSIONS: readonly PermissionFact[] = [
  { name: 'storage', why: 'privacy_perm_storage' },
  { name: 'unlimitedStorage', why: 'privacy_perm_unlimited_storage' },
  { name: 'alarms', why: 'privacy_perm_alarms' },
  { name: 'scripting', why: 'privacy_perm_scripting' },
  { name: 'sidePanel', why: 'privacy_perm_side_panel', only: 'chrome' },
  { name: 'notifications', why: 'privacy_perm_notifications', optional: true },
  { name: 'https://www.linkedin.com/*', why: 'privacy_perm_linkedin' },
];
