/**
 * `npm run demo`: builds the extension and opens Chromium with it loaded on our bundled LinkedIn-like
 * pages. No LinkedIn account and no network: every page is served from tests/fixtures/linkedin.
 * With a display it opens a real window and waits for you to close it; without one it runs headless.
 * Either way it types a sample draft at the end of what each compose box already holds, and saves a
 * screenshot of every surface at 1280×800 and 900×700, plus the popup, the dashboard and the side
 * panel, to demo-output/ (demo-output/readme-*.png are the cropped ones the README shows).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, readPanels, waitForPanels } from '../browser/harness';
import { TARGETS } from '../browser/measure';
import { FIXTURES } from '../fixtures/linkedin/index';

const OUT = resolve(import.meta.dirname, '../../demo-output');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

/** What to type at the end of each box: drafts with the mistakes people make, so the coach has work. */
const DRAFTS: Record<string, string> = {
  'connection-note':
    "Hi, I'd like to add you to my professional network. Could we hop on a quick call this week?",
  message: ' Would a 30-minute call on Friday work for you?',
  inmail: ' We help teams like yours grow ROI. Can we book a demo call next week?',
  salesnav: 'Hi, quick question: are you the right person to talk to about your data platform?',
  comment: ' Congrats!',
  post: ' What would you add?',
};

/** The README's pictures: surface, size, and what to crop to (the compose area plus our UI). */
const README = new Set(['connect-2026-note-free@1280', 'messaging-bubbles@1280', 'comment-2026@1280']);

/** The box of LinkedIn's compose area and our chip and card, for a cropped picture. */
async function cropAround(page: Page, name: string) {
  return page.evaluate((css) => {
    const boxes: DOMRect[] = [];
    const field = document.querySelector(css);
    const area =
      field?.closest('dialog, [role="dialog"], .msg-overlay-conversation-bubble, [role="article"], form') ??
      field;
    if (area) boxes.push(area.getBoundingClientRect());
    const root = document.querySelector('connect-coach-panel')?.shadowRoot;
    for (const el of root?.querySelectorAll('[data-testid="cc-chip"], [data-testid="cc-card"]') ?? []) {
      const r = el.getBoundingClientRect();
      if (r.width > 0) boxes.push(r);
    }
    const x = Math.max(0, Math.min(...boxes.map((b) => b.left)) - 16);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.top)) - 16);
    const right = Math.min(window.innerWidth, Math.max(...boxes.map((b) => b.right)) + 16);
    const bottom = Math.min(window.innerHeight, Math.max(...boxes.map((b) => b.bottom)) + 16);
    return { x, y, width: right - x, height: bottom - y };
  }, TARGETS[name]?.field ?? 'textarea');
}

async function main() {
  process.stdout.write('Building the extension…\n');
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit' });
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const session = await launch({ headless: !headed });
  // tsx keeps function names with an __name helper that page.evaluate'd code cannot see.
  await session.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  mkdirSync(OUT, { recursive: true });
  process.stdout.write(
    `Chromium is running ${headed ? 'in a window' : 'headless'} with Connect Coach loaded.\n\n`,
  );

  const surfaces = Object.keys(TARGETS).filter((n) => (FIXTURES[n]?.expect.surfaces.length ?? 0) > 0);
  for (const size of SIZES) {
    for (const name of surfaces) {
      const info = FIXTURES[name];
      const target = TARGETS[name];
      if (!info || !target) continue;
      const page = await session.open(name, { viewport: size });
      const boxes = name === 'messaging-bubbles' ? 1 : info.expect.surfaces.length;
      await waitForPanels(page, boxes, 8000).catch(() => undefined);
      const kind = info.expect.surfaces[0]?.kind ?? 'message';
      const scope = info.expect.surfaces[0]?.container === 'iframe' ? page.frameLocator('iframe') : page;
      // Focus, then go to the very end: the draft goes after what the box already holds.
      const field = scope.locator(target.field).first();
      await field.focus();
      await page.keyboard.press('Control+End');
      const existing = (
        await field.evaluate((el) => (el as HTMLTextAreaElement).value ?? el.textContent ?? '')
      ).trim();
      const draft = DRAFTS[kind] ?? ' Hello';
      await page.keyboard.type(existing ? draft : draft.trimStart(), { delay: headed ? 20 : 0 });
      await page.waitForTimeout(500);
      const shot = join(OUT, `${name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: shot });
      if (README.has(`${name}@${size.width}`)) {
        // The README shows chip and card; a comment's card waits for the chip, so open it as a user would.
        const card = page.locator('connect-coach-panel [data-testid="cc-card"]').first();
        if ((await card.getAttribute('data-open')) !== 'true') {
          await page.locator('connect-coach-panel [data-testid="cc-chip"]').first().click();
          await page.waitForTimeout(300);
        }
        await page.screenshot({ path: join(OUT, `readme-${name}.png`), clip: await cropAround(page, name) });
      }
      const panels = await readPanels(page);
      process.stdout.write(`${name} at ${size.width}×${size.height}\n`);
      for (const p of panels) {
        const counts = p.counts.map((c) => `${c.field} ${c.count}/${c.limit}`).join(', ');
        process.stdout.write(`  ${p.kind}${p.recipient ? ` to ${p.recipient}` : ''}: ${counts}\n`);
      }
      process.stdout.write(`  screenshot: ${shot}\n`);
      if (!headed) await page.close();
    }
  }

  // The extension's own pages: the side panel with a draft, the popup and the dashboard.
  const side = await session.openExtensionPage('sidepanel.html');
  await side.setViewportSize({ width: 420, height: 900 });
  // It starts on the kind of box last focused on LinkedIn; choose the note.
  await side.waitForTimeout(300);
  await side.getByTestId('cc-paste-kind').selectOption('connection-note');
  await side
    .getByTestId('cc-paste-note')
    .fill("Hi, I'd like to add you to my professional network. We help companies like yours grow ROI.");
  await side.waitForTimeout(300);
  await side.screenshot({ path: join(OUT, 'sidepanel.png'), fullPage: true });
  await side.screenshot({ path: join(OUT, 'readme-sidepanel.png') });
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  const dashboard = await session.openExtensionPage('dashboard.html');
  await dashboard.waitForTimeout(500);
  await dashboard.screenshot({ path: join(OUT, 'dashboard.png'), fullPage: true });
  process.stdout.write(`side panel, popup and dashboard: ${OUT}/{sidepanel,popup,dashboard}.png\n\n`);

  if (headed) {
    process.stdout.write('Try the pages yourself; close the browser window to finish.\n');
    await new Promise<void>((done) => session.context.on('close', () => done()));
  } else {
    await session.close();
    process.stdout.write(`Screenshots are in ${OUT}\n`);
    await (await import('./store-shots')).storeShots(); // the 1280×800 store screenshots, into assets/store/
  }
  if (session.strayRequests.length) {
    process.stdout.write(`Blocked requests to other hosts: ${session.strayRequests.join(', ')}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
