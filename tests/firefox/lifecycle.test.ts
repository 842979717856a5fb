/**
 * Firefox's lifecycle, with the package installed for good (from the profile, so it survives a
 * restart), LinkedIn access withheld at install (extensions.originControls.grantByDefault=false, as a
 * user can set it), and a short event-page idle timeout:
 * - install: the onboarding page opens, says access is missing and asks for it; once granted, a
 *   LinkedIn tab that was already open is coached; its settings are prefilled from the browser;
 * - the event page idles out and wakes for the next tab with nothing lost;
 * - the extension reloaded with a LinkedIn tab open: the old UI goes, the tab is coached again, and
 *   the onboarding page does not open again;
 * - Firefox restarted: the alarms, the badge and the due list come back.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsOf, EXT_BASE, type FirefoxSession, launchFirefox, readCoach, waitForCoach } from './harness';

const IDLE_MS = 2000;
// A zone the machine is not in: the onboarding page must read it from the browser.
const ZONE = 'Asia/Kolkata';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox({
    install: 'profile',
    env: { TZ: ZONE },
    prefs: {
      'extensions.originControls.grantByDefault': false,
      // permissions.request from our button is answered yes without a prompt (no UI to click headless).
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.background.idle.timeout': IDLE_MS,
    },
  });
});
afterAll(async () => {
  await session?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ONBOARDING = `${EXT_BASE}/onboarding.html`;

async function onboardingPage(): Promise<Page> {
  await expect.poll(() => session.urls(), { timeout: 15_000 }).toContain(ONBOARDING);
  const page = await session.pageAt(ONBOARDING);
  if (!page) throw new Error('no onboarding tab');
  await page.waitForSelector('[data-testid="cc-ob-settings"]');
  // Background tabs are throttled (timers, frames): work in the front one, as a user would.
  await page.bringToFront();
  return page;
}

const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (el, n) => el.getAttribute(n as string), name).catch(() => null);

const contacts = async () =>
  session.ext(async () =>
    Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('contact:')),
  );

/** When the background page last started (it changes when an idle page is started again). */
const backgroundStarted = () =>
  session.ext(async () => (await browser.runtime.getBackgroundPage()).performance.timeOrigin);

describe('first run with LinkedIn access withheld', () => {
  let linkedIn: Page;

  it('the onboarding page opens by itself and says access is missing; so does the popup', async () => {
    const onboarding = await onboardingPage();
    await expect.poll(() => attr(onboarding, '[data-testid="cc-host-access"]', 'data-granted')).toBe('false');
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector(
      '[data-testid="cc-host-access"][data-granted="false"] [data-testid="cc-grant-access"]',
    );
    await popup.close();

    // Without access, a LinkedIn tab gets nothing from us, even while the user types.
    linkedIn = await session.open('connect-2026-note-free');
    await linkedIn.click('dialog[open] textarea');
    await linkedIn.keyboard.type('Hi');
    await sleep(1500);
    expect(await readCoach(linkedIn)).toEqual([]);
  });

  it('“Allow access to LinkedIn” asks the browser; the tab already open is then coached', async () => {
    const onboarding = await onboardingPage();
    await onboarding.click('[data-testid="cc-grant-access"]');
    await expect.poll(() => attr(onboarding, '[data-testid="cc-host-access"]', 'data-granted')).toBe('true');
    expect(
      await session.ext(() => browser.permissions.contains({ origins: ['https://www.linkedin.com/*'] })),
    ).toBe(true);
    // No reload: the background puts the content script into the open tab.
    await linkedIn.bringToFront();
    await linkedIn.click('dialog[open] textarea');
    await linkedIn.keyboard.type('!');
    const hosts = await waitForCoach(linkedIn, (h) => countsOf(h).some((c) => c.count === 3));
    expect(countsOf(hosts).filter((c) => c.field === 'note')).toEqual([
      { field: 'note', count: 3, limit: 200 },
    ]);
  });

  it('the settings are prefilled from the browser (time zone) and saved; “try it” coaches the sample', async () => {
    const onboarding = await onboardingPage();
    expect(await onboarding.$eval('[data-testid="cc-ob-zone"]', (el) => (el as HTMLInputElement).value)).toBe(
      ZONE,
    );
    await onboarding.click('[data-testid="cc-ob-account-premium"]');
    await onboarding.click('[data-testid="cc-ob-day-5"]'); // no Fridays
    await onboarding.click('[data-testid="cc-ob-save"]');
    await onboarding.waitForSelector('[data-testid="cc-ob-status"][role="status"]');
    const settings = (await session.ext(
      async () => (await browser.storage.local.get('settings')).settings,
    )) as {
      accountType: string;
      workingDays: number[];
      timeZone: string | null;
    };
    expect(settings).toMatchObject({ accountType: 'premium', workingDays: [1, 2, 3, 4], timeZone: null });

    // The sample note: counted against Premium's 300, with the advice the note panel would give.
    const sample = await onboarding.$eval(
      '[data-testid="cc-paste-note"]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(await attr(onboarding, '[data-testid="cc-ob-try"] [data-testid="cc-count"]', 'data-count')).toBe(
      String(sample.length),
    );
    expect(await attr(onboarding, '[data-testid="cc-ob-try"] [data-testid="cc-count"]', 'data-limit')).toBe(
      '300',
    );
    const rules = await onboarding.$$eval('[data-testid="cc-ob-try"] [data-testid="cc-warning"]', (els) =>
      els.map((e) => e.getAttribute('data-rule')),
    );
    expect(rules).toEqual(expect.arrayContaining(['placeholder', 'big-ask']));
  });
});

