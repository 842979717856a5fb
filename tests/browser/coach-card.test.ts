/**
 * Issue 11, the chip and the card: how they open and close (chip click, Enter, Alt+Shift+K, Escape),
 * that they never take focus while the user types, that closing really leaves only the chip (sizes
 * measured) and is remembered per kind of box, where the card goes (beside the compose area, height
 * from the free space), that both follow the box (scroll, resize, bubble minimise, dialog step), and
 * that they are on top and usable over LinkedIn's modal dialogs (the top layer).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, readPanels, type Session, waitForPanels } from './harness';

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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first panel's chip and card boxes, its open state, and where focus really is. */
function ui(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('connect-coach-panel') as HTMLElement | null;
    const root = host?.shadowRoot;
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const chip = root?.querySelector('[data-testid="cc-chip"]');
    const card = root?.querySelector('[data-testid="cc-card"]');
    // Everything of ours that paints: boxes of every element in the shadow root with a size.
    // (1-px, clipped screen-reader text paints nothing.)
    const painted = [...(root?.querySelectorAll('*') ?? [])]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => box(el) as { x: number; y: number; width: number; height: number });
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      open: card?.getAttribute('data-open') ?? null,
      chip: box(chip),
      card: box(card),
      painted,
      following: host?.getAttribute('data-following') ?? null,
      hostParent: host?.parentElement?.tagName ?? null,
      focus: active
        ? `${active.tagName.toLowerCase()}${active.getAttribute('data-testid') ? `:${active.getAttribute('data-testid')}` : ''}`
        : null,
    };
  });
}

const rectOf = (page: Page, css: string) =>
  page
    .locator(css)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** The browser command Alt+Shift+K, as the background delivers it to the tab. */
function shortcut(url: string) {
  return session.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u });
    for (const tab of tabs)
      if (tab.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'toggle-panel' });
  }, url);
}

/** Whose element is at a point: our host's tag, or LinkedIn's element. */
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => document.elementFromPoint(px as number, py as number)?.tagName ?? null, [x, y]);

describe('opening and closing', () => {
  it('chip click, Enter on the chip, Alt+Shift+K, and Escape back to the box', async () => {
    const page = await session.open('messaging-page');
    await waitForPanels(page, 1);
    await page.locator('.msg-form__contenteditable').focus();
    // Room beside the conversation: the card opened by itself.
    await expect.poll(async () => (await ui(page)).open).toBe('true');
    await page.locator('connect-coach-panel [data-testid="cc-chip"]').click();
    expect((await ui(page)).open).toBe('false');
    await page.keyboard.press('Enter');
    expect((await ui(page)).open).toBe('true');
    await page.keyboard.press('Escape');
    let state = await ui(page);
    expect(state.open).toBe('false');
    expect(state.focus).toBe('div');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable')),
    ).toBe(true);

    // Alt+Shift+K from the box: opens without taking focus; again: into the card; again: closed, back.
    await shortcut('https://www.linkedin.com/messaging/*');
    await expect.poll(async () => (await ui(page)).open).toBe('true');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable')),
    ).toBe(true);
    await shortcut('https://www.linkedin.com/messaging/*');
    await expect.poll(async () => (await ui(page)).focus).toBe('button:cc-close');
    await shortcut('https://www.linkedin.com/messaging/*');
    await expect.poll(async () => (await ui(page)).open).toBe('false');
    state = await ui(page);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('msg-form__contenteditable')),
    ).toBe(true);
    await page.close();
  });

  it('never takes focus while the user types, even when it opens by itself', async () => {
    const page = await session.open('connect-2026-two-step');
    await page.locator('dialog[open] button[aria-label="Add a note"]').click();
    await waitForPanels(page, 1);
    const text = 'Hi Zoë, your talk on design tokens at Config was great.';
    for (const ch of text) {
      await page.keyboard.type(ch);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    }
    expect(await page.locator('dialog[open] textarea').inputValue()).toBe(text);
    expect((await ui(page)).open).toBe('true');
    await page.close();
  });

  it('closing leaves only the chip (sizes measured), remembered for that kind of box', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await expect.poll(async () => (await ui(page)).card?.height ?? 0).toBeGreaterThan(150);
    await page.locator('connect-coach-panel [data-testid="cc-close"]').click();
    const closed = await ui(page);
    expect(closed.open).toBe('false');
    expect(closed.card).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    // All that paints is the chip (and what is inside it).
    const chip = closed.chip as Box;
    expect(chip.width).toBeGreaterThan(30);
    for (const b of closed.painted) {
      expect(b.x).toBeGreaterThanOrEqual(chip.x - 0.5);
      expect(b.y).toBeGreaterThanOrEqual(chip.y - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(chip.x + chip.width + 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(chip.y + chip.height + 0.5);
    }
    await page.close();
    // Another note dialog: the card stays closed; a message box still opens its own.
    const again = await session.open('connect-2026-note-premium');
    await waitForPanels(again, 1);
    await again.waitForTimeout(300);
    expect((await ui(again)).open).toBe('false');
    expect((await ui(again)).chip?.width ?? 0).toBeGreaterThan(30);
    await again.close();
    const chat = await session.open('messaging-page');
    await waitForPanels(chat, 1);
    await expect.poll(async () => (await ui(chat)).open).toBe('true');
    await chat.close();
  });
});

