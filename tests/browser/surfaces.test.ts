/**
 * The built extension in a real Chromium, on every fixture page: a panel beside each compose box,
 * of the right kind, naming the right person, counting exactly against the box's real limit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExpectedSurface, FIXTURES, fixtureNames } from '../fixtures/linkedin/index';
import { domWithoutPanels, launch, readPanels, type Session, waitForPanels } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/** Chat bubbles: only the focused (or active) one gets a panel. */
function expectedPanels(surfaces: ExpectedSurface[], name: string): ExpectedSurface[] {
  if (name !== 'messaging-bubbles') return surfaces;
  return surfaces.slice(0, 1);
}

/** The first visible field of a surface kind, through shadow roots (Playwright's CSS pierces them) or the iframe. */
function fieldOf(page: Page, s: ExpectedSurface) {
  const scope = s.container === 'iframe' ? page.frameLocator('iframe').first() : page;
  if (s.kind === 'connection-note' || s.kind === 'salesnav') return scope.locator('textarea:visible').last();
  if (s.kind === 'comment' || s.kind === 'post')
    return scope.locator('[contenteditable="true"]:visible').first();
  return scope
    .locator(
      '.msg-overlay-conversation-bubble--is-active [contenteditable="true"], [contenteditable="true"]:visible',
    )
    .first();
}

const withSurfaces = fixtureNames().filter((n) => (FIXTURES[n]?.expect.surfaces.length ?? 0) > 0);
const withoutSurfaces = fixtureNames().filter(
  (n) => FIXTURES[n]?.expect.surfaces.length === 0 && !n.startsWith('heavy'),
);

describe('a panel appears beside every compose box', () => {
  it.each(withSurfaces)('%s', async (name) => {
    const info = FIXTURES[name];
    if (!info) throw new Error(name);
    const page = await session.open(name, { seed: Math.floor(Math.random() * 1e9) });
    const want = expectedPanels(info.expect.surfaces, name);
    const panels = await waitForPanels(page, want.length, 8000);
    expect(panels.map((p) => p.kind).sort()).toEqual(want.map((s) => s.kind).sort());
    const unmatched = [...panels];
    for (const s of want) {
      // Panels and expectations are both in document order; take the first panel of the kind that fits.
      const at = unmatched.findIndex(
        (p) => p.kind === s.kind && (!s.recipient || p.recipient === s.recipient),
      );
      const panel = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
      expect(panel, `${s.kind} for ${s.recipient}`).toBeDefined();
      if (!panel) continue;
      for (const f of s.fields) {
        const count = panel.counts.find((c) => c.field === f);
        expect(count, `${s.kind} ${f}`).toBeDefined();
        const limit = s.limit?.[f];
        if (limit) expect(count?.limit).toBe(limit);
        const text = s.text?.[f];
        if (text !== undefined) expect(count?.count).toBe(text.length);
      }
    }
    await page.close();
  });
});

describe('typing updates the count exactly (UTF-16, as LinkedIn counts)', () => {
  it.each(withSurfaces)('%s', async (name) => {
    const info = FIXTURES[name];
    if (!info) throw new Error(name);
    const page = await session.open(name);
    const first = expectedPanels(info.expect.surfaces, name)[0] as ExpectedSurface;
    await waitForPanels(page, expectedPanels(info.expect.surfaces, name).length, 8000);
    const mainField = first.fields.includes('note') ? 'note' : 'body';
    const before = (await readPanels(page))
      .find((p) => p.kind === first.kind)
      ?.counts.find((c) => c.field === mainField);
    const field = fieldOf(page, first);
    await field.click();
    await page.keyboard.press('End');
    // "Hi 😀 🇸🇪" is 10 UTF-16 units but 6 characters as people see them.
    await field.pressSequentially(' Hi 😀 🇸🇪');
    await expect
      .poll(
        async () =>
          (await readPanels(page))
            .find((p) => p.kind === first.kind)
            ?.counts.find((c) => c.field === mainField)?.count,
      )
      .toBe((before?.count ?? 0) + 11);
    await page.close();
  });
});

describe('pages without a compose box get no panel', () => {
  it.each(withoutSurfaces)('%s', async (name) => {
    const page = await session.open(name);
    await page.waitForTimeout(400);
    expect(await readPanels(page)).toEqual([]);
    await page.close();
  });
});

describe('the coaching UI is loaded only when it can be needed', () => {
  it('a feed that is only read gets the small content script; the first click brings the UI', async () => {
    const page = await session.open('heavy-feed');
    const cdp = await page.context().newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    await page.waitForTimeout(1500);
    await page.evaluate(() =>
      (window as unknown as { __ccHeavy(n: number): Promise<number> }).__ccHeavy(300),
    );
    await page.waitForTimeout(300);
    expect(parsed.some((u) => u.endsWith('/content-scripts/linkedin.js'))).toBe(true);
    expect(parsed.filter((u) => u.endsWith('/coach-ui.js'))).toEqual([]);
    expect(await readPanels(page)).toEqual([]);
    await page
      .locator('[role="article"]')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await expect.poll(() => parsed.filter((u) => u.endsWith('/coach-ui.js')).length).toBe(1);
    await cdp.detach();
    await page.close();
  });
});

