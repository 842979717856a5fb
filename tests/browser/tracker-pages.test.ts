/**
 * The tracker's pages in real Chromium with the built extension: the popup checklist lists what is
 * due and ticks it off through the background's writer; the badge counts; the dashboard lists,
 * filters, exports a CSV (read back from its Blob URL) and wipes after a typed confirmation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

// The page and worker globals these evaluate() callbacks run against (only what they use).
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

function record(slug: string, name: string, over: Record<string, unknown>) {
  const url = `https://www.linkedin.com/in/${slug}`;
  return {
    v: 1,
    id: url,
    name,
    profileUrl: url,
    degree: null,
    messages: [],
    status: 'none',
    signals: {},
    createdAt: iso(40 * DAY),
    updatedAt: iso(40 * DAY),
    ...over,
  };
}

// Ana accepted 3 days ago: her first message is a day overdue. Bo's request is 25 days old: withdraw.
// Cy's request is 2 days old: nothing due.
const RECORDS = [
  record('ana-tracker', 'Ana Tracker', {
    degree: 1,
    request: { sentAt: iso(10 * DAY), note: null },
    acceptedAt: iso(3 * DAY),
    status: 'accepted',
    audience: 'CTOs',
    version: 'v1',
  }),
  record('bo-tracker', 'Bo Tracker', {
    request: { sentAt: iso(25 * DAY), note: 'Loved your talk' },
    status: 'pending',
    audience: 'CTOs',
    version: 'v2',
  }),
  record('cy-tracker', 'Cy Tracker', {
    request: { sentAt: iso(2 * DAY), note: null },
    status: 'pending',
    audience: 'Founders',
    version: 'v1',
  }),
];

async function send(page: Page, message: unknown) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message as object);
}

const badge = () => session.worker.evaluate(() => chrome.action.getBadgeText({}));

describe('tracker pages', () => {
  it('the popup lists due items; Done removes one and the badge follows', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByTestId('cc-checklist-empty').waitFor();
    const res = (await send(popup, { type: 'tracker/import', records: RECORDS, mode: 'merge' })) as {
      ok: boolean;
      result: { added: number };
    };
    expect(res).toMatchObject({ ok: true, result: { added: 3 } });

    const items = popup.getByTestId('cc-due-item');
    await expect.poll(() => items.count()).toBe(2);
    const ana = popup.locator(
      '[data-testid="cc-due-item"][data-contact="https://www.linkedin.com/in/ana-tracker"]',
    );
    expect(await ana.getAttribute('data-kind')).toBe('first-message');
    expect(await ana.getByTestId('cc-due-when').textContent()).toBe('overdue by 1 day');
    const bo = popup.locator('[data-testid="cc-due-item"][data-kind="withdraw"]');
    expect(await bo.textContent()).toContain('pending 25 days');
    await expect.poll(badge).toBe('2');

    await ana.getByRole('button', { name: /^Sent/ }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().getAttribute('data-kind')).toBe('withdraw');
    await expect.poll(badge).toBe('1');

    await bo.getByRole('button', { name: /^Withdrawn/ }).click();
    await popup.getByTestId('cc-checklist-empty').waitFor();
    expect(await popup.getByTestId('cc-done-item').first().textContent()).toMatch(/re-invite after/);
    await expect.poll(badge).toBe('');
    // The popup keeps the side-panel button.
    await popup.getByRole('button', { name: 'Draft in the side panel' }).waitFor();
    await popup.close();
  });

  it('the dashboard lists, filters and exports a CSV', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    const rows = page.getByTestId('cc-row');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByTestId('cc-filter-status').selectOption('pending');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-id')).toBe('https://www.linkedin.com/in/cy-tracker');
    await page.getByTestId('cc-filter-status').selectOption('all');
    await page.getByTestId('cc-filter-audience').selectOption('CTOs');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByTestId('cc-filter-search').fill('bo');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('cc-filter-search').fill('');
    await page.getByTestId('cc-filter-audience').selectOption('all');

    await page.getByTestId('cc-export-csv').click();
    const link = page.getByTestId('cc-export-link');
    await link.waitFor();
    expect(await link.getAttribute('download')).toMatch(/^connect-coach-\d{4}-\d{2}-\d{2}\.csv$/);
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^blob:chrome-extension:/);
    const csv = await page.evaluate((u) => fetch(u).then((r) => r.text()), href);
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe(
      'name,profile_url,audience,version,channel,sent_at,note,status,accepted_at,first_message_at,replied_at,withdrawn_at,last_message_by',
    );
    expect(lines).toHaveLength(4);
    expect(csv).toContain('Bo Tracker,https://www.linkedin.com/in/bo-tracker,CTOs,v2');
    expect(csv).toMatch(/Bo Tracker,.*,withdrawn,/);
    await page.close();
  });

  it('wipe clears everything after the typed confirmation', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    const rows = page.getByTestId('cc-row');
    await expect.poll(() => rows.count()).toBe(3);
    const submit = page.getByTestId('cc-wipe-submit');
    expect(await submit.isDisabled()).toBe(true);
    await page.getByTestId('cc-wipe-confirm').fill('delete');
    expect(await submit.isDisabled()).toBe(true);
    await page.getByTestId('cc-wipe-confirm').fill('DELETE');
    await submit.click();
    await expect.poll(() => page.getByTestId('cc-wipe-status').textContent()).toContain('Removed 3 people');
    await expect.poll(() => rows.count()).toBe(0);
    const keys = await session.worker.evaluate(() =>
      chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('contact:'))),
    );
    expect(keys).toEqual([]);
    await page.close();
  });

  it('adds a person from a pasted profile URL and edits them', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    await page.getByTestId('cc-add-url').fill('https://de.linkedin.com/in/Dee-Dashboard/?trk=x');
    await page.getByTestId('cc-add-name').fill('Dee Dashboard');
    await page.getByTestId('cc-add-submit').click();
    const row = page.locator('[data-testid="cc-row"][data-id="https://www.linkedin.com/in/dee-dashboard"]');
    await row.waitFor();
    // The row's actions are one menu: its first item opens the person's details.
    await row.getByRole('button', { name: 'Actions for Dee Dashboard' }).click();
    await page.getByRole('menuitem', { name: 'Details…' }).click();
    await page.getByTestId('cc-edit-audience').fill('Designers');
    await page.getByTestId('cc-edit-save').click();
    await expect.poll(() => row.textContent()).toContain('Designers');
    // The same person again is recognised, whatever the URL's form.
    await page.getByTestId('cc-add-url').fill('linkedin.com/in/dee-dashboard');
    await page.getByTestId('cc-add-submit').click();
    await page.getByText('Dee Dashboard is already tracked.').waitFor();
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
