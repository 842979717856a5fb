/**
 * One next step, the same everywhere and true to the page (issue 12), in real Chromium with the
 * built extension. Søren is tracked with a request pending for 26 days: his profile (pending), an
 * InMail to him (a bubble that links no profile: found by name), the popup and the `advise` command
 * line all say "Withdraw the request" with the same due date. Then his conversation on the messaging
 * page shows that his message ("Any update?") came last: the page is fresher, the record takes his
 * reply (kept in the dashboard's history for him), and every surface now says "Reply" with the same
 * date. Nothing here clicks, types into or submits LinkedIn's page.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/linkedin/index';
import { launch, type Session } from './harness';
import { storedContact } from './stored';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const DAY = 86_400_000;
const SOREN = 'https://www.linkedin.com/in/soren-kierkegaard-nielsen';

interface Shown {
  action: string | null;
  dueAt: string | null;
  due: string | null;
}

/** The next step a LinkedIn page shows, read through our open shadow roots (whichever host shows it). */
async function adviceOn(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out: { action: string | null; dueAt: string | null; due: string | null }[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          for (const a of el.shadowRoot.querySelectorAll('[data-testid="cc-advice"]'))
            out.push({
              action: a.getAttribute('data-action'),
              dueAt: a.getAttribute('data-due-at'),
              due: a.querySelector('.cc-advice-due')?.textContent ?? null,
            });
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return out;
  });
}

async function waitForAdvice(page: Page, action: string, count = 1): Promise<Shown[]> {
  let last: Shown[] = [];
  await expect
    .poll(
      async () => {
        last = await adviceOn(page);
        return last.filter((a) => a.action === action).length >= count;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return last.filter((a) => a.action === action);
}

async function popupItem(): Promise<Shown & { text: string }> {
  const popup = await session.openExtensionPage('popup.html');
  const item = popup.locator(`[data-testid="cc-due-item"][data-contact="${SOREN}"]`);
  await item.waitFor({ timeout: 15_000 });
  const shown = {
    action: await item.getAttribute('data-action'),
    dueAt: await item.getAttribute('data-due-at'),
    due: await item.getByTestId('cc-due-when').textContent(),
    text: (await item.textContent()) ?? '',
  };
  await popup.close();
  return shown;
}

async function record() {
  const all = (await session.worker.evaluate(() => chrome.storage.local.get(null))) as Record<
    string,
    unknown
  >;
  const key = `contact:${SOREN}`;
  return storedContact(key, all[key]);
}

/** The `advise` command line on the stored record, at `now`. */
function cli(contact: unknown, now: string) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/advise.ts', '--now', now], {
    input: JSON.stringify({ contact }),
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, TZ: Intl.DateTimeFormat().resolvedOptions().timeZone },
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { action: string; dueAt: string | null; dueDay: string | null };
}

