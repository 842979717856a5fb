/**
 * `npm run demo`: builds the extension and opens Chromium with it loaded on our bundled LinkedIn-like
 * pages. No LinkedIn account and no network: every page is served from tests/fixtures/linkedin.
 * With a display it opens a real window and waits for you to close it; without one it runs headless,
 * types a sample draft into each page, saves screenshots to demo-output/ and prints what the panel showed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, readPanels, waitForPanels } from '../browser/harness';

const OUT = resolve(import.meta.dirname, '../../demo-output');

const TOUR: { fixture: string; field: string; text: string; title: string }[] = [
  {
    fixture: 'connect-2026-note-free',
    title: 'Connection note (2026 dialog, free account)',
    field: 'dialog[open] textarea',
    text: 'Hi Ayşe, I enjoyed your post on running an accessibility audit 🇹🇷. Would be glad to connect.',
  },
  {
    fixture: 'connect-legacy-note',
    title: 'Connection note (legacy dialog)',
    field: 'textarea',
    text: "Hi, I'd like to add you to my professional network on LinkedIn.",
  },
  {
    fixture: 'messaging-bubbles',
    title: 'Message (chat bubble)',
    field: '.msg-overlay-conversation-bubble--is-active [contenteditable="true"]',
    text: 'Thanks for connecting! Quick question about your post on pricing pages 👋',
  },
  {
    fixture: 'inmail',
    title: 'InMail (subject + body)',
    field: '[contenteditable="true"]',
    text: 'Congrats on the Series B!',
  },
  {
    fixture: 'comment-2026',
    title: 'Comment (2026 editor)',
    field: '[role="textbox"][contenteditable="true"]',
    text: 'Great point about forecasting.',
  },
];

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

  for (const step of TOUR) {
    const page = await session.open(step.fixture);
    await waitForPanels(page, 1, 8000).catch(() => undefined);
    const field = page.locator(step.field).first();
    await field.click();
    await field.pressSequentially(step.text, { delay: headed ? 25 : 0 });
    await page.waitForTimeout(150);
    const shot = join(OUT, `${step.fixture}.png`);
    await page.screenshot({ path: shot });
    const panels = await readPanels(page);
    process.stdout.write(`${step.title}\n`);
    for (const p of panels) {
      const counts = p.counts.map((c) => `${c.field} ${c.count}/${c.limit}`).join(', ');
      process.stdout.write(`  panel: ${p.kind}${p.recipient ? ` to ${p.recipient}` : ''}: ${counts}\n`);
    }
    if (panels.length === 0) process.stdout.write('  (no panel: this page has no compose box)\n');
    process.stdout.write(`  screenshot: ${shot}\n\n`);
    if (!headed) await page.close();
  }

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
