/**
 * Connect Coach in a real Firefox (ESR, headless) with the built Firefox package: what differs from
 * Chromium is the engine (Gecko's editing, shadow DOM, event order), the extension runtime (an event
 * page instead of a service worker, scripting.executeScript into the content script's sandbox,
 * moz-extension:// pages, the sidebar) and storage. So: every kind of box gets the coaching UI with
 * the exact count and limit, a request sent from the note dialog is tracked and shows in the popup's
 * checklist and on the dashboard, the sidebar's paste-in box coaches, and nothing errs or leaves.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedContact } from '../browser/stored';
import { FIXTURES } from '../fixtures/linkedin/index';
import { countsOf, type FirefoxSession, launchFirefox, waitForCoach } from './harness';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

/** The text a fixture's box starts with, as LinkedIn counts it (lines joined with one line break). */
function draftOf(fixture: string, index: number, field: 'note' | 'body' | 'subject'): string {
  return FIXTURES[fixture]?.expect.surfaces[index]?.text?.[field] ?? '';
}

const stored = async () =>
  (
    await session.ext(async () =>
      Object.entries(await browser.storage.local.get(null)).filter(([k]) => k.startsWith('contact:')),
    )
  ).map(([k, v]) => storedContact(k, v));

/** Clicks into a box and types (Firefox's keyboard over BiDi is slow: short texts). */
async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text);
}

describe('the stray-request record', () => {
  it('catches a request from the extension’s background page (positive control)', async () => {
    await session.ext(async () => {
      const bg = await browser.runtime.getBackgroundPage();
      await bg.fetch('https://example.invalid/firefox-probe').catch(() => undefined);
    });
    await expect.poll(() => session.strayRequests.join('\n')).toContain('example.invalid:443');
    session.strayRequests.length = 0;
  });
});

describe('every kind of box gets the coaching UI with the exact count and limit', () => {
  it('the 2026 note dialog (native <dialog>, free account: 200)', async () => {
    const page = await session.open('connect-2026-note-free');
    const text = 'Hi Ayşe, your post on accessibility audits was spot on. Glad to connect.';
    await typeInto(page, 'dialog[open] textarea', text);
    const hosts = await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === text.length));
    expect(countsOf(hosts).filter((c) => c.field === 'note')).toEqual([
      { field: 'note', count: text.length, limit: 200 },
    ]);
    expect(hosts.map((h) => h.recipient).join(' ')).toContain('Ayşe Yılmaz');

    // Sent by hand with LinkedIn's own button: tracked, with the note.
    await page.click('dialog[open] button[aria-label="Send invitation"]');
    await expect
      .poll(async () => (await stored()).map((c) => [c.name, c.status, c.request?.note]))
      .toEqual([['Ayşe Yılmaz', 'pending', text]]);
    await page.close();
  });

  it('the legacy artdeco note dialog (300)', async () => {
    const page = await session.open('connect-legacy-note');
    await typeInto(page, 'textarea#custom-message', 'Hej Søren!');
    const hosts = await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === 10));
    expect(countsOf(hosts).filter((c) => c.field === 'note')).toEqual([
      { field: 'note', count: 10, limit: 300 },
    ]);
    expect(hosts.map((h) => h.recipient).join(' ')).toContain('Søren Kierkegaard-Nielsen');
    await page.close();
  });

  it('a chat bubble with a three-line draft, plus an emoji typed (8,000; an emoji counts 2)', async () => {
    const page = await session.open('messaging-bubbles');
    const draft = draftOf('messaging-bubbles', 0, 'body');
    await page.click('[aria-label="Write a message…"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' 👋');
    const want = draft.length + 3;
    const hosts = await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === want));
    expect(countsOf(hosts).find((c) => c.count === want)).toEqual({
      field: 'body',
      count: want,
      limit: 8000,
    });
    expect(hosts.map((h) => h.recipient).join(' ')).toContain('Zoë Ångström');
    await page.close();
  });

  it('InMail: subject (200, from the page) and body (2,000, from our table)', async () => {
    const page = await session.open('inmail');
    const body = draftOf('inmail', 0, 'body');
    await typeInto(page, 'input[aria-label="Subject (required)"]', 'Partnership');
    const hosts = await waitForCoach(page, (h) =>
      countsOf(h).some((c) => c.field === 'subject' && c.count === 11),
    );
    expect(countsOf(hosts)).toEqual(
      expect.arrayContaining([
        { field: 'subject', count: 11, limit: 200 },
        { field: 'body', count: body.length, limit: 2000 },
      ]),
    );
    expect(hosts.map((h) => h.recipient).join(' ')).toContain('Camille Lefèvre');
    await page.close();
  });

  it('a comment box with the page’s own maxlength (3,000)', async () => {
    const page = await session.open('comment-2026');
    const draft = draftOf('comment-2026', 0, 'body');
    await page.click('[aria-label="Text editor for creating comment"][maxlength="3000"]');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    const hosts = await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === draft.length + 1));
    expect(countsOf(hosts).find((c) => c.count === draft.length + 1)).toEqual({
      field: 'body',
      count: draft.length + 1,
      limit: 3000,
    });
    await page.close();
  });
});

describe('the tracker pages', () => {
  it('the popup’s checklist and the dashboard show the request tracked above', async () => {
    const [ayse] = await stored();
    expect(ayse?.name).toBe('Ayşe Yılmaz');
    // She accepted: a first message is due, so the checklist lists her.
    const res = (await session.ext(
      (id: string) =>
        browser.runtime.sendMessage({ type: 'tracker/accepted', id, at: new Date().toISOString() }),
      ayse?.id ?? '',
    )) as { ok: boolean };
    expect(res.ok).toBe(true);

    const popup = await session.openExtensionPage('popup.html');
    const item = await popup.waitForSelector(`[data-testid="cc-due-item"][data-kind="first-message"]`);
    expect(await item?.evaluate((el) => el.textContent)).toContain('Ayşe Yılmaz');
    await popup.close();

    const dashboard = await session.openExtensionPage('dashboard.html');
    const row = await dashboard.waitForSelector('[data-testid="cc-row"]');
    expect(await row?.evaluate((el) => el.textContent)).toContain('Ayşe Yılmaz');
    await dashboard.close();
  });

  it('the sidebar’s paste-in box coaches: exact count, the account’s limit, InMail’s two fields', async () => {
    const side = await session.openExtensionPage('sidepanel.html');
    const text = 'Hi Zoë 👋 loved your talk on forecasting';
    await typeInto(side, '[data-testid="cc-paste-note"]', text);
    const meter = () =>
      side.$$eval('[data-testid="cc-count"]', (els) =>
        els.map((e) => [
          e.getAttribute('data-field'),
          Number(e.getAttribute('data-count')),
          Number(e.getAttribute('data-limit')),
        ]),
      );
    await expect.poll(meter).toEqual([['note', text.length, 200]]);
    await side.select('[data-testid="cc-paste-kind"]', 'inmail');
    await expect.poll(meter).toEqual([
      ['subject', 0, 200],
      ['body', 0, 2000],
    ]);
    await side.close();
  });
});

it('no page errors, no request left the browser', () => {
  expect(session.pageErrors).toEqual([]);
  expect(session.strayRequests).toEqual([]);
});
