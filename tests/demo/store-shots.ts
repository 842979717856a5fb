/**
 * The store screenshots (Chrome Web Store and addons.mozilla.org both take 1280×800): the built
 * extension in headless Chromium on our LinkedIn-like pages, with a small made-up tracker, written to
 * assets/store/. The demo (`npm run demo`) runs this; on its own: `npm run store:shots`.
 *
 * Every shot is the real UI. The popup is narrower than a store screenshot, so it is shown on a plain
 * 1280×800 canvas beside one line saying what it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../browser/harness';

export const STORE_DIR = resolve(import.meta.dirname, '../../assets/store');
export const SHOT_SIZE = { width: 1280, height: 800 } as const;

const DAY = 86_400_000;

/** A small tracker in every state the checklist and the dashboard show. */
function demoTracker(now: number): object[] {
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const sent = (name: string, slug: string, daysAgo: number, note: string | null, version?: string) => ({
    type: 'tracker/request-sent',
    input: {
      name,
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      note,
      sentAt: iso(daysAgo),
      accountType: 'premium',
      ...(version ? { version, audience: 'Design leads' } : {}),
    },
  });
  const id = (slug: string) => `https://www.linkedin.com/in/${slug}`;
  return [
    sent(
      'Ayşe Yılmaz',
      'ayse-yilmaz-ist',
      9,
      'Hi Ayşe, your accessibility audit checklist was spot on.',
      'A',
    ),
    { type: 'tracker/accepted', id: id('ayse-yilmaz-ist'), at: iso(1) },
    sent('Søren Kierkegaard-Nielsen', 'soren-kierkegaard-nielsen', 26, null, 'B'),
    sent('Zoë Ångström', 'zoe-angstrom-4a1b2c', 14, 'Hi Zoë, loved your talk on design tokens.', 'A'),
    { type: 'tracker/accepted', id: id('zoe-angstrom-4a1b2c'), at: iso(12) },
    { type: 'tracker/message-sent', id: id('zoe-angstrom-4a1b2c'), at: iso(11) },
    sent('José Núñez', 'jose-nunez-88', 5, 'Hola José, your pilot write-up was great.', 'A'),
    // No CJK names here: the machines that make these shots may lack the fonts (boxes in a store image).
    sent('Priya Raghunathan', 'priya-raghunathan', 30, null, 'B'),
    sent('Camille Lefèvre', 'camille-lefevre-lyon', 20, 'Bonjour Camille, great panel at VivaTech.', 'A'),
    { type: 'tracker/accepted', id: id('camille-lefevre-lyon'), at: iso(18) },
    { type: 'tracker/message-sent', id: id('camille-lefevre-lyon'), at: iso(17) },
    { type: 'tracker/replied', id: id('camille-lefevre-lyon'), at: iso(16) },
    sent(
      'Nguyễn Thị Minh Khai',
      'nguyen-thi-minh-khai',
      3,
      'Hi Khai, your post on onboarding flows made me rethink ours.',
    ),
  ];
}

async function typeNote(page: Page, selector: string, text: string) {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
  await page.waitForTimeout(400);
}

/** A narrow extension page, shown at its own size on a 1280×800 canvas with one line of text. */
async function onCanvas(session: Session, png: Buffer, caption: string, file: string) {
  const page = await session.context.newPage();
  await page.setViewportSize(SHOT_SIZE);
  await page.setContent(
    `<!doctype html><html><body style="margin:0;height:800px;display:flex;align-items:center;justify-content:center;gap:56px;background:#eef3f8;font:600 30px/1.3 system-ui,sans-serif;color:#1d2226">
      <p style="max-width:440px;margin:0">${caption}</p>
      <img alt="" src="data:image/png;base64,${png.toString('base64')}" style="box-shadow:0 6px 24px rgb(0 0 0 / 18%);border-radius:10px">
    </body></html>`,
  );
  await page.screenshot({ path: file });
  await page.close();
}

/** Writes the screenshots; returns their paths. */
export async function storeShots(opts: { out?: string; build?: boolean } = {}): Promise<string[]> {
  const out = opts.out ?? STORE_DIR;
  mkdirSync(out, { recursive: true });
  if (opts.build) {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const session = await launch();
  // tsx keeps function names with an __name helper that page.evaluate'd code cannot see.
  await session.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const files: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(out, name);
    await page.screenshot({ path: file });
    files.push(file);
  };
  try {
    const seed = await session.openExtensionPage('popup.html');
    for (const request of demoTracker(Date.now()))
      await seed.evaluate((r) => chrome.runtime.sendMessage(r), request);
    await seed.close();

    const note = await session.open('connect-2026-note-free');
    await note.setViewportSize(SHOT_SIZE);
    await typeNote(
      note,
      'dialog[open] textarea',
      'Hi Ayşe, I came across your profile and would love to connect. Do you have 15 minutes for a quick call?',
    );
    await shot(note, '1-note-dialog.png');
    await note.close();

    const chat = await session.open('messaging-page');
    await chat.setViewportSize(SHOT_SIZE);
    await typeNote(
      chat,
      '[contenteditable="true"]',
      'Thanks for connecting, Søren! Your post on pricing pages made me rethink ours.',
    );
    await shot(chat, '2-message.png');
    await chat.close();

    const popup = await session.openExtensionPage('popup.html');
    // The size the toolbar popup opens at: its page is 400 px wide and browsers cap popups at 800×600.
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByTestId('cc-due-item').first().waitFor();
    await popup.waitForTimeout(300);
    const popupPng = await popup.screenshot();
    await popup.close();
    const checklist = join(out, '3-checklist.png');
    await onCanvas(
      session,
      popupPng,
      'Today’s checklist: who to follow up with, and which stale requests to withdraw. You act; it never does.',
      checklist,
    );
    files.push(checklist);

    const dashboard = await session.openExtensionPage('dashboard.html');
    await dashboard.setViewportSize(SHOT_SIZE);
    await dashboard.locator('[data-testid="cc-dashboard"][data-status="ready"]').waitFor();
    await dashboard.waitForTimeout(500);
    await shot(dashboard, '4-dashboard.png');
    await dashboard.close();

    const onboarding = await session.openExtensionPage('onboarding.html');
    await onboarding.setViewportSize(SHOT_SIZE);
    await onboarding.getByTestId('cc-ob-try').waitFor();
    await onboarding.waitForTimeout(300);
    await shot(onboarding, '5-welcome.png');
    await onboarding.close();
  } finally {
    await session.close();
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  storeShots({ build: true })
    .then((files) =>
      process.stdout.write(`Store screenshots (1280×800):\n${files.map((f) => `  ${f}\n`).join('')}`),
    )
    .catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
