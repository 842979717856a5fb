/**
 * The browser's lifecycle in Chromium, with one profile and one unpacked copy of the extension kept
 * for the whole file (tests/browser/persistent.ts):
 * - install: the onboarding page opens; it works by keyboard alone, is axe-clean in light and dark,
 *   and its "try it" box coaches;
 * - an update while LinkedIn tabs are open: the old content script goes quiet (no "Extension context
 *   invalidated" in the page), its panel goes and one line says the tab needs a reload; a reload
 *   brings the coach back; the onboarding page does not open again;
 * - the service worker stopped in the middle of a burst of writes: every write acknowledged is
 *   stored, none twice;
 * - the browser restarted on the same profile: alarms, badge and due list come back;
 * - every storage key found after all this is one the privacy policy lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED } from '../../lib/privacy/policy';
import { loadFixture } from '../fixtures/linkedin/index';
import { launchPersistent, type PersistentSession } from './persistent';
import { storedContact } from './stored';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: PersistentSession;
beforeAll(async () => {
  session = await launchPersistent();
});
afterAll(async () => {
  await session?.close();
});

/** Forgets every tracked person the way the dashboard's wipe does (settings and the rest stay). */
async function wipeTracker() {
  const page = await session.openExtensionPage('popup.html');
  const res = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'tracker/wipe' }))) as {
    ok: boolean;
  };
  await page.close();
  expect(res.ok).toBe(true);
}

const onboardingUrl = () => `chrome-extension://${session.extensionId}/onboarding.html`;
const onboardingTabs = () => session.context.pages().filter((p) => p.url() === onboardingUrl());

/** Every element whose tag starts with connect-coach-, through open shadow roots. */
const ourTags = (page: Page) =>
  page.evaluate(() => {
    const tags: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName.startsWith('CONNECT-COACH-')) tags.push(el.tagName.toLowerCase());
        else if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return tags;
  });

const noteCount = (page: Page) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) {
      if (!el.tagName.startsWith('CONNECT-COACH-')) continue;
      const c = el.shadowRoot?.querySelector('[data-testid="cc-count"][data-field="note"]');
      if (c) return Number(c.getAttribute('data-count'));
    }
    return null;
  });

/** Serious and critical axe violations; on a LinkedIn page (`ours`) only those in our own elements. */
async function axe(page: Page, ours = false) {
  await page.evaluate(AXE);
  const res = await page.evaluate(async () => {
    type Result = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Result[] }> };
    };
    return (await w.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return res
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .filter((v) => !ours || v.targets.some((t) => t.includes('connect-coach')))
    .map((v) => `${v.id} ${v.targets.join(' ')}`);
}

