/**
 * The dashboard's table at the sizes people use (issue 12): "Next step" with its due date readable at
 * 900 px and 1280 px (measured: no row's step clipped), one row-actions menu per row that works from
 * the keyboard (menu button pattern), sort by due, axe-clean; and what LinkedIn's pages changed in a
 * record shown in that person's history.
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

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function person(slug: string, name: string, over: Record<string, unknown>) {
  const url = `https://www.linkedin.com/in/${slug}`;
  return {
    v: 2,
    id: url,
    name,
    profileUrl: url,
    degree: null,
    messages: [],
    status: 'none',
    signals: {},
    createdAt: ago(200),
    updatedAt: ago(200),
    audience: 'Heads of engineering at Series B fintechs',
    version: 'v3-question-about-their-talk',
    headline: 'Principal Engineer, Platform Reliability at a long company name GmbH & Co. KG',
    ...over,
  };
}

/** Every kind of next step, with long names and labels. */
const RECORDS = [
  person('a-reply', 'Alexandra Konstantinopoulou-Papadimitriou', {
    degree: 1,
    request: { sentAt: ago(40), note: null },
    acceptedAt: ago(38),
    messages: [{ sentAt: ago(30), kind: 'first' }],
    repliedAt: ago(6),
    status: 'replied',
    history: [{ at: ago(6), kind: 'replied', on: ago(6), source: 'thread' }],
  }),
  person('b-first', 'Bartholomew Featherstonehaugh', {
    degree: 1,
    request: { sentAt: ago(12), note: null },
    acceptedAt: ago(6),
    status: 'accepted',
  }),
  person('c-follow', 'Cécile Dupont-Aignan', {
    degree: 1,
    request: { sentAt: ago(40), note: null },
    acceptedAt: ago(35),
    messages: [{ sentAt: ago(12), kind: 'first' }],
    status: 'accepted',
  }),
  person('d-escalate', 'Dagný Sigurðardóttir', {
    degree: 1,
    highValue: true,
    request: { sentAt: ago(60), note: null },
    acceptedAt: ago(55),
    messages: [
      { sentAt: ago(30), kind: 'first' },
      { sentAt: ago(24), kind: 'follow-up' },
      { sentAt: ago(16), kind: 'follow-up' },
    ],
    status: 'accepted',
  }),
  person('e-withdraw', 'Eleftheria Vasilopoulou', {
    request: { sentAt: ago(40), note: null },
    status: 'pending',
  }),
  person('f-wait', 'Friedrich-Wilhelm von Hohenzollern', {
    request: { sentAt: ago(3), note: null },
    status: 'pending',
  }),
  person('g-note', 'Guðmundur Jónsson', { signals: { mutualConnection: 'Ana Silva' } }),
  person('h-engage', 'Hyacinth Bucket-Bouquet', { headline: 'Chief Executive Officer' }),
  person('i-group', 'Ignatius Worthington-Smythe', { signals: { sharedGroup: 'Rust Berlin' } }),
  person('j-reengage', 'Jacqueline Bouvier-Kennedy', {
    degree: 1,
    acceptedAt: ago(190),
    messages: [{ sentAt: ago(189), kind: 'first' }],
    repliedAt: ago(180),
    status: 'replied',
    lastMessageBy: 'me',
  }),
  person('k-blank', 'Krzysztof Szczepański', {}),
];

async function openDashboard(width: number): Promise<Page> {
  const page = await session.openExtensionPage('dashboard.html');
  await page.setViewportSize({ width, height: 900 });
  return page;
}

/** Rows whose next step (action or when) is cut off in its cell, measured. */
const clippedSteps = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('[data-testid="cc-next-step"]')) {
      const box = cell.getBoundingClientRect();
      for (const part of cell.querySelectorAll<HTMLElement>('.cc-next-action, .cc-next-when')) {
        const r = part.getBoundingClientRect();
        const cut =
          part.scrollWidth > part.clientWidth + 1 ||
          part.scrollHeight > part.clientHeight + 1 ||
          r.bottom > box.bottom + 0.5 ||
          r.right > box.right + 0.5;
        if (cut) out.push(`${cell.closest('tr')?.getAttribute('data-id')}: ${part.textContent}`);
      }
    }
    return out;
  });

describe('the dashboard table', () => {
  it('the next step and its date are readable at 900 px and 1280 px, sorted by due', async () => {
    const page = await openDashboard(1280);
    const res = await page.evaluate(
      (r) => chrome.runtime.sendMessage({ type: 'tracker/import', records: r, mode: 'merge' }),
      RECORDS,
    );
    expect(res).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('cc-row').count(), { timeout: 15_000 }).toBe(RECORDS.length);
    const actions = await page
      .getByTestId('cc-next-step')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')).filter(Boolean));
    // Every kind of step the advisor gives is in the table (stop aside: nothing to schedule).
    expect(new Set(actions)).toEqual(
      new Set([
        'reply',
        'send-first-message',
        'send-follow-up',
        'escalate',
        'withdraw-request',
        'wait',
        'send-request-with-note',
        'engage-first',
        'send-message-request',
        'send-request-blank',
        're-engage',
      ]),
    );
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 900 });
      const cut = await clippedSteps(page);
      if (process.env.CC_SHOTS)
        await page
          .locator('[data-testid="cc-request-table"]')
          .screenshot({ path: `/tmp/table-${width}.png` });
      console.info(
        `[dashboard] ${width} px: ${RECORDS.length - cut.length} of ${RECORDS.length} next steps readable whole`,
      );
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    // Sorted by due (the default): the most overdue first, waits and undated steps after.
    expect(await page.getByTestId('cc-sort').inputValue()).toBe('due:asc');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toMatch(/Next step/);
    expect(await axe(page, false)).toEqual([]);
    await page.close();
  });

  it('row actions are one menu, operated from the keyboard; history shows what LinkedIn changed', async () => {
    const page = await openDashboard(900);
    await expect.poll(() => page.getByTestId('cc-row').count(), { timeout: 15_000 }).toBe(RECORDS.length);
    const row = page.locator('[data-testid="cc-row"][data-id="https://www.linkedin.com/in/a-reply"]');
    const button = row.getByTestId('cc-row-menu');
    expect(await row.getByRole('button').count()).toBe(1);
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Details and history (1)…');
    // The open menu is inside the viewport and axe-clean.
    const box = await menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 900).toBe(true);
    expect(await axe(page, false)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('They replied');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'cc-row-menu',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const history = page.getByTestId('cc-history-item');
    await history.waitFor();
    expect(await history.getAttribute('data-kind')).toBe('replied');
    expect(await history.textContent()).toMatch(
      /the conversation showed their message of .*, so a reply was recorded/,
    );
    await page.close();
  });
});

describe('hygiene', () => {
  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
