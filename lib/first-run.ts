/**
 * Whether the onboarding page was shown. Browsers report "install" more often than a user installs:
 * Firefox's temporary add-ons and Chrome's unpacked ones (loaded from the command line) are installed
 * again at every start. The page opens by itself only on the first of those, never after an update.
 * Uninstalling clears extension storage, so a real reinstall shows it again.
 */
import { storage } from 'wxt/utils/storage';

export const FIRST_RUN_KEY = 'local:onboardingShown';

/** When the onboarding page was first opened by itself (ISO), or null. */
export const firstRunItem = storage.defineItem<string | null>(FIRST_RUN_KEY, { fallback: null });

/** Runs `open` unless the page was shown before; records it first, so a crash cannot show it twice. */
export async function openOnboardingOnce(open: () => Promise<unknown>, now = new Date()): Promise<boolean> {
  if (await firstRunItem.getValue()) return false;
  await firstRunItem.setValue(now.toISOString());
  await open();
  return true;
}