/** Presses Tab until the focused element matches (fails after `max` presses): reachable by keyboard. */
async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('first run', () => {
  let onboarding: Page;

  it('installing opens the onboarding page, once; LinkedIn access is there', async () => {
    await expect.poll(() => onboardingTabs().length, { timeout: 10_000 }).toBe(1);
    onboarding = onboardingTabs()[0] as Page;
    await onboarding.getByTestId('cc-ob-settings').waitFor();
    await expect
      .poll(() => onboarding.getByTestId('cc-host-access').getAttribute('data-granted'))
      .toBe('true');
    expect(await onboarding.getByTestId('cc-ob-never').textContent()).toMatch(/never acts on LinkedIn/);
    expect(await onboarding.getByTestId('cc-ob-zone').inputValue()).toBe(
      await onboarding.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
  });

  it('works by keyboard alone: account, working days, reminder, save, and the try-it box', async () => {
    await onboarding.bringToFront();
    await onboarding.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(onboarding, '[data-testid^="cc-ob-account-"]');
    // Arrow keys move within the radio group: from "not sure" (the checked one) up to Premium.
    expect(await onboarding.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'cc-ob-account-unsure',
    );
    await onboarding.keyboard.press('ArrowUp');
    await expect.poll(() => onboarding.getByTestId('cc-ob-account-premium').isChecked()).toBe(true);
    // The focused control shows where focus is.
    const outline = await onboarding.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await tabTo(onboarding, '[data-testid="cc-ob-day-6"]');
    await onboarding.keyboard.press('Space');
    await tabTo(onboarding, '[data-testid="cc-ob-save"]');
    await onboarding.keyboard.press('Enter');
    await onboarding.getByTestId('cc-ob-status').waitFor();
    const worker = await session.worker();
    const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(settings).toMatchObject({
      accountType: 'premium',
      workingDays: [1, 2, 3, 4, 5, 6],
      timeZone: null,
    });

    // The try-it box: the sample note coached against Premium's 300; editing it by keyboard recounts.
    await tabTo(onboarding, '[data-testid="cc-paste-note"]');
    const count = onboarding.getByTestId('cc-ob-try').getByTestId('cc-count');
    const sample = await onboarding.getByTestId('cc-paste-note').inputValue();
    expect(await count.getAttribute('data-count')).toBe(String(sample.length));
    expect(await count.getAttribute('data-limit')).toBe('300');
    const rules = await onboarding
      .getByTestId('cc-ob-try')
      .getByTestId('cc-warning')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['placeholder', 'big-ask']));
    await onboarding.keyboard.press('Control+End');
    await onboarding.keyboard.type(' Thanks!');
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(sample.length + 8));
  });

  it.each(['light', 'dark'] as const)('is axe-clean in %s', async (scheme) => {
    await onboarding.emulateMedia({ colorScheme: scheme });
    const background = await onboarding.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(29, 34, 38)' : 'rgb(255, 255, 255)');
    expect(await axe(onboarding)).toEqual([]);
  });

  it('the privacy page it links to lists what is stored', async () => {
    const privacy = await session.openExtensionPage('privacy.html');
    await privacy.getByTestId('cc-privacy').waitFor();
    expect(await privacy.locator('tr[data-key]').count()).toBe(STORED.length);
    expect(await axe(privacy)).toEqual([]);
    await privacy.close();
  });
});

describe('updated while LinkedIn tabs are open', () => {
  it('the old script goes quiet, says once that the tab needs a reload, and a reload brings the coach back', async () => {
    const page = await session.open('connect-2026-note-free');
    await page.locator('dialog[open] textarea').click();
    await expect.poll(() => noteCount(page)).toBe(0);
    // A second tab with none of our UI yet (the gate dialog on the feed: no box, no profile card).
    const gate = await session.openHtml(
      'https://www.linkedin.com/feed/',
      loadFixture('connect-2026-gate', { seed: 2 }),
    );
    await gate.waitForTimeout(300);
    const errorsBefore = session.pageErrors.length;

    await session.update('99.0.1');
    const worker = await session.worker();
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.1');

    // The panel goes; one line says what happened.
    await expect.poll(() => ourTags(page), { timeout: 5000 }).toEqual(['connect-coach-notice']);
    const notice = await page.evaluate(() => {
      const box = document
        .querySelector('connect-coach-notice')
        ?.shadowRoot?.querySelector('[data-testid="cc-updated"]');
      const text = box?.querySelector('span') as HTMLElement | null;
      return {
        text: box?.textContent ?? '',
        lines: text
          ? Math.round(
              text.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(text).lineHeight),
            )
          : 0,
        role: box?.getAttribute('role'),
      };
    });
    expect(notice).toMatchObject({ lines: 1, role: 'status' });
    expect(notice.text).toMatch(/updated\. Reload this tab/);
    expect(await axe(page, true)).toEqual([]);

    // Typing on: nothing of ours reacts, nothing throws.
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Still typing');
    await page.waitForTimeout(1200);
    expect(await ourTags(page)).toEqual(['connect-coach-notice']);

    // The tab with no panel says nothing until a box we would coach gets focus.
    expect(await ourTags(gate)).toEqual([]);
    await gate.locator('dialog[open] button[aria-label="Add a note"]').click();
    await gate.locator('dialog[open] textarea').click();
    await expect.poll(() => ourTags(gate)).toEqual(['connect-coach-notice']);

    expect(session.pageErrors.slice(errorsBefore)).toEqual([]);
    // An update is not a first run.
    expect(onboardingTabs()).toHaveLength(0);

    await page.reload();
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Hi again');
    await expect.poll(() => noteCount(page), { timeout: 10_000 }).toBe(8);
    expect(await ourTags(page)).not.toContain('connect-coach-notice');
    await page.close();
    await gate.close();
  });
});

