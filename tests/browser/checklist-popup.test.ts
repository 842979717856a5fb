/**
 * The popup as a checklist cleared in two minutes (issue 12), in real Chromium with the built
 * extension, at the popup's own size (400×600): 60 due items, one line each, grouped by kind with
 * counts, the dashboard link at the top; the visible items are counted from their measured boxes.
 * "I withdrew these" opens LinkedIn's Sent page in a new tab and marks only the ticked requests. An
 * imported sheet of old conversations puts nothing overdue in the checklist. axe-clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axe } from './axe';
import { launch, type Session } from './harness';
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

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function person(i: number, over: Record<string, unknown>) {
  const url = `https://www.linkedin.com/in/person-${i}`;
  return {
    v: 2,
    id: url,
    name: `Person ${String(i).padStart(2, '0')} Example`,
    profileUrl: url,
    degree: null,
    messages: [],
    status: 'none',
    signals: {},
    // Followed live from well before the events below (not imported history).
    createdAt: ago(80),
    updatedAt: ago(80),
    ...over,
  };
}

/** 60 due steps: 10 replies, 15 first messages, 11 follow-ups, 24 stale requests. */
function sixty() {
  const out: ReturnType<typeof person>[] = [];
  let i = 0;
  for (let k = 0; k < 10; k++)
    out.push(
      person(i++, {
        degree: 1,
        request: { sentAt: ago(40), note: null },
        acceptedAt: ago(38),
        messages: [{ sentAt: ago(30), kind: 'first' }],
        repliedAt: ago(5 + k),
        status: 'replied',
      }),
    );
  for (let k = 0; k < 15; k++)
    out.push(
      person(i++, {
        degree: 1,
        request: { sentAt: ago(12), note: null },
        acceptedAt: ago(5 + (k % 3)),
        status: 'accepted',
      }),
    );
  for (let k = 0; k < 11; k++)
    out.push(
      person(i++, {
        degree: 1,
        request: { sentAt: ago(40), note: null },
        acceptedAt: ago(35),
        messages: [{ sentAt: ago(12 + k), kind: 'first' }],
        status: 'accepted',
      }),
    );
  for (let k = 0; k < 24; k++)
    out.push(person(i++, { request: { sentAt: ago(30 + k), note: null }, status: 'pending' }));
  return out;
}

async function importRecords(page: Page, records: unknown[]) {
  const res = await page.evaluate(
    (r) => chrome.runtime.sendMessage({ type: 'tracker/import', records: r, mode: 'merge' }),
    records,
  );
  expect(res).toMatchObject({ ok: true });
}

async function openPopup(): Promise<Page> {
  const page = await session.openExtensionPage('popup.html');
  await page.setViewportSize({ width: 400, height: 600 });
  return page;
}

/** Items whose line lies wholly inside the 400×600 viewport, measured. */
const visibleItems = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const el of document.querySelectorAll('[data-testid="cc-due-item"]')) {
      const r = (el.querySelector('.cc-due-row') ?? el).getBoundingClientRect();
      if (
        r.height > 0 &&
        r.top >= 0 &&
        r.bottom <= window.innerHeight &&
        r.left >= 0 &&
        r.right <= window.innerWidth
      )
        n++;
    }
    return n;
  });

