/**
 * Settings writes and the notifications permission. The tracker protocol has no settings message, so
 * the dashboard writes the one settings item itself (settingsItem from lib/tracker/storage.ts, which
 * versions and migrates it). The background watches that item and recomputes the badge. If a
 * 'settings/save' message is added to the protocol, only saveSettings changes.
 */
import { browser } from 'wxt/browser';
import { repairSettings, type Settings } from '../lib/tracker/settings';
import { settingsItem } from '../lib/tracker/storage';

export async function saveSettings(next: Settings): Promise<void> {
  const { value, repaired } = repairSettings(next);
  if (repaired.length) throw new Error(`invalid ${repaired.join(', ')}`);
  await settingsItem.setValue(value);
}

/** Must be called from a click handler: the browser only grants optional permissions in a gesture. */
export async function requestNotificationsPermission(): Promise<boolean> {
  const permissions = (browser as unknown as { permissions?: typeof browser.permissions }).permissions;
  if (!permissions) return false;
  return permissions.request({ permissions: ['notifications'] });
}
