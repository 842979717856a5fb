/**
 * Issue 6 end to end: label a note with a version and audience in the panel, send it on LinkedIn's
 * own dialog, and see it counted on the dashboard's insight view; the volume guard appears in the
 * panel when many requests went out this week.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type Session, waitForPanels } from './harness';
import { storedContact } from './stored';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await session.worker.evaluate(() => chrome.storage.local.clear());
});

const inPanel = (page: Page, css: string) => page.locator(`connect-coach-panel ${css}`);

describe('which of my notes works', () => {
  it('a note labelled in the panel is counted under its version on the dashboard', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await inPanel(page, '[data-testid="cc-version"]').selectOption({ label: 'New version…' });
    await inPanel(page, '[data-testid="cc-version-input"]').fill('Question opener');
    await inPanel(page, '[data-testid="cc-version-input"]').press('Enter');
    await inPanel(page, '[data-testid="cc-audience"]').selectOption({ label: 'New audience…' });
    await inPanel(page, '[data-testid="cc-audience-input"]').fill('Recruiters');
    await inPanel(page, '[data-testid="cc-audience-input"]').press('Enter');
    await expect.poll(() => inPanel(page, '[data-testid="cc-version"]').inputValue()).toBe('Question opener');

    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Hi Ayşe, how do you run the first accessibility audit at a new company?');
    await page.locator('dialog[open] button[aria-label="Send invitation"]').click();
    await expect
      .poll(() =>
        session.worker
          .evaluate(async () => {
            const all = await chrome.storage.local.get(null);
            return Object.entries(all).find(([k]) => k.startsWith('contact:')) ?? null;
          })
          .then((entry) => {
            const c = entry ? storedContact(entry[0], entry[1]) : null;
            return c ? [c.version, c.audience] : null;
          }),
      )
      .toEqual(['Question opener', 'Recruiters']);

    const dashboard = await session.openExtensionPage('dashboard.html');
    const table = dashboard.getByTestId('cc-rate-table-version');
    await table.waitFor();
    const row = table.locator('tr', { hasText: 'Question opener' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/1/);
    await dashboard.close();
    await page.close();
  });

  it('the volume guard shows in the note panel after many requests this week', async () => {
    const seeder = await session.openExtensionPage('popup.html');
    const now = Date.now();
    const records = Array.from({ length: 80 }, (_, i) => {
      const at = new Date(now - (i % 6) * 86_400_000 - 3_600_000).toISOString();
      return {
        v: 1,
        id: `https://www.linkedin.com/in/seed-${i}`,
        name: `Seed ${i}`,
        profileUrl: `https://www.linkedin.com/in/seed-${i}/`,
        degree: 2,
        messages: [],
        status: 'pending',
        signals: {},
        request: { sentAt: at, note: null },
        createdAt: at,
        updatedAt: at,
      };
    });
    const res = (await seeder.evaluate(
      (r) => chrome.runtime.sendMessage({ type: 'tracker/import', records: r, mode: 'merge' }),
      records,
    )) as { ok: boolean };
    expect(res.ok).toBe(true);
    await seeder.close();
    await expect
      .poll(() => session.worker.evaluate(async () => (await chrome.storage.local.get('volume')).volume), {
        timeout: 10_000,
      })
      .toMatchObject({ last7Days: 80 });

    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await expect
      .poll(() => inPanel(page, '[data-testid="cc-volume"]').textContent())
      .toMatch(/80 requests in the last 7 days/);
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
