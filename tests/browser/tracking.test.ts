/**
 * Observing what the user does by hand, in the real browser: a request sent from LinkedIn's own
 * dialog is tracked (with Undo), advice follows the person, a profile showing 1st degree marks a
 * pending request accepted, and the Sent page offers to sync.
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

const stored = async () =>
  (
    await session.worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all).filter(([k]) => k.startsWith('contact:'));
    })
  ).map(([k, v]) => storedContact(k, v));

/** Sends a tracker request through the background, as the extension's pages do. */
async function tracker(request: object) {
  const page = await session.openExtensionPage('popup.html');
  const res = await page.evaluate((r) => chrome.runtime.sendMessage(r), request);
  await page.close();
  return res as { ok: boolean };
}

const shadowText = (page: Page, host: string, testid: string) =>
  page.evaluate(
    ([h, t]) =>
      document.querySelector(h as string)?.shadowRoot?.querySelector(`[data-testid="${t}"]`)?.textContent ??
      null,
    [host, testid],
  );
const shadowAttr = (page: Page, host: string, testid: string, attr: string) =>
  page.evaluate(
    ([h, t, a]) =>
      document
        .querySelector(h as string)
        ?.shadowRoot?.querySelector(`[data-testid="${t}"]`)
        ?.getAttribute(a as string) ?? null,
    [host, testid, attr],
  );

/** Clicks one of our controls inside its shadow root. */
const clickIn = (page: Page, host: string, testid: string) =>
  page.evaluate(
    ([h, t]) => {
      const el = document.querySelector(h as string)?.shadowRoot?.querySelector(`[data-testid="${t}"]`);
      if (!(el instanceof HTMLElement)) throw new Error(`no ${t} in ${h}`);
      el.click();
    },
    [host, testid],
  );

describe('requests sent by hand are remembered', () => {
  it('Send in the note dialog tracks the request with its note, and Undo forgets it', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Hi Ayşe, your post on accessibility audits was spot on. Glad to connect.');
    await page.locator('dialog[open] button[aria-label="Send invitation"]').click();
    await expect
      .poll(() => shadowText(page, 'connect-coach-toast', 'cc-toast'))
      .toMatch(/Tracked: request to Ayşe Yılmaz/);
    const [contact] = await stored();
    expect(contact).toMatchObject({ name: 'Ayşe Yılmaz', status: 'pending' });
    expect(contact?.request?.note).toBe(
      'Hi Ayşe, your post on accessibility audits was spot on. Glad to connect.',
    );

    await clickIn(page, 'connect-coach-toast', 'cc-toast-action');
    await expect.poll(async () => (await stored()).length).toBe(0);
    await page.close();
  });

  it('"Send without a note" after Connect tracks a blank request (SPA page, no panel involved)', async () => {
    const page = await session.open('spa-harness');
    await page.locator('main a[href="/in/zoe-angstrom-4a1b2c/"]').first().click();
    await page.locator('main a[href*="/preload/custom-invite/"]').first().click();
    await page.locator('dialog[open] button[aria-label="Send without a note"]').click();
    await expect
      .poll(async () => (await stored()).map((c) => [c.name, c.status, c.request?.note]))
      .toEqual([['Zoë Ångström', 'pending', null]]);
    await page.close();
  });
});

describe('advice for the person on screen', () => {
  it('the note dialog shows the next step for this person (a "Head of" without InMail credits: engage first)', async () => {
    const page = await session.open('connect-legacy-note');
    await waitForPanels(page, 1);
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-panel', 'cc-advice', 'data-action'))
      .toBe('engage-first');
    expect(await shadowText(page, 'connect-coach-panel', 'cc-advice')).toMatch(/Søren/);
    await page.close();
  });

  it('in the note dialog, a note that references something specific turns "send blank" into "send with the note"', async () => {
    const page = await session.open('connect-2026-note-premium');
    await waitForPanels(page, 1);
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-panel', 'cc-advice', 'data-action'))
      .toBe('send-request-blank');
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type(
      'Hi, your talk on martial arts films at the Hong Kong film festival was wonderful. Glad to connect.',
    );
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-panel', 'cc-advice', 'data-action'))
      .toBe('send-request-with-note');
    await page.close();
  });

  it('a profile gets a chip with the next step; its card opens from the chip; one click on a signal changes the advice and is remembered', async () => {
    const page = await session.open('profile-2026-connectable');
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-card', 'cc-advice', 'data-action'))
      .toBe('send-request-blank');
    expect(await shadowAttr(page, 'connect-coach-card', 'cc-profile-state', 'data-state')).toBe(
      'connectable',
    );
    // The chip floats in the top card's free corner and names the next step.
    await expect
      .poll(() => shadowText(page, 'connect-coach-card', 'cc-profile-chip'))
      .toMatch(/Next step: Send the request without a note/);
    await page.locator('connect-coach-card [data-testid="cc-profile-chip"]').click();
    await page.locator('connect-coach-card [data-testid="cc-signal-engaged"]').click();
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-card', 'cc-advice', 'data-action'))
      .toBe('send-request-with-note');
    const [contact] = await stored();
    expect(contact?.signals).toHaveProperty('engagedWithMyContent');
    await page.reload();
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-card', 'cc-advice', 'data-action'))
      .toBe('send-request-with-note');
    await page.close();
  });

  it('a chat shows the next step for the person in it', async () => {
    const page = await session.open('messaging-page');
    await waitForPanels(page, 1);
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-panel', 'cc-advice', 'data-action'))
      .not.toBeNull();
    await page.close();
  });

  it('a pending request whose profile now shows 1st degree is marked accepted', async () => {
    const sentAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    expect(
      (
        await tracker({
          type: 'tracker/request-sent',
          input: {
            name: 'Nguyễn Thị Minh Khai',
            profileUrl: 'https://www.linkedin.com/in/nguyen-thi-minh-khai/',
            note: null,
            sentAt,
            accountType: 'free',
          },
        })
      ).ok,
    ).toBe(true);
    const page = await session.open('profile-2026-first');
    await expect.poll(async () => (await stored())[0]?.status).toBe('accepted');
    await expect
      .poll(() => shadowAttr(page, 'connect-coach-card', 'cc-advice', 'data-action'))
      .toBe('send-first-message');
    await page.close();
  });
});

describe('Sent invitations page', () => {
  it('offers to sync: found, new, already tracked; importing makes them tracked', async () => {
    await tracker({
      type: 'tracker/request-sent',
      input: {
        name: 'Ayşe Yılmaz',
        profileUrl: 'https://www.linkedin.com/in/ayse-yilmaz-ist/',
        note: null,
        sentAt: new Date().toISOString(),
        accountType: null,
      },
    });
    const page = await session.open('sent-2026');
    await expect.poll(() => shadowAttr(page, 'connect-coach-sync', 'cc-sent-sync', 'data-found')).toBe('5');
    expect(await shadowAttr(page, 'connect-coach-sync', 'cc-sent-sync', 'data-new')).toBe('4');
    await expect.poll(() => shadowText(page, 'connect-coach-sync', 'cc-sync-chip')).toMatch(/Sync 4 new/);
    await page.locator('connect-coach-sync [data-testid="cc-sync-chip"]').click();
    await page.locator('connect-coach-sync [data-testid="cc-sync-import"]').click();
    await expect.poll(() => shadowAttr(page, 'connect-coach-sync', 'cc-sent-sync', 'data-new')).toBe('0');
    expect((await stored()).length).toBe(5);
    await page.close();
  });
});

describe('hygiene', () => {
  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