describe('where the card goes', () => {
  it('beside the note dialog, never over it, within the viewport, at every size', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1366, height: 768 },
      { width: 900, height: 700 },
    ]) {
      const page = await session.open('connect-2026-note-free', { viewport });
      await waitForPanels(page, 1);
      await page.locator('dialog[open] textarea').fill('Hi [Name], I would like to add you to my network.');
      await expect.poll(async () => (await ui(page)).open).toBe('true');
      await page.waitForTimeout(200);
      const { card } = await ui(page);
      const dialog = await rectOf(page, 'dialog[open]');
      const label = `${viewport.width}×${viewport.height}`;
      expect(overlaps(card as Box, dialog), label).toBe(false);
      expect((card as Box).y + (card as Box).height, label).toBeLessThanOrEqual(viewport.height - 7.5);
      expect((card as Box).x + (card as Box).width, label).toBeLessThanOrEqual(viewport.width - 7.5);
      expect((card as Box).x, label).toBeGreaterThanOrEqual(7.5);
      // Its height comes from the free space: below the dialog at 900×700, so no taller than what is left.
      if (viewport.width === 900) expect((card as Box).y).toBeGreaterThanOrEqual(dialog.y + dialog.height);
      await page.close();
    }
  });

  it('the chip takes the inline-end corner: right in English, left in a right-to-left LinkedIn', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const page = await session.open('comment-2026');
      await waitForPanels(page, 2);
      if (dir === 'rtl') await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      const editor = page.locator('[contenteditable="true"]').first();
      await editor.focus();
      await page.keyboard.type(' ok');
      await page.waitForTimeout(300);
      const box = await rectOf(page, '[contenteditable="true"]');
      const chip = (await ui(page)).chip as Box;
      const chipCentre = chip.x + chip.width / 2;
      const boxCentre = box.x + box.width / 2;
      if (dir === 'ltr') expect(chipCentre).toBeGreaterThan(boxCentre);
      else expect(chipCentre).toBeLessThan(boxCentre);
      await page.close();
    }
  });

  it('a chat bubble’s card stays clear of the bubble, the other chat and the messaging list', async () => {
    const page = await session.open('messaging-bubbles');
    await waitForPanels(page, 1);
    await expect.poll(async () => (await ui(page)).open).toBe('true');
    await page.waitForTimeout(200);
    const { card } = await ui(page);
    for (const css of [
      '.msg-overlay-conversation-bubble--is-active',
      '.msg-overlay-conversation-bubble--default-inactive',
      '.msg-overlay-list-bubble',
    ])
      expect(overlaps(card as Box, await rectOf(page, css)), css).toBe(false);
    await page.close();
  });
});

