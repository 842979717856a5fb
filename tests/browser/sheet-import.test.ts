/**
 * A European Excel sheet (semicolons, a byte-order mark, CRLF, day-first dates, German headers and
 * words, a column the reader cannot place) imported through the dashboard's preview in real Chromium
 * with the built extension: the user corrects one column's mapping, the preview is reachable by
 * keyboard and axe-clean, nothing is written before Import, then everything is, merged by profile URL;
 * the same sheet again finds the correction remembered and changes nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe';
import { launch, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const SHEET = `\uFEFF${[
  'Kontakt;Profil;Gesendet am;Status;Vorlage;Typ;Firma',
  'Ana Silva;https://de.linkedin.com/in/ana-silva/;14.02.2026 09:30;Angenommen;V1;Gründer;ACME GmbH',
  'Bo Chen;https://www.linkedin.com/in/bo-chen;02.03.2026 10:15;Ausstehend;V2;Recruiter;',
  '"Cy Dörr";https://www.linkedin.com/in/cy-doerr;25.02.2026;Keine Antwort;V1;Gründer;"Dörr; Söhne"',
].join('\r\n')}\r\n`;

const stored = (id: string) =>
  session.worker.evaluate((key) => chrome.storage.local.get(key).then((all) => all[key]), `contact:${id}`);

async function pickSheet(page: Page) {
  await page.getByTestId('cc-import-file').setInputFiles({
    name: 'Kontakte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SHEET, 'utf8'),
  });
  await page.getByTestId('cc-sheet-preview').waitFor();
}

const column = (page: Page, header: string) =>
  page.locator(`[data-testid="cc-sheet-column"][data-header="${header}"]`);

describe('importing a sheet through the dashboard', () => {
  it('previews, takes one corrected mapping, writes nothing until Import, then everything', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    await page.setViewportSize({ width: 900, height: 800 });
    // Ana is tracked already, pending.
    const seeded = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'tracker/import',
        mode: 'merge',
        records: [
          {
            v: 2,
            id: 'https://www.linkedin.com/in/ana-silva',
            name: 'Ana Silva',
            profileUrl: 'https://www.linkedin.com/in/ana-silva',
            degree: null,
            request: { sentAt: '2026-02-14T09:30', note: null },
            messages: [],
            status: 'pending',
            signals: {},
            createdAt: '2026-02-14T09:30:00.000Z',
            updatedAt: '2026-02-14T09:30:00.000Z',
          },
        ],
      }),
    );
    expect(seeded).toMatchObject({ ok: true, result: { added: 1 } });
    await expect.poll(() => page.getByTestId('cc-row').count()).toBe(1);

    await pickSheet(page);
    expect(await page.getByTestId('cc-sheet-format').textContent()).toContain(
      '3 rows; cells separated by semicolons; UTF-8 with BOM; Windows line ends (CRLF); the header is row 1.',
    );
    // Focus moves to the preview, and Tab reaches the first column's choice.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Read column “Kontakt” as',
    );

    const fields = async () =>
      page
        .getByTestId('cc-sheet-column')
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-header'), r.getAttribute('data-field')]),
        );
    expect(await fields()).toEqual([
      ['Kontakt', 'name'],
      ['Profil', 'profile_url'],
      ['Gesendet am', 'sent_at'],
      ['Status', 'status'],
      ['Vorlage', 'version'],
      ['Typ', ''],
      ['Firma', ''],
    ]);
    expect(await page.getByTestId('cc-sheet-issue').count()).toBe(0);

    // The user reads "Typ" as the audience, from the keyboard.
    const typ = column(page, 'Typ').getByRole('combobox');
    await typ.focus();
    await typ.selectOption('audience');
    await expect.poll(() => column(page, 'Typ').getAttribute('data-field')).toBe('audience');
    expect(await column(page, 'Typ').getAttribute('data-how')).toBe('chosen');

    const preview = page.getByTestId('cc-import-preview');
    expect(await preview.getAttribute('data-added')).toBe('2');
    expect(await preview.getAttribute('data-updated')).toBe('1');
    // Nothing written yet.
    expect(await stored('https://www.linkedin.com/in/bo-chen')).toBeUndefined();
    expect(await page.getByTestId('cc-row').count()).toBe(1);

    // Readable at 900 px: the page does not scroll sideways; and axe-clean, light and dark.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axe(page, false)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page, false)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByTestId('cc-import-confirm').click();
    await expect
      .poll(() => page.getByTestId('cc-import-status').textContent())
      .toBe('Imported Kontakte.csv: 2 added, 1 updated, 0 unchanged.');
    await expect.poll(() => page.getByTestId('cc-row').count()).toBe(3);
    expect(await stored('https://www.linkedin.com/in/bo-chen')).toMatchObject({
      n: 'Bo Chen',
      au: 'Recruiter',
      ve: 'V2',
      r: { s: '2026-03-02T10:15' },
    });
    // Ana merged by profile URL: now accepted (date unknown), audience from the sheet.
    expect(await stored('https://www.linkedin.com/in/ana-silva')).toMatchObject({
      n: 'Ana Silva',
      au: 'Gründer',
      d: 1,
    });
    expect(await stored('https://www.linkedin.com/in/cy-doerr')).toMatchObject({
      n: 'Cy Dörr',
      r: { s: '2026-02-25' },
    });

    // The same sheet again: the correction is remembered, and nothing would change.
    await pickSheet(page);
    expect(await column(page, 'Typ').getAttribute('data-field')).toBe('audience');
    expect(await column(page, 'Typ').getAttribute('data-how')).toBe('remembered');
    expect(await preview.getAttribute('data-unchanged')).toBe('3');
    expect(await page.getByTestId('cc-import-confirm').isDisabled()).toBe(true);
    await page.close();
  });

  it('a value it cannot place asks per row; leaving the row out imports the rest, all at once', async () => {
    const page = await session.openExtensionPage('dashboard.html');
    await page.getByTestId('cc-import-file').setInputFiles({
      name: 'odd.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Name,LinkedIn URL,Date Sent,Status\nDee Odd,https://www.linkedin.com/in/dee-odd,2026-03-01,maybe\nEli Even,https://www.linkedin.com/in/eli-even,2026-03-02,Sent\n',
      ),
    });
    const issue = page.getByTestId('cc-sheet-issue');
    await issue.waitFor();
    expect(await issue.getAttribute('data-row')).toBe('2');
    expect(await page.getByTestId('cc-import-confirm').isDisabled()).toBe(true);
    await issue.getByRole('combobox').selectOption('skip');
    await expect.poll(() => page.getByTestId('cc-import-confirm').isDisabled()).toBe(false);
    await page.getByTestId('cc-import-confirm').click();
    await expect
      .poll(() => page.getByTestId('cc-import-status').textContent())
      .toBe('Imported odd.csv: 1 added, 0 updated, 0 unchanged.');
    expect(await stored('https://www.linkedin.com/in/dee-odd')).toBeUndefined();
    expect(await stored('https://www.linkedin.com/in/eli-even')).toMatchObject({ n: 'Eli Even' });
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