describe('the service worker stopped in the middle of a burst of writes', () => {
  it('every acknowledged write is stored, none twice', async () => {
    await wipeTracker();
    const page = await session.openExtensionPage('popup.html');
    // The pages' own resend logic (lib/protocol/resend.ts), compiled as it is, runs in the extension page.
    const retry = transformSync(
      readFileSync(join(import.meta.dirname, '../../lib/protocol/resend.ts'), 'utf8'),
      {
        loader: 'ts',
        format: 'iife',
        globalName: 'CCRetry',
      },
    ).code;
    await page.evaluate(retry);
    const PEOPLE = 150;
    await page.evaluate((people) => {
      type Req = { type: string; [k: string]: unknown };
      const w = window as unknown as {
        CCRetry: { sendWithResend(type: string, send: () => Promise<unknown>): Promise<unknown> };
        burst: { acked: number; failedAttempts: number; results: { ok: boolean }[]; done: boolean };
      };
      w.burst = { acked: 0, failedAttempts: 0, results: [], done: false };
      const day = Date.UTC(2026, 10, 2);
      const writes: Req[] = [];
      for (let i = 0; i < people; i++) {
        const profileUrl = `https://www.linkedin.com/in/burst-${i}/`;
        const id = `https://www.linkedin.com/in/burst-${i}`;
        writes.push({
          type: 'tracker/request-sent',
          input: {
            name: `Burst ${i}`,
            profileUrl,
            note: `Hi ${i}`,
            sentAt: new Date(day).toISOString(),
            accountType: null,
          },
        });
        writes.push({ type: 'tracker/accepted', id, at: new Date(day + 86_400_000).toISOString() });
        writes.push({ type: 'tracker/message-sent', id, at: new Date(day + 2 * 86_400_000).toISOString() });
        writes.push({ type: 'tracker/message-sent', id, at: new Date(day + 9 * 86_400_000).toISOString() });
      }
      // Each person's writes in order (a message needs the contact); people interleaved.
      const chains = Array.from({ length: people }, (_, i) =>
        writes.slice(i * 4, i * 4 + 4).reduce<Promise<void>>(
          (prev, req) =>
            prev.then(async () => {
              const answer = (await w.CCRetry.sendWithResend(req.type, async () => {
                try {
                  const a = await chrome.runtime.sendMessage(req);
                  if (a === undefined) w.burst.failedAttempts++;
                  return a;
                } catch (err) {
                  w.burst.failedAttempts++;
                  throw err;
                }
              }).catch(() => ({ ok: false }))) as { ok: boolean };
              w.burst.results.push(answer);
              if (answer.ok) w.burst.acked++;
            }),
          Promise.resolve(),
        ),
      );
      void Promise.all(chains).then(() => {
        w.burst.done = true;
      });
    }, PEOPLE);

    // Stop the worker twice while writes are in flight.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    for (const after of [100, 350]) {
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { burst: { acked: number } }).burst.acked), {
          interval: 5,
          timeout: 20_000,
        })
        .toBeGreaterThanOrEqual(after);
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { burst: { done: boolean } }).burst.done), {
        timeout: 30_000,
      })
      .toBe(true);
    const burst = await page.evaluate(
      () =>
        (window as unknown as { burst: { acked: number; failedAttempts: number; results: unknown[] } }).burst,
    );
    // The stops did cut writes off (the resend had work to do), and every write was acknowledged in the end.
    expect(burst.failedAttempts).toBeGreaterThan(0);
    expect(burst.results).toHaveLength(PEOPLE * 4);
    expect(burst.acked).toBe(PEOPLE * 4);

    const all = await (await session.worker()).evaluate(() => chrome.storage.local.get(null));
    const contacts = Object.entries(all)
      .filter(([k]) => k.startsWith('contact:'))
      .map(([k, v]) => storedContact(k, v));
    expect(contacts).toHaveLength(PEOPLE);
    for (const c of contacts) {
      expect(c.request?.note, c.name).toBe(`Hi ${c.name.slice('Burst '.length)}`);
      expect(c.acceptedAt, c.name).toBeDefined();
      expect(
        c.messages.map((m) => m.kind),
        c.name,
      ).toEqual(['first', 'follow-up']);
    }
    // One Undo entry per request recorded, never two for one.
    const undo = (all.trackerUndo as { id: string }[]).map((e) => e.id);
    expect(new Set(undo).size).toBe(undo.length);
    await page.close();
  });
});