describe('the same person on every surface', () => {
  it('profile, InMail, popup and the CLI agree; the messaging page updates the record and all follow', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    const sentAt = new Date(Date.now() - 26 * DAY).toISOString();
    const setup = await session.openExtensionPage('popup.html');
    const res = await setup.evaluate(
      (r) => chrome.runtime.sendMessage({ type: 'tracker/import', mode: 'merge', records: [r] }),
      {
        v: 2,
        id: SOREN,
        name: 'Søren Kierkegaard-Nielsen',
        profileUrl: `${SOREN}/`,
        degree: 2,
        request: { sentAt, note: null },
        messages: [],
        status: 'pending',
        signals: {},
        createdAt: sentAt,
        updatedAt: sentAt,
      },
    );
    expect(res).toMatchObject({ ok: true });
    await setup.close();

    // 1. His profile (LinkedIn shows the invitation pending, as on record).
    const profile = await session.open('profile-2026-pending');
    const [onProfile] = await waitForAdvice(profile, 'withdraw-request');
    await profile.close();

    // 2. An InMail to him: the bubble names him but links no profile.
    const inmailHtml = loadFixture('inmail', { seed: 1 })
      .replaceAll('Camille Lefèvre', 'Søren Kierkegaard-Nielsen')
      .replaceAll('camille-lefevre-lyon', 'soren-kierkegaard-nielsen');
    const inmail = await session.openHtml(`${SOREN}/detail/recent-activity/`, inmailHtml);
    const onInmail = await waitForAdvice(inmail, 'withdraw-request');
    await inmail.close();

    // 3. The popup's checklist.
    const inPopup = await popupItem();
    expect(inPopup.action).toBe('withdraw-request');

    // The same action and the same due date, in the same words.
    for (const shown of [...onInmail, onProfile as Shown]) {
      expect(shown.dueAt).toBe(inPopup.dueAt);
      expect(shown.due).toBe(inPopup.due);
    }
    console.info(`[one next step] before the thread: withdraw-request, ${inPopup.due} (${inPopup.dueAt})`);

    // 4. The CLI on the same record.
    const fromCli = cli(await record(), new Date().toISOString());
    expect(fromCli.action).toBe('withdraw-request');
    expect(fromCli.dueAt).toBe(inPopup.dueAt);

    // 5. The messaging page: his "Any update?" is the last message. The page wins; the record follows.
    const thread = await session.open('messaging-page');
    const [onThread] = await waitForAdvice(thread, 'reply');
    await expect.poll(async () => (await record()).status, { timeout: 10_000 }).toBe('replied');
    const after = await record();
    expect(after.history?.map((h) => [h.kind, h.source])).toEqual([['replied', 'thread']]);
    // Due 24 hours after his message, on a working day.
    expect(Date.parse(onThread?.dueAt as string)).toBeGreaterThanOrEqual(
      Date.parse(after.repliedAt as string) + DAY,
    );
    await thread.close();

    const profileAgain = await session.open('profile-2026-pending');
    const [onProfileAgain] = await waitForAdvice(profileAgain, 'reply');
    await profileAgain.close();
    const inPopupAgain = await popupItem();
    expect(inPopupAgain.action).toBe('reply');
    for (const shown of [onThread as Shown, onProfileAgain as Shown]) {
      expect(shown.dueAt).toBe(inPopupAgain.dueAt);
      expect(shown.due).toBe(inPopupAgain.due);
    }
    const cliAgain = cli(await record(), new Date().toISOString());
    expect(cliAgain).toMatchObject({ action: 'reply', dueAt: inPopupAgain.dueAt });
    console.info(`[one next step] after the thread: reply, ${inPopupAgain.due} (${inPopupAgain.dueAt})`);

    // The change is in his history on the dashboard.
    const dashboard = await session.openExtensionPage('dashboard.html');
    const row = dashboard.locator(`[data-testid="cc-row"][data-id="${SOREN}"]`);
    await row.getByTestId('cc-row-menu').click();
    await dashboard.getByRole('menuitem', { name: /Details and history \(1\)/ }).click();
    expect(await dashboard.getByTestId('cc-history-item').textContent()).toMatch(/their message/);
    await dashboard.close();
  });
});

describe('the quota the page shows', () => {
  it('LinkedIn\'s "1 personalized invitation remaining" wins over our own count of notes left', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    const setup = await session.openExtensionPage('popup.html');
    // A free account; by our own count, all 5 of this month's notes are left.
    await setup.evaluate(() =>
      chrome.storage.local.set({ settings: { accountType: 'free', monthlyFreeNotes: 5 } }),
    );
    await setup.close();
    const volume = () =>
      session.worker.evaluate(() => chrome.storage.local.get('volume').then((v) => v.volume)) as Promise<
        { notesLeft: number; notesLeftFrom?: string } | undefined
      >;
    await expect.poll(async () => (await volume())?.notesLeft, { timeout: 10_000 }).toBe(5);
    const dialog = await session.open('connect-2026-note-free');
    await expect
      .poll(
        async () => {
          const v = await volume();
          return v ? `${v.notesLeft} from ${v.notesLeftFrom}` : null;
        },
        { timeout: 10_000 },
      )
      .toBe('1 from page');
    await dialog.close();
  });
});

describe('hygiene', () => {
  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
