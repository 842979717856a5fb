/**
 * "No network requests at all": the stray-request record that every browser suite checks also sees the
 * extension's own service worker. A deliberate request from the worker proves the record would catch one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Session, waitForPanels } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

it('a request from the service worker would be caught (positive control)', async () => {
  await session.worker.evaluate(() => fetch('https://example.invalid/probe').catch(() => undefined));
  await expect.poll(() => session.strayRequests).toContain('https://example.invalid/probe');
  session.strayRequests.length = 0;
});

it('a full tour (panels, tracking, popup, dashboard, side panel) makes no request from any context', async () => {
  const page = await session.open('connect-2026-note-free');
  await waitForPanels(page, 1);
  await page.locator('dialog[open] textarea').click();
  await page.keyboard.type('Hi Ayşe, your audit checklist post was great.');
  await page.locator('dialog[open] button[aria-label="Send invitation"]').click();
  await page.waitForTimeout(500);
  for (const path of ['popup.html', 'dashboard.html', 'sidepanel.html']) {
    const p = await session.openExtensionPage(path);
    await p.waitForTimeout(500);
    await p.close();
  }
  await page.close();
  expect(session.strayRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