describe('the browser restarted on the same profile', () => {
  it('alarms, badge and the due list come back; no onboarding', async () => {
    await wipeTracker();
    const sentAt = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const seed = await session.openExtensionPage('popup.html');
    const res = (await seed.evaluate(
      (at) =>
        chrome.runtime.sendMessage({
          type: 'tracker/request-sent',
          input: {
            name: 'Rita Restart',
            profileUrl: 'https://www.linkedin.com/in/rita-restart/',
            note: null,
            sentAt: at,
            accountType: null,
          },
        }),
      sentAt,
    )) as { ok: boolean };
    await seed.close();
    expect(res.ok).toBe(true);
    await expect
      .poll(async () => (await session.worker()).evaluate(() => chrome.action.getBadgeText({})))
      .toBe('1');

    await session.restart();

    const after = await session.worker();
    await expect
      .poll(() => after.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toBe('1');
    const alarms = (await after.evaluate(() => chrome.alarms.getAll())) as { name: string }[];
    expect(alarms.map((a) => a.name)).toEqual(expect.arrayContaining(['cc-daily-digest', 'cc-reminders']));
    const popup = await session.openExtensionPage('popup.html');
    await expect(
      popup.locator('[data-testid="cc-due-item"][data-kind="withdraw"]').textContent(),
    ).resolves.toContain('Rita Restart');
    expect(onboardingTabs()).toHaveLength(0);
    await popup.close();
  });
});

describe('what is stored', () => {
  it('every key in storage is one the privacy policy lists', async () => {
    // A tour that writes most keys: a tracked request with a labelled note, settings, the side panel.
    const page = await session.open('connect-2026-note-free');
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Hi Ayşe, your audit post was great.');
    await expect.poll(() => noteCount(page)).toBe(35);
    await page.locator('dialog[open] button[aria-label="Send invitation"]').click();
    await page.waitForTimeout(800);
    const side = await session.openExtensionPage('sidepanel.html');
    await side.waitForTimeout(300);
    const worker = await session.worker();
    const keys = await worker.evaluate(async () => [
      ...Object.keys(await chrome.storage.local.get(null)).map((k) => `local:${k}`),
      ...Object.keys(await chrome.storage.session.get(null)).map((k) => `session:${k}`),
    ]);
    expect(keys.length).toBeGreaterThan(5);
    const listed = (key: string) =>
      STORED.some((s) =>
        s.key.includes('<')
          ? key.startsWith(s.key.slice(0, s.key.indexOf('<')))
          : key === s.key || key === `${s.key}$`,
      );
    expect(keys.filter((k) => !listed(k))).toEqual([]);
    await side.close();
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
