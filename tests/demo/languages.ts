/**
 * `npm run demo:languages`: the coaching UI on our bundled LinkedIn note dialog in each UI language,
 * with Chromium's own --lang (English, German, French, Spanish, Brazilian Portuguese), typing the
 * same English note: the advice in the UI's language, the note quoted as written. Screenshots go to
 * demo-output/languages/<lang>.png; with --readme, also to assets/screenshots/ui-<lang>.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UI_LANGUAGES } from '../../lib/i18n/languages';
import { launch, waitForPanels } from '../browser/harness';

const OUT = resolve(import.meta.dirname, '../../demo-output/languages');
const README = resolve(import.meta.dirname, '../../assets/screenshots');
const NOTE =
  "Hi [Name], I came across your profile and I'd like to add you to my network. We help teams like yours cut reporting time in half. Free for a 15-minute call this week?";

async function main() {
  const readme = process.argv.includes('--readme');
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  mkdirSync(OUT, { recursive: true });
  if (readme) mkdirSync(README, { recursive: true });
  for (const lang of UI_LANGUAGES) {
    // Chrome's --lang takes pt-BR; the folder is pt_BR.
    const session = await launch({ lang: lang.replace('_', '-') });
    try {
      await session.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      const page = await session.open('connect-2026-note-free');
      await page.setViewportSize({ width: 1280, height: 800 });
      await waitForPanels(page, 1, 8000);
      const box = page.locator('dialog[open] textarea');
      await box.click();
      await box.pressSequentially(NOTE);
      // The card beside the box opens by itself where there is room; else its chip opens it.
      await page.waitForTimeout(400);
      const open = await page.evaluate(
        () =>
          document
            .querySelector('connect-coach-panel')
            ?.shadowRoot?.querySelector('[data-testid="cc-card"]')
            ?.getAttribute('data-open') ?? null,
      );
      if (open !== 'true') await page.locator('connect-coach-panel [data-testid="cc-chip"]').click();
      await page.waitForTimeout(400);
      const file = join(OUT, `${lang}.png`);
      await page.screenshot({ path: file });
      if (readme) copyFileSync(file, join(README, `ui-${lang}.png`));
      process.stdout.write(`${lang}: ${file}\n`);
    } finally {
      await session.close();
    }
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