describe('the popup checklist', () => {
  it('60 due items at 400×600: one line each, grouped with counts, the dashboard link on top', async () => {
    const page = await openPopup();
    await page.getByTestId('cc-checklist-empty').waitFor();
    await importRecords(page, sixty());
    await expect.poll(() => page.getByTestId('cc-due-item').count(), { timeout: 15_000 }).toBe(60);

    expect(await page.getByTestId('cc-due-summary').textContent()).toBe(
      '10 replies to answer · 15 first messages · 11 follow-ups · 24 stale requests',
    );
    const groups = await page
      .getByTestId('cc-due-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(groups).toEqual(['reply', 'first-message', 'follow-up', 'withdraw']);

    // The dashboard link is at the top, in view without scrolling.
    const dash = await page.getByTestId('cc-open-dashboard').boundingBox();
    expect(dash?.y).toBeLessThan(40);
    // Every item is one line: the row is as tall as one line of text (plus padding), never wrapped.
    const heights = await page
      .locator('[data-testid="cc-due-item"] .cc-due-row')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(36);
    // Nothing spills sideways.
    await page.screenshot({ path: '/tmp/popup60.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);

    const visible = await visibleItems(page);
    console.info(`[popup] ${visible} of 60 due items visible at 400×600 without scrolling`);
    expect(visible).toBeGreaterThanOrEqual(8);

    expect(await axe(page, false)).toEqual([]);
    // Opening a line shows its reason, links and snooze; still axe-clean.
    await page.locator('[data-testid="cc-due-item"] summary').first().click();
    await page.locator('.cc-due-reason').first().waitFor();
    expect(await axe(page, false)).toEqual([]);
    await page.close();
  });

  it('"I withdrew these 24" opens the Sent page in a new tab and marks only the ticked requests', async () => {
    const popup = await openPopup();
    await importRecords(popup, sixty());
    await expect.poll(() => popup.getByTestId('cc-due-item').count(), { timeout: 15_000 }).toBe(60);
    const [sent] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByTestId('cc-withdrew-these').click(),
    ]);
    expect(await popup.getByTestId('cc-withdrew-these').count()).toBe(0);
    // The browser's own record of the tab the user now has (it is not served here, so read the tab).
    const tabs = await session.worker.evaluate(() => {
      type Tab = { url?: string; pendingUrl?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } })
        .chrome;
      return api.tabs.query({}).then((all) => all.map((t) => t.pendingUrl || t.url));
    });
    expect(tabs).toContain('https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    await sent.close();
    const ticks = popup.getByTestId('cc-due-tick');
    expect(await ticks.count()).toBe(24);
    // Two were not withdrawn after all.
    await ticks.nth(0).uncheck();
    await ticks.nth(5).uncheck();
    await popup.getByTestId('cc-mark-withdrawn').click();
    await expect
      .poll(() => popup.locator('[data-kind="withdraw"][data-testid="cc-due-item"]').count(), {
        timeout: 20_000,
      })
      .toBe(2);
    expect(await popup.getByRole('status').last().textContent()).toBe('Marked 22 requests withdrawn.');
    const withdrawn = (await session.worker.evaluate(() => chrome.storage.local.get(null))) as Record<
      string,
      unknown
    >;
    const records = Object.entries(withdrawn)
      .filter(([k]) => k.startsWith('contact:'))
      .map(([k, v]) => storedContact(k, v));
    expect(records.filter((c) => c.status === 'withdrawn')).toHaveLength(22);
    expect(records.filter((c) => c.status === 'pending')).toHaveLength(2);
    await popup.close();
  });
});

describe('an imported sheet of old conversations', () => {
  it('puts nothing overdue in the checklist: history, not tasks', async () => {
    const dashboard = await session.openExtensionPage('dashboard.html');
    // A tracking sheet with conversations that ended weeks ago, who wrote last, undated replies, and
    // LinkedIn's own Connections.csv rows (accepted, no request).
    const d = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
    const sheet = [
      'name,profile_url,sent_at,status,accepted_at,first_message_at,replied_at,last_message_by',
      `Old Reply,https://www.linkedin.com/in/old-reply,${d(80)},replied,${d(78)},${d(77)},${d(43)},them`,
      `Answered Already,https://www.linkedin.com/in/answered,${d(60)},replied,${d(58)},${d(57)},${d(40)},me`,
      `Undated Reply,https://www.linkedin.com/in/undated,${d(90)},replied,${d(88)},,yes,`,
      `Old Accept,https://www.linkedin.com/in/old-accept,${d(50)},accepted,${d(45)},,,`,
      // As LinkedIn's Connections.csv gives them: connected long ago, no request.
      `Old Connection,https://www.linkedin.com/in/old-connection,,,${d(400)},,,`,
      `Another Connection,https://www.linkedin.com/in/another-connection,,,${d(30)},,,`,
      `Fresh Reply,https://www.linkedin.com/in/fresh-reply,${d(20)},replied,${d(18)},${d(17)},${d(3)},them`,
    ].join('\n');
    await dashboard.getByTestId('cc-import-file').setInputFiles({
      name: 'tracker.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sheet, 'utf8'),
    });
    await dashboard.getByTestId('cc-sheet-preview').waitFor();
    await dashboard.getByTestId('cc-import-confirm').click();
    await expect.poll(() => dashboard.getByTestId('cc-row').count(), { timeout: 15_000 }).toBe(7);

    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('cc-due-item').count(), { timeout: 15_000 }).toBe(1);
    const only = popup.getByTestId('cc-due-item');
    // The one fresh conversation (their reply three days ago) is the only task.
    expect(await only.getAttribute('data-contact')).toBe('https://www.linkedin.com/in/fresh-reply');
    expect(await only.getAttribute('data-action')).toBe('reply');
    await dashboard.close();
    await popup.close();
  });
});

describe('hygiene', () => {
  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    // The Sent page opened for the user is a LinkedIn URL the harness serves no fixture for.
    expect(session.strayRequests.filter((u) => !u.includes('/mynetwork/invitation-manager/sent/'))).toEqual(
      [],
    );
  });
});
