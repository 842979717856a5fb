import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstRunItem, openOnboardingOnce } from '../../../lib/first-run';

beforeEach(() => fakeBrowser.reset());

it('the onboarding page opens by itself once, however often the browser says "install"', async () => {
  let opened = 0;
  const open = async () => {
    opened++;
  };
  expect(await openOnboardingOnce(open, new Date('2026-12-05T10:00:00Z'))).toBe(true);
  expect(await openOnboardingOnce(open)).toBe(false);
  expect(opened).toBe(1);
  expect(await firstRunItem.getValue()).toBe('2026-12-05T10:00:00.000Z');
  // Removing the extension clears its storage: a real reinstall welcomes the user again.
  fakeBrowser.reset();
  expect(await openOnboardingOnce(open)).toBe(true);
  expect(opened).toBe(2);
});
