/**
 * Issue 19 end to end: a tracking sheet imported on the dashboard is clustered by the background into
 * the user's templates (kept in local:templateFigures), the insight view shows them (bars and
 * whiskers where a reader sees them, the table, each template's text with its blanks), "Name as a
 * version" labels a template's requests through the real writer and the version chart follows; axe
 * clean in light and dark. Then, on a LinkedIn-like note dialog, a template filled in again is caught
 * while typing, naming the earlier note it copies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session, waitForPanels } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CSV = resolve(import.meta.dirname, '../fixtures/insight/templates.csv');

let session: Session;
beforeAll(async () => {
  session = await launch();
  await session.worker.evaluate(() => chrome.storage.local.clear());
});
afterAll(async () => {
  await session?.close();
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

describe('your templates', () => {
  it('an imported sheet’s templates are found by the background and shown, and one can be named as a version', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    await page.getByTestId('cc-import-file').waitFor();
    await importCsv(page, 'templates.csv', readFileSync(CSV, 'utf8'));

    // The background clustered the stored contacts, not the page.
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const f = (await chrome.storage.local.get('templateFigures')).templateFigures as
              | {
                  notes: number;
                  templates: { s: number; a: number; r: number }[];
                  oneOffs: { s: number } | null;
                }
              | undefined;
            return f ? [f.notes, ...f.templates.map((g) => `${g.s}/${g.a}/${g.r}`), f.oneOffs?.s] : null;
          }),
        { timeout: 20_000 },
      )
      .toEqual([98, '40/20/8', '30/6/1', '12/2/0', 16]);

    const section = page.getByTestId('cc-templates');
    const table = page.getByTestId('cc-rate-table-template');
    await table.waitFor({ timeout: 15_000 });
    const cells = (key: string) =>
      table.locator(`tr[data-key="${key}"] > *`).evaluateAll((els) => els.map((e) => e.textContent));
    expect((await cells('template-1')).slice(0, 4)).toEqual(['Template 1', '40', '20', '50% (35–65%)']);
    expect((await cells('one-off')).slice(1, 4)).toEqual(['16', '12', '75% (51–90%)']);
    const texts = await section.getByTestId('cc-template-text').allTextContents();
    expect(texts).toHaveLength(3);
    expect(texts[1]).toBe(
      'Hallo […], ich habe Ihren Vortrag auf der […] über […] gesehen und fand ihn sehr hilfreich. Wir arbeiten bei […] an ähnlichen Themen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.',
    );

    // What a reader sees: the chart on screen, template 1's bar at 50% of the axis, its whisker 35–65%,
    // and the texts wrapped inside the page (no horizontal overflow).
    const chart = page.getByTestId('cc-rate-chart-template').locator('svg');
    await chart.scrollIntoViewIfNeeded();
    const geometry = await chart.evaluate((svg) => {
      const grid = [...svg.querySelectorAll('.cc-ins-grid line')].map((l) => l.getBoundingClientRect().x);
      const axis = { x0: grid[0] as number, x1: grid[grid.length - 1] as number };
      const group = svg.querySelector('.cc-ins-group[data-key="template-1"]');
      const bar = group?.querySelector('.cc-ins-accept .cc-ins-bar')?.getBoundingClientRect();
      const whisker = group?.querySelector('.cc-ins-accept .cc-ins-whisker')?.getBoundingClientRect();
      return { axis, width: svg.getBoundingClientRect().width, bar, whisker };
    });
    const share = (x: number) => (x - geometry.axis.x0) / (geometry.axis.x1 - geometry.axis.x0);
    expect(geometry.width).toBeGreaterThan(300);
    expect(share((geometry.bar?.x ?? 0) + (geometry.bar?.width ?? 0))).toBeCloseTo(0.5, 2);
    expect(share(geometry.whisker?.x ?? 0)).toBeCloseTo(0.352, 1);
    expect(share((geometry.whisker?.x ?? 0) + (geometry.whisker?.width ?? 0))).toBeCloseTo(0.648, 1);
    const text = section.getByTestId('cc-template-text').first();
    const box = await text.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x + box.width <= viewport.width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // No labelled version yet: the version view points to the templates.
    const start = page.getByTestId('cc-insight-start-from-templates');
    expect(await start.getAttribute('href')).toBe('#cc-templates');

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(200);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }

    // Name the recruiter template as a version, by keyboard as much as a user would.
    const third = section.getByTestId('cc-template').nth(2);
    await third.getByTestId('cc-template-name').click();
    const input = third.getByLabel('Version label');
    await input.fill('Recruiter V1');
    await input.press('Enter');
    await expect
      .poll(() => third.getByTestId('cc-template-done').textContent(), { timeout: 15_000 })
      .toBe('Labelled 12 requests “Recruiter V1”. They now show in the version chart above.');
    // The writer stored the label on those 12 contacts; the page follows storage into the version chart.
    const versions = page.getByTestId('cc-rate-table-version');
    await expect
      .poll(
        () =>
          versions
            .locator('tr[data-key="Recruiter V1"] > *')
            .evaluateAll((els) => els.map((e) => e.textContent)),
        {
          timeout: 15_000,
        },
      )
      .toEqual(expect.arrayContaining(['Recruiter V1 too few to judge', '12', '2']));
    const labels = await session.worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('labels')).labels as { versions: string[] } | undefined)?.versions,
    );
    expect(labels).toEqual(['Recruiter V1']);
    // And the template takes the version's name once the background has clustered again.
    await expect
      .poll(() => section.locator('[data-key="template-3"] h4').textContent(), { timeout: 20_000 })
      .toBe('Template 3 (Recruiter V1)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a template filled in again is caught while typing, naming the earlier note it copies', async () => {
    // The background has kept the recent notes (with their dates and recipients) since the import.
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const h = (await chrome.storage.local.get('noteHistory')).noteHistory as
              | { text: string; name: string | null; sentAt: string | null }[]
              | undefined;
            return h?.filter((n) => n.name && n.sentAt).length ?? 0;
          }),
        { timeout: 15_000 },
      )
      .toBe(98);
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    const box = page.locator('dialog[open] textarea');
    await box.click();
    await box.pressSequentially(
      "Hi Ayşe, loved your talk at FOSDEM on reproducible builds. I'm working on the same problem at Nordlys and would be glad to compare notes.",
    );
    const warning = () =>
      page.evaluate(() => {
        const root = document.querySelector('connect-coach-panel')?.shadowRoot;
        const w = root?.querySelector('[data-testid="cc-warning"][data-rule="template-similarity"]');
        return w?.textContent ?? null;
      });
    await expect
      .poll(warning, { timeout: 10_000 })
      .toMatch(
        /This is your note to .+ of \d+ February 2026 with the blanks filled in again: “FOSDEM” where it said “[^”]+”/,
      );
    expect(await warning()).toContain('Open with something only Ayşe did or said');
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
