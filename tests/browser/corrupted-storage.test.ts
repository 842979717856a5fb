/**
 * Corrupted storage of every key: the panel, the popup and the dashboard keep working, and what could
 * not be read is set aside with the user told, never lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readPanels, type Session, waitForPanels } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const GARBAGE: Record<string, unknown> = {
  settings: { accountType: 'gold', staleAfterDays: 'soon', workingDays: 'weekdays' },
  settings$: { v: 'x' },
  panelPrefs: 'collapsed',
  labels: { versions: 42, currentVersion: { a: 1 } },
  noteHistory: { 0: 'not a list' },
  volume: { last7Days: -5, notesLeft: 'many' },
  'contact:https://www.linkedin.com/in/broken': '{"truncated json',
  'contact:https://www.linkedin.com/in/wrong-types': { v: 1, id: 7, name: null, messages: 'none' },
  // The compact v2 form (codec.ts) with an unreadable created date and messages.
  'contact:https://www.linkedin.com/in/bad-compact': { v: 2, n: 'Bad Compact', c: 'yesterday', m: 'x' },
  trackerMeta: [1, 2, 3],
  trackerSummary: { v: 1, count: 'many', rows: 'garbled' },
  trackerUndo: 'nope',
};

describe('every stored key corrupted', () => {
  it('the panel still counts, the popup and dashboard still open, and the bad records are set aside', async () => {
    await session.worker.evaluate((g) => chrome.storage.local.set(g), GARBAGE);

    const page = await session.open('connect-2026-note-free');
    const [panel] = await waitForPanels(page, 1);
    expect(panel?.counts[0]).toMatchObject({ field: 'note', count: 0, limit: 200 });
    await page.locator('dialog[open] textarea').click();
    await page.keyboard.type('Hi Ayşe, your audit checklist post was great.');
    await expect.poll(async () => (await readPanels(page))[0]?.counts[0]?.count).toBe(45);

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForTimeout(500);
    expect(await popup.locator('body').textContent()).toMatch(/Connect Coach/);
    await popup.close();

    const dashboard = await session.openExtensionPage('dashboard.html');
    await expect
      .poll(async () => (await dashboard.locator('body').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/set aside|could not be read|couldn't be read/i);
    await dashboard.close();

    // The summary is only a cache of the contacts: the background writes it again from them.
    await expect
      .poll(() =>
        session.worker.evaluate(async () => {
          const { trackerSummary: s } = await chrome.storage.local.get('trackerSummary');
          return s && typeof s === 'object'
            ? [(s as { count: unknown }).count, Array.isArray((s as { rows: unknown }).rows)]
            : null;
        }),
      )
      .toEqual([0, true]);

    // Nothing is lost: the unreadable values are kept under quarantine keys.
    const keys = await session.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(keys.some((k) => k.startsWith('quarantine:'))).toBe(true);
    await page.close();
  });

  it('no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
