/**
 * Issue 11: our UI floats; it never moves, shrinks or covers LinkedIn's own UI. For every surface
 * fixture (LinkedIn-like CSS: modal 2026 dialogs with a max height and a scrolling body, fixed 400-px
 * chat bubbles, flex comment rows, the messaging page's fixed-height thread, Quill's clipboard helper) at
 * three window sizes, with the user typing in the box:
 * - every LinkedIn element keeps exactly its box (0 px) when our hosts are taken out;
 * - Send and the box sit exactly where they are on the same page without the extension at all;
 * - the element under the centre of LinkedIn's Send is Send, wherever Send is on screen;
 * - no point of the compose box is covered by our UI;
 * - the count chip is inside the viewport, and so is the card when it is open.
 * The figures go to .cache/layout-figures.json for the README and the report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/linkedin/index';
import { launch, type Session, waitForPanels } from './harness';
import {
  type LayoutProbe,
  probeFloatingPiece,
  probeLayout,
  TARGETS,
  type Target,
  VIEWPORTS,
} from './measure';

let session: Session;
const figures: Record<string, LayoutProbe & { plainSend: boolean }> = {};
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/layout-figures.json', JSON.stringify(figures, null, 1));
});

const SURFACES = Object.keys(TARGETS).filter((n) => (FIXTURES[n]?.expect.surfaces.length ?? 0) > 0);

function fieldLocator(page: Page, name: string, target: Target) {
  const scope =
    FIXTURES[name]?.expect.surfaces[0]?.container === 'iframe' ? page.frameLocator('iframe') : page;
  return scope.locator(target.field).first();
}

/** The box and Send on the page without the extension (served from a host our content script skips). */
async function plainPositions(name: string, viewport: { width: number; height: number }, target: Target) {
  const page = await session.open(name, { seed: 11, plain: true, viewport });
  await page.waitForTimeout(250);
  const field = fieldLocator(page, name, target);
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Hi');
  await page.waitForTimeout(100);
  const m = await probeLayout(page, target);
  await page.close();
  return m;
}

describe("LinkedIn's own layout is untouched: every surface at every size", () => {
  for (const viewport of VIEWPORTS) {
    describe(`${viewport.width}×${viewport.height}`, () => {
      it.each(SURFACES)('%s', async (name) => {
        const target = TARGETS[name] as Target;
        const page = await session.open(name, { seed: 11, viewport });
        // One panel per compose box; of several chat bubbles only the one being typed in.
        const boxes = name === 'messaging-bubbles' ? 1 : (FIXTURES[name]?.expect.surfaces.length ?? 1);
        await waitForPanels(page, boxes, 8000);
        const field = fieldLocator(page, name, target);
        await field.focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(' Hi');
        // Placement follows the box on the next frames.
        await page.waitForTimeout(400);
        const m = await probeLayout(page, target);
        await page.close();
        const plain = await plainPositions(name, viewport, target);
        figures[`${name} @ ${viewport.width}×${viewport.height}`] = {
          ...m,
          plainSend: plain.send.inViewport,
        };

        expect(m.hosts).toBeGreaterThan(0);
        expect(m.maxShift, `moved most: ${m.worst}`).toBe(0);
        // The same boxes as on the page without the extension at all.
        expect(m.field.box).toEqual(plain.field.box);
        expect(m.send.box).toEqual(plain.send.box);
        // Send stays reachable wherever it is reachable without us.
        expect(m.send.inViewport).toBe(plain.send.inViewport);
        if (m.send.inViewport) expect(m.send.hitIsSend, `under Send's centre: ${m.send.hit}`).toBe(true);
        expect(m.field.samples).toBeGreaterThan(0);
        expect(m.field.coveredByUs, 'points of the compose box covered by our UI').toBe(0);
        expect(m.chip.found, 'count chip').toBe(true);
        expect(m.chip.inViewport, `chip at ${JSON.stringify(m.chip.box)}`).toBe(true);
        if (m.card.open) expect(m.card.inViewport, `card at ${JSON.stringify(m.card.box)}`).toBe(true);
      });
    });
  }
});

describe('the profile chip and the Sent-page sync float in space LinkedIn leaves free', () => {
  const PAGES: [string, string][] = [
    ['profile-2026-connectable', 'connect-coach-card'],
    ['profile-2026-first', 'connect-coach-card'],
    ['profile-legacy-connectable', 'connect-coach-card'],
    ['sent-2026', 'connect-coach-sync'],
    ['sent-2025', 'connect-coach-sync'],
    ['sent-legacy', 'connect-coach-sync'],
  ];
  for (const viewport of VIEWPORTS) {
    it.each(PAGES)(`%s at ${viewport.width}×${viewport.height}`, async (name, host) => {
      const page = await session.open(name, { seed: 11, viewport });
      await expect
        .poll(() =>
          page.evaluate(
            (h) =>
              getComputedStyle(
                document.querySelector(h)?.shadowRoot?.querySelector('[data-float="chip"]') ?? document.body,
              ).visibility,
            host,
          ),
        )
        .toBe('visible');
      await page.waitForTimeout(300);
      const m = await probeFloatingPiece(page, host);
      await page.close();
      expect(m.hosts).toBeGreaterThan(0);
      expect(m.maxShift, `moved most: ${m.worst}`).toBe(0);
      expect(m.chip.inViewport, JSON.stringify(m.chip.box)).toBe(true);
      expect(m.covers, 'LinkedIn words or controls under the chip').toEqual([]);
      expect(m.controlsHidden, 'LinkedIn controls whose centre is ours').toEqual([]);
    });
  }
});

describe('whole suite hygiene', () => {
  it('no page errors and no request left for another host', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
