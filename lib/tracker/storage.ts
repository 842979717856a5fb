/**
 * Every storage key the extension uses, area-prefixed, in one place. Values are repaired on read
 * (see repair.ts) so corrupted storage never crashes a panel.
 *
 * - local:settings (+ settings$ meta)   Settings, WXT item, version 2 (migrations.ts)
 * - local:panelPrefs (+ panelPrefs$)    PanelPrefs, WXT item, version 1
 * - local:contact:<normalised URL>      one TrackedContact each, own version `v` (store.ts)
 * - local:quarantine:<original key>     values that could not be read, kept as found, with the reason
 * - local:trackerMeta                   { contactVersion, checkedAt } after the writer's start-up check
 * - local:trackerUndo                   the last few "request recorded" states, for Undo
 * - local:trackerSummary                counts and the first due rows, for pages to show at once
 *                                       (summary.ts; a cache the background rebuilds, never the record)
 * - local:sheetMemory (+ sheetMemory$)  what the sheet import learned from the user: the field chosen
 *                                       for a header, the meaning chosen for a value (lib/sheet/memory.ts);
 *                                       like settings, a wipe of the tracker keeps it
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import {
  DEFAULT_PANEL_PREFS,
  DEFAULT_SETTINGS,
  type PanelPrefs,
  repairPanelPrefs,
  repairSettings,
  type Settings,
} from './settings';
import { CONTACT_PREFIX, QUARANTINE_PREFIX, TRACKER_META_KEY, UNDO_KEY } from './store';

const KEYS = {
  settings: 'local:settings',
  panelPrefs: 'local:panelPrefs',
  /** Prefix of the per-contact keys: `${KEYS.contactPrefix}${id}`. */
  contactPrefix: `local:${CONTACT_PREFIX}`,
  quarantinePrefix: `local:${QUARANTINE_PREFIX}`,
  trackerMeta: TRACKER_META_KEY,
  trackerUndo: UNDO_KEY,
  sheetMemory: 'local:sheetMemory',
} as const;

export const SETTINGS_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>(KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (old: Settings) => Settings>,
});
export const panelPrefsItem = storage.defineItem<PanelPrefs>(KEYS.panelPrefs, {
  fallback: DEFAULT_PANEL_PREFS,
  version: 1,
});

/** Repaired on read (repairMemory): a damaged value only forgets what was learned. */
export const sheetMemoryItem = storage.defineItem<unknown>(KEYS.sheetMemory, { fallback: null, version: 1 });

export async function readSettings(): Promise<Settings> {
  return (await readSettingsReport()).value;
}

/** Settings with the names of repaired fields, for a "we reset N settings" notice. */
export async function readSettingsReport(): Promise<{ value: Settings; repaired: string[] }> {
  try {
    return repairSettings(await settingsItem.getValue());
  } catch {
    return { value: { ...DEFAULT_SETTINGS }, repaired: ['(unreadable)'] };
  }
}

export async function readPanelPrefs(): Promise<PanelPrefs> {
  try {
    return repairPanelPrefs(await panelPrefsItem.getValue()).value;
  } catch {
    return { ...DEFAULT_PANEL_PREFS };
  }
}

export { repairPanelPrefs, repairSettings };
