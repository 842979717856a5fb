/**
 * Every storage key the extension uses, area-prefixed, in one place. Values are repaired on read
 * (see repair.ts) so corrupted storage never crashes a panel.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_PANEL_PREFS,
  DEFAULT_SETTINGS,
  type PanelPrefs,
  repairPanelPrefs,
  repairSettings,
  type Settings,
} from './settings';

export const KEYS = {
  settings: 'local:settings',
  panelPrefs: 'local:panelPrefs',
} as const;

export const settingsItem = storage.defineItem<Settings>(KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
export const panelPrefsItem = storage.defineItem<PanelPrefs>(KEYS.panelPrefs, {
  fallback: DEFAULT_PANEL_PREFS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).value;
}

export async function readPanelPrefs(): Promise<PanelPrefs> {
  return repairPanelPrefs(await panelPrefsItem.getValue()).value;
}

export { repairPanelPrefs, repairSettings };
