/**
 * The tracker's public surface. Pure modules (schema, reminders, transfer, ics, sync, mutations) need no
 * browser; store, storage and writer use WXT's storage module.
 */

export { parseCsv } from '../sheet/parse-csv';
export { escapeIcsText, foldLine, icsDate, icsUid, toIcs } from './ics';
export { CONTACT_MIGRATIONS, type Migration, migrateRecord, SETTINGS_MIGRATIONS } from './migrations';
export { idFor, type MergeConflict, mergeContacts, type RequestSentInput, TrackerError } from './mutations';
export {
  handleTrackerRequest,
  isTrackerMessage,
  parseTrackerRequest,
  type TrackerRequest,
  type TrackerResponse,
  type TrackerResults,
} from './protocol';
export {
  badgeText,
  canReinviteAfter,
  type DueItem,
  type DueKind,
  type DueOptions,
  dueItemFor,
  dueItems,
  dueKind,
  nextChangeAt,
  reinviteBlocked,
} from './reminders';
export { type ContactRepair, repairContact } from './repair-contact';
export {
  CHANNELS,
  type Channel,
  CONTACT_VERSION,
  deriveStatus,
  STATUSES,
  type Status,
  type TrackedContact,
  TrackedContactSchema,
  toAdviceContact,
} from './schema';
export {
  DEFAULT_PANEL_PREFS,
  DEFAULT_SETTINGS,
  type PanelPrefs,
  type Settings,
  systemTimeZone,
  toAdviceSettings,
} from './settings';
export {
  KEYS,
  panelPrefsItem,
  readPanelPrefs,
  readSettings,
  readSettingsReport,
  repairPanelPrefs,
  repairSettings,
  SETTINGS_VERSION,
  settingsItem,
} from './storage';
export {
  contactKey,
  type QuarantineEntry,
  type ReadResult,
  readAllContacts,
  readContact,
  readQuarantine,
  type StoreProblem,
} from './store';
export {
  type FoundInvitation,
  type ParsedLabel,
  parseSentLabel,
  planSentSync,
  type SentSyncPlan,
} from './sync';
export {
  CSV_HEADER,
  CSV_STATUSES,
  escapeCell,
  type ImportError,
  type ImportOutcome,
  type ImportPlan,
  parseJsonExport,
  planImport,
  toCsv,
  toJsonExport,
  unescapeCell,
} from './transfer';
export { normaliseProfileUrl } from './url';
export { type ImportMode, type ImportResult, TrackerWriter, type WriterOptions } from './writer';
