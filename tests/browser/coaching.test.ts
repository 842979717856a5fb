/**
 * Issue 18 end to end: a tracking sheet imported on the dashboard is judged by the background (every
 * note analysed again with the current engine, kept in local:warningFigures), and the insight view's
 * "Does the coaching work for you?" shows it: bars and whiskers where a reader sees them, the table,
 * the article's figures, the strongest difference; "too few sends" before that; axe clean.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CSV = resolve(import.meta.dirname, '../fixtures/insight/coaching.csv');

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

/** Imports a CSV through the dashboard's own file input and confirm button, as a user does. */
async function importCsv(page: Page, name: string, text: string) {
  await page
    .getByTestId('cc-import-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('cc-import-confirm').click();
  await expect.poll(() => page.getByTestId('cc-import-status').textContent()).toMatch(/Imported/);
}

async function seriousViolations(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: unknown,
          opts: unknown,
        ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const res = await w.axe.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

describe('does the coaching work for you?', () => {
  it('an imported sheet is judged note by note and shown beside the article’s figures', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    await page.getByTestId('cc-import-file').waitFor();
    await importCsv(page, 'coaching.csv', readFileSync(CSV, 'utf8'));

    // The background computed the figures from the stored contacts, not the page.
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const f = (await chrome.storage.local.get('warningFigures')).warningFigures as
              | { sends: number; groups: { k: string; s: number; a: number }[] }
              | undefined;
            return f ? [f.sends, ...f.groups.map((g) => `${g.k} ${g.s}/${g.a}`)] : null;
          }),
        { timeout: 15_000 },
      )
      .toEqual([176, 'none 60/36', 'blank 40/36', 'pitch 46/9', 'generic-opener 36/3']);

    const section = page.getByTestId('cc-coaching');
    const table = page.getByTestId('cc-rate-table-warning');
    await table.waitFor({ timeout: 15_000 });
    expect(await section.getByRole('heading', { level: 3 }).first().textContent()).toBe(
      'Does the coaching work for you?',
    );
    const cells = (key: string) =>
      table.locator(`tr[data-key="${key}"] > *`).evaluateAll((els) => els.map((e) => e.textContent));
    expect(await cells('pitch')).toEqual(expect.arrayContaining(['Sales pitch', '46', '9', '20% (11–33%)']));
    expect((await cells('blank')).at(-1)).toBe('55–68% accepted (Konnector: request or message first)');
    expect(await page.getByTestId('cc-coaching-seeds').textContent()).toContain(
      'For you, blank requests do better than the article’s figure',
    );
    const verdict = page.getByTestId('cc-coaching-verdict');
    expect(await verdict.getAttribute('data-significant')).toBe('true');
    expect(await verdict.textContent()).toMatch(/^“No warning”’s acceptance is higher \(60% vs 8%\)/);

    // What a reader sees: the chart is on screen, the blank bar reaches 90% of the axis and the pitch
    // bar 20%, the article's 55–68% band sits behind the blank bar, the whisker spans 77–96%.
    const chart = page.getByTestId('cc-rate-chart-warning').locator('svg');
    await chart.scrollIntoViewIfNeeded();
    const geometry = await chart.evaluate((svg) => {
      const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
      const grid = [...svg.querySelectorAll('.cc-ins-grid line')].map((l) => l.getBoundingClientRect().x);
      const axis = { x0: grid[0] as number, x1: grid[grid.length - 1] as number };
      const group = (k: string) => svg.querySelector(`.cc-ins-group[data-key="${k}"]`);
      const bar = (k: string) => box(group(k)?.querySelector('.cc-ins-accept .cc-ins-bar') ?? null);
      const band = box(group('blank')?.querySelector('.cc-ins-accept .cc-ins-band') ?? null);
      const whisker = box(group('blank')?.querySelector('.cc-ins-accept .cc-ins-whisker') ?? null);
      return { axis, svg: box(svg), blank: bar('blank'), pitch: bar('pitch'), band, whisker };
    });
    const { axis } = geometry;
    const share = (x: number) => (x - axis.x0) / (axis.x1 - axis.x0);
    expect(geometry.svg?.width).toBeGreaterThan(300);
    expect(share((geometry.blank?.x ?? 0) + (geometry.blank?.width ?? 0))).toBeCloseTo(0.9, 2);
    expect(share((geometry.pitch?.x ?? 0) + (geometry.pitch?.width ?? 0))).toBeCloseTo(9 / 46, 2);
    expect(share(geometry.band?.x ?? 0)).toBeCloseTo(0.55, 2);
    expect(share((geometry.band?.x ?? 0) + (geometry.band?.width ?? 0))).toBeCloseTo(0.68, 2);
    expect(share(geometry.whisker?.x ?? 0)).toBeCloseTo(0.7695, 1);
    expect(share((geometry.whisker?.x ?? 0) + (geometry.whisker?.width ?? 0))).toBeCloseTo(0.9604, 1);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(200);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    await page.close();
  });

  it('too few sends: only an honest "too few sends to tell yet", no chart', async () => {
    const lines = readFileSync(CSV, 'utf8').trimEnd().split('\n');
    const page = await session.openExtensionPage('dashboard.html');
    await page.getByTestId('cc-import-file').waitFor();
    // The header, 12 notes without a warning and 8 with a pitch.
    await importCsv(page, 'few.csv', [lines[0], ...lines.slice(1, 13), ...lines.slice(61, 69)].join('\n'));
    const tooFew = page.getByTestId('cc-coaching-too-few');
    await expect
      .poll(() => tooFew.textContent(), { timeout: 15_000 })
      .toBe(
        'Too few sends to tell yet: 20 requests so far, the largest group has 12, and a group needs at least 25 (ideally 50) before its acceptance means anything.',
      );
    expect(await page.getByTestId('cc-rate-table-warning').count()).toBe(0);
    expect(await page.getByTestId('cc-coaching-verdict').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the card shows the user’s own figure beside the warning’s evidence once there are 25 sends', async () => {
    const dash = await session.openExtensionPage('dashboard.html');
    await dash.getByTestId('cc-import-file').waitFor();
    await importCsv(dash, 'coaching.csv', readFileSync(CSV, 'utf8'));
    await expect
      .poll(
        () =>
          session.worker.evaluate(
            async () =>
              (
                (await chrome.storage.local.get('warningFigures')).warningFigures as
                  | { sends: number }
                  | undefined
              )?.sends ?? 0,
          ),
        { timeout: 15_000 },
      )
      .toBe(176);

    const page = await session.open('connect-2026-note-free');
    const box = page.locator('dialog[open] textarea');
    await box.click();
    await box.pressSequentially(
      'Hi Ana, your post on churn was sharp. Our platform helps companies like yours grow revenue.',
    );
    const card = page.locator('connect-coach-panel [data-testid="cc-card"]');
    await card.waitFor({ state: 'attached' });
    if ((await card.getAttribute('data-open')) !== 'true')
      await page.locator('connect-coach-panel [data-testid="cc-chip"]').click();
    const figure = page.locator(
      'connect-coach-panel [data-testid="cc-warning"][data-rule="pitch"] [data-testid="cc-user-figure"]',
    );
    await figure.waitFor({ timeout: 5000 });
    // 46 notes with a pitch, 9 accepted: the user's own figure next to the article's.
    expect(await figure.textContent()).toBe('your notes with a pitch: 20% accepted, 46 sent');
    const shown = await figure.boundingBox();
    expect(shown?.width ?? 0).toBeGreaterThan(0);
    // A warning whose group has fewer than 25 of the user's sends shows no figure of theirs.
    expect(
      await page
        .locator('connect-coach-panel [data-testid="cc-user-figure"][data-warning="big-ask"]')
        .count(),
    ).toBe(0);
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