describe('it follows the box', () => {
  it('scrolling and resizing the page: the chip stays at the box’s corner; it follows closely only while in use', async () => {
    const page = await session.open('comment-2026', { viewport: { width: 1280, height: 600 } });
    await waitForPanels(page, 2);
    const editor = page.locator('[contenteditable="true"]').first();
    // Not focused, card closed (comments start as a chip): nothing follows closely.
    expect((await ui(page)).following).toBe('false');
    await editor.focus();
    await expect.poll(async () => (await ui(page)).following).toBe('true');
    const offset = async () => {
      const box = await rectOf(page, '[contenteditable="true"]');
      const chip = (await ui(page)).chip as Box;
      return [Math.round(chip.x - box.x), Math.round(chip.y - box.y)];
    };
    const before = await offset();
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(250);
    expect(await offset()).toEqual(before);
    await page.setViewportSize({ width: 1100, height: 640 });
    await page.waitForTimeout(250);
    const box = await rectOf(page, '[contenteditable="true"]');
    const chip = (await ui(page)).chip as Box;
    // Still at the box's bottom-end corner.
    expect(Math.abs(chip.x + chip.width - (box.x + box.width))).toBeLessThan(2);
    expect(chip.y - (box.y + box.height)).toBeGreaterThanOrEqual(0);
    expect(chip.y - (box.y + box.height)).toBeLessThan(10);
    // Idle again: the box blurred and the card closed.
    await page
      .locator('main')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await expect.poll(async () => (await ui(page)).following).toBe('false');
    await page.close();
  });

  it('a minimised bubble takes its chip with it; a dialog step brings it to the new box', async () => {
    const page = await session.open('messaging-bubbles');
    const [first] = await waitForPanels(page, 1);
    expect(first?.recipient).toBe('Zoë Ångström');
    await page
      .locator('.msg-overlay-conversation-bubble--is-active .msg-overlay-bubble-header__control', {
        hasText: 'Minimize',
      })
      .click();
    await expect
      .poll(async () => (await readPanels(page)).map((p) => p.recipient))
      .not.toContain('Zoë Ångström');
    await page.close();

    const steps = await session.open('connect-2026-two-step');
    await steps.locator('dialog[open] button[aria-label="Add a note"]').click();
    await waitForPanels(steps, 1);
    await steps.waitForTimeout(300);
    const box = await rectOf(steps, 'dialog[open] textarea');
    const chip = (await ui(steps)).chip as Box;
    expect(
      Math.hypot(chip.x - (box.x + box.width), chip.y + chip.height - (box.y + box.height)),
    ).toBeLessThan(60);
    await steps.close();
  });
});