describe('a compose box that appears without any interaction', () => {
  it('deep inside a busy feed, still gets a panel within a second or so', async () => {
    const source = await session.open('connect-2026-note-free');
    await waitForPanels(source, 1);
    // LinkedIn's dialog markup, without our own panel host.
    const dialog = await source.evaluate(() => {
      const outlet = (document.getElementById('interop-outlet') as HTMLElement).cloneNode(
        true,
      ) as HTMLElement;
      for (const host of outlet.querySelectorAll('connect-coach-panel')) host.remove();
      return outlet.innerHTML;
    });
    await source.close();
    const page = await session.open('heavy-feed');
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    await page.evaluate((html) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      // Deep in the layout (the feed's own batches drop old posts, so not inside a post).
      (document.querySelector('aside > div') as HTMLElement).append(holder);
    }, dialog);
    await page.evaluate(() =>
      (window as unknown as { __ccHeavy(n: number): Promise<number> }).__ccHeavy(100),
    );
    const [panel] = await waitForPanels(page, 1, 4000);
    expect(panel?.kind).toBe('connection-note');
    expect(Date.now() - t0).toBeLessThan(3000);
    await page.close();
  });
});

describe("LinkedIn's DOM outside our panel is left exactly as it was", () => {
  it.each(['connect-2026-note-free', 'connect-legacy-note', 'messaging-page', 'comment-quill', 'inmail'])(
    '%s',
    async (name) => {
      const info = FIXTURES[name];
      if (!info) throw new Error(name);
      const surface = info.expect.surfaces[0] as ExpectedSurface;
      const typeInto = async (page: Page) => {
        const field = fieldOf(page, surface);
        await field.click();
        await page.keyboard.press('Control+End');
        await field.pressSequentially('Hej Zoë 👋');
        await page.waitForTimeout(200);
        return domWithoutPanels(page);
      };
      const withExtension = await session.open(name, { seed: 42 });
      await waitForPanels(withExtension, 1);
      const plain = await session.open(name, { seed: 42, plain: true });
      expect(await readPanels(plain)).toEqual([]);
      const [a, b] = [await typeInto(withExtension), await typeInto(plain)];
      expect(a.length).toBeGreaterThan(500);
      expect(a).toBe(b);
      await withExtension.close();
      await plain.close();
    },
  );
});

describe('dialogs opening and closing', () => {
  it.each(fixtureNames().filter((n) => FIXTURES[n]?.expect.steps?.length))(
    '%s: panels follow each step',
    async (name) => {
      const info = FIXTURES[name];
      if (!info?.expect.steps) throw new Error(name);
      const page = await session.open(name);
      await waitForPanels(page, info.expect.surfaces.length, 8000);
      for (const step of info.expect.steps) {
        if (step.click) await page.locator(step.click).first().click();
        else if (/history\.back/.test(step.action)) await page.goBack();
        const panels = await waitForPanels(page, step.surfaces.length, 8000);
        expect(panels.map((p) => p.kind).sort(), step.action).toEqual(
          step.surfaces.map((s) => s.kind).sort(),
        );
        if (step.url) expect(page.url()).toBe(step.url);
      }
      await page.close();
    },
  );
});

describe('chat bubbles', () => {
  it('coaches the bubble the user is typing in', async () => {
    const page = await session.open('messaging-bubbles');
    const [first] = await waitForPanels(page, 1);
    const recipients = (FIXTURES['messaging-bubbles']?.expect.surfaces ?? []).map((s) => s.recipient);
    expect(recipients).toContain(first?.recipient);
    const other = recipients.find((r) => r !== first?.recipient);
    await page.locator('.msg-overlay-conversation-bubble--default-inactive [contenteditable="true"]').click();
    await expect.poll(async () => (await readPanels(page)).map((p) => p.recipient)).toEqual([other]);
    await page.close();
  });
});

describe('counting edge cases in the real browser', () => {
  it('warns when a paste was cut by the box limit', async () => {
    const page = await session.open('connect-legacy-note');
    await waitForPanels(page, 1);
    const long = 'Zoë '.repeat(100); // 400 characters into a 300-character box
    await page.locator('textarea:visible').click();
    await page.evaluate((text) => {
      const ta = document.activeElement as HTMLTextAreaElement;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      // A synthetic paste event tells the content script what was pasted; the text is then typed in
      // as the browser would insert it, with maxlength applied.
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, long);
    await page.keyboard.insertText(long);
    const count = await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value.length);
    expect(count).toBe(300);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('connect-coach-panel')
              ?.shadowRoot?.querySelector('[data-testid="cc-paste-cut"]')?.textContent ?? '',
        ),
      )
      .toMatch(/last 100 were dropped/);
    await page.close();
  });
});

describe('whole suite hygiene', () => {
  it('no page errors and no request left for another host', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