describe('the event page', () => {
  it('idles out and wakes for the next tab with nothing lost', async () => {
    // A box we do not coach: its "why not" goes to the background for the sidebar.
    const unknown = await session.openHtml(
      'https://www.linkedin.com/jobs/view/4242/',
      '<!doctype html><title>Jobs | LinkedIn</title><main><h1>Apply</h1><textarea aria-label="Cover letter"></textarea></main>',
    );
    await unknown.click('textarea');
    await unknown.keyboard.type('Dear team');
    await sleep(300);
    const before = await backgroundStarted();
    await sleep(IDLE_MS * 2.5);
    // Asking for the page starts it again: a later start time means it had stopped.
    expect(await backgroundStarted()).toBeGreaterThan(before);

    // The sidebar still gets the report (kept in session storage, not in the stopped page's memory).
    const side = await session.openExtensionPage('sidepanel.html');
    const why = await side.waitForSelector('[data-testid="cc-unrecognised"]');
    expect(await why?.evaluate((el) => el.textContent)).toMatch(/did not recognise/);
    await side.close();
    await unknown.close();

    // Idle again; the next LinkedIn tab wakes it: coached, and a request sent there is tracked.
    const started = await backgroundStarted();
    await sleep(IDLE_MS * 2.5);
    const page = await session.open('connect-legacy-note');
    await page.click('textarea#custom-message');
    await page.keyboard.type('Hej Søren, loved your talk.');
    await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === 27));
    await page.click('button[aria-label="Send invitation"]');
    await expect.poll(contacts).toEqual(['contact:https://www.linkedin.com/in/soren-kierkegaard-nielsen']);
    expect(await backgroundStarted()).toBeGreaterThan(started);
    await page.close();
  });
});

describe('reloaded with a LinkedIn tab open', () => {
  it('the old UI goes, the same tab is coached by the new copy, and onboarding does not open again', async () => {
    // The user closed the welcome page.
    await (await session.pageAt(ONBOARDING))?.close();
    expect(await session.urls()).not.toContain(ONBOARDING);
    const page = await session.open('connect-2026-note-free');
    await page.click('dialog[open] textarea');
    await waitForCoach(page, (h) => countsOf(h).some((c) => c.field === 'note'));
    // Mark what the running copy inserted.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*'))
        if (el.tagName.startsWith('CONNECT-COACH-')) el.setAttribute('data-old-copy', '');
    });

    await session.ext(() => setTimeout(() => browser.runtime.reload(), 50)).catch(() => undefined);
    await sleep(1500);
    await page.click('dialog[open] textarea');
    await page.keyboard.type('Hello again');
    const hosts = await waitForCoach(page, (h) => countsOf(h).some((c) => c.count === 11));
    expect(countsOf(hosts).filter((c) => c.field === 'note')).toEqual([
      { field: 'note', count: 11, limit: 200 },
    ]);
    expect(await page.$$eval('[data-old-copy]', (els) => els.length)).toBe(0);
    expect(await session.urls()).not.toContain(ONBOARDING);
    // Still one copy of our UI (no leftovers beside the new one).
    expect(hosts.filter((h) => h.counts.length > 0)).toHaveLength(1);
    await page.close();
  });
});

describe('Firefox restarted (same profile)', () => {
  it('the alarms, the badge and the due list come back', async () => {
    // Søren accepted: a first message is due.
    const res = (await session.ext(() =>
      browser.runtime.sendMessage({
        type: 'tracker/accepted',
        id: 'https://www.linkedin.com/in/soren-kierkegaard-nielsen',
        at: new Date().toISOString(),
      }),
    )) as { ok: boolean };
    expect(res.ok).toBe(true);
    await expect.poll(() => session.ext(() => browser.action.getBadgeText({}))).toBe('1');

    await session.restart();

    // Nothing here wakes the background: the badge is back because it starts with Firefox.
    await expect
      .poll(() => session.ext(() => browser.action.getBadgeText({})), { timeout: 15_000 })
      .toBe('1');
    const alarms = await session.ext(async () => (await browser.alarms.getAll()).map((a) => a.name).sort());
    // (and cc-reminders-next, when something falls due later)
    expect(alarms).toEqual(expect.arrayContaining(['cc-daily-digest', 'cc-reminders']));
    expect(await session.urls()).not.toContain(ONBOARDING);
    const popup = await session.openExtensionPage('popup.html');
    const item = await popup.waitForSelector('[data-testid="cc-due-item"][data-kind="first-message"]');
    expect(await item?.evaluate((el) => el.textContent)).toContain('Søren');
    await popup.close();
  });
});

it('no page errors, no request left the browser', () => {
  expect(session.pageErrors).toEqual([]);
  expect(session.strayRequests).toEqual([]);
});