describe("on top of LinkedIn's dialogs (the top layer)", () => {
  it.each([
    ['connect-2026-note-free', 'DIALOG'],
    ['connect-legacy-note', 'BODY'],
  ])('%s: the chip is what is under its own centre, and it works', async (name, parent) => {
    const page = await session.open(name);
    await waitForPanels(page, 1);
    await page.waitForTimeout(300);
    const state = await ui(page);
    expect(state.hostParent).toBe(parent);
    const chip = state.chip as Box;
    expect(await hitAt(page, chip.x + chip.width / 2, chip.y + chip.height / 2)).toBe('CONNECT-COACH-PANEL');
    const wasOpen = state.open;
    await page.mouse.click(chip.x + chip.width / 2, chip.y + chip.height / 2);
    expect((await ui(page)).open).not.toBe(wasOpen);
    await page.close();
  });

  it('a dialog that turns modal after the chip was shown: the chip moves into it and stays on top', async () => {
    const page = await session.open('connect-2026-note-premium');
    await waitForPanels(page, 1);
    await page.waitForTimeout(300);
    expect((await ui(page)).hostParent).toBe('BODY');
    await page.evaluate(() => {
      const d = document.querySelector('dialog[open]') as HTMLDialogElement;
      d.close();
      d.showModal();
    });
    await expect.poll(async () => (await ui(page)).hostParent).toBe('DIALOG');
    await page.waitForTimeout(200);
    const chip = (await ui(page)).chip as Box;
    expect(await hitAt(page, chip.x + chip.width / 2, chip.y + chip.height / 2)).toBe('CONNECT-COACH-PANEL');
    await page.close();
  });

  it('a modal dialog about something else: the chip of the box behind it steps aside, then comes back on top', async () => {
    const page = await session.open('messaging-bubbles');
    await waitForPanels(page, 1);
    await page.waitForTimeout(300);
    const chip = (await ui(page)).chip as Box;
    const centre = [chip.x + chip.width / 2, chip.y + chip.height / 2] as const;
    expect(await hitAt(page, ...centre)).toBe('CONNECT-COACH-PANEL');
    await page.evaluate(() => {
      const d = document.createElement('dialog');
      d.id = 'other';
      d.innerHTML = '<p>Something else</p><button>OK</button>';
      d.style.cssText = 'width:200px;height:80px';
      document.body.append(d);
      d.showModal();
    });
    await expect.poll(() => hitAt(page, ...centre)).not.toBe('CONNECT-COACH-PANEL');
    await page.evaluate(() => (document.getElementById('other') as HTMLDialogElement).close());
    await expect.poll(() => hitAt(page, ...centre)).toBe('CONNECT-COACH-PANEL');
    await page.close();
  });
});

describe("LinkedIn's CSS cannot move or switch off our host", () => {
  it('generic rules that reach the host (transform, opacity, pointer-events) change nothing', async () => {
    const hostile =
      '<style>body > *:last-child, dialog > *, dialog * { transform: translate(60px, 60px) !important; opacity: .2 !important; pointer-events: none !important; position: relative !important; width: 500px !important; height: 300px !important; }</style>';
    const place = async (html: string | null) => {
      const page = html
        ? await session.openHtml('https://www.linkedin.com/in/ayse-yilmaz-ist/?hostile', html)
        : await session.open('connect-2026-note-free');
      await waitForPanels(page, 1);
      await page.waitForTimeout(400);
      const chip = (await ui(page)).chip as Box;
      const hit = await hitAt(page, chip.x + chip.width / 2, chip.y + chip.height / 2);
      const opacity = await page.evaluate(() => {
        const host = document.querySelector('connect-coach-panel') as HTMLElement;
        return getComputedStyle(host).opacity;
      });
      await page.close();
      return { chip, hit, opacity };
    };
    const normal = await place(null);
    const { loadFixture } = await import('../fixtures/linkedin/index');
    const html = loadFixture('connect-2026-note-free', { seed: 1 }).replace('</head>', `${hostile}</head>`);
    const attacked = await place(html);
    expect(attacked.hit).toBe('CONNECT-COACH-PANEL');
    expect(attacked.opacity).toBe('1');
    expect(Math.abs(attacked.chip.x - normal.chip.x)).toBeLessThan(80);
    expect(attacked.chip.width).toBeGreaterThan(30);
  });
});

describe('one box, one panel; the right person', () => {
  it('Quill’s clipboard helper gets no panel; a compose bubble names the person in its pill', async () => {
    const quill = await session.open('comment-quill');
    await waitForPanels(quill, 1);
    await quill.waitForTimeout(500);
    expect(await readPanels(quill)).toHaveLength(1);
    await quill.close();
    const compose = await session.open('messaging-compose-bubble');
    const [panel] = await waitForPanels(compose, 1);
    expect(panel?.recipient).toBe("Mary O'Brien");
    await compose.close();
  });
});

describe('whole suite hygiene', () => {
  it('no page errors and no request left for another host', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
