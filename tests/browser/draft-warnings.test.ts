/**
 * The panel tells the user, while they type, what will hurt their note or message, with the figure
 * behind each warning; a good note gets no warning at all.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session, waitForPanels } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Shown {
  rules: string[];
  severities: string[];
  score: number | null;
  evidence: string[];
}

async function shown(page: Page, field?: 'subject' | 'body'): Promise<Shown> {
  return page.evaluate((f) => {
    const root = document.querySelector('connect-coach-panel')?.shadowRoot;
    const fields = [...(root?.querySelectorAll('.cc-field') ?? [])];
    const scope =
      (f ? fields.find((el) => el.querySelector(`[data-field="${f}"]`)) : fields[fields.length - 1]) ?? root;
    const warnings = [...(scope?.querySelectorAll('[data-testid="cc-warning"]') ?? [])];
    // The score sits in the card's details, last, marked with its field.
    const name = scope instanceof Element ? scope.getAttribute('data-field') : null;
    const score = root
      ?.querySelector(`[data-testid="cc-score"][data-field="${name}"]`)
      ?.getAttribute('data-score');
    return {
      rules: warnings.map((w) => w.getAttribute('data-rule') ?? ''),
      severities: warnings.map((w) => w.getAttribute('data-severity') ?? ''),
      score: score ? Number(score) : null,
      evidence: warnings.map((w) => w.querySelector('[data-testid="cc-evidence"]')?.textContent ?? ''),
    };
  }, field);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await field.pressSequentially(text);
}

describe('warnings while typing', () => {
  it('a templated, pitchy note gets its problems named, each with its evidence', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await typeInto(
      page,
      page.locator('dialog[open] textarea'),
      "Hi [Name], I'd like to add you to my professional network. We help companies like yours grow ROI, book a demo: https://acme.io",
    );
    await expect
      .poll(async () => (await shown(page)).rules)
      .toEqual(expect.arrayContaining(['placeholder', 'generic-opener', 'pitch', 'big-ask', 'link']));
    const s = await shown(page);
    expect(s.severities[0]).toBe('error'); // most severe first
    expect(s.score).toBeLessThan(50);
    // Every warning carries its evidence: a figure and the seed it comes from.
    for (const e of s.evidence) expect(e).toMatch(/^Why: .+\(.+\)$/s);
    await page.close();
  });

  it('a good, specific, short note gets no warning and a high score', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await typeInto(
      page,
      page.locator('dialog[open] textarea'),
      'Hi Ayşe, your post on the accessibility audit checklist was spot on. I run audits at Tidewater too and would be glad to connect.',
    );
    await expect.poll(async () => (await shown(page)).score).toBeGreaterThanOrEqual(90);
    expect((await shown(page)).severities.filter((s) => s !== 'info')).toEqual([]);
    await page.close();
  });

  it('greeting someone else by name is caught against the name LinkedIn shows', async () => {
    const page = await session.open('connect-2026-note-free');
    await waitForPanels(page, 1);
    await typeInto(
      page,
      page.locator('dialog[open] textarea'),
      'Hi Zoë, your post on the audit checklist was spot on. Glad to connect.',
    );
    await expect.poll(async () => (await shown(page)).rules).toContain('name-mismatch');
    await page.close();
  });

  it('a blank note gets no score and no warning, only what a good note has (a blank request is fine)', async () => {
    const page = await session.open('connect-legacy-note');
    await waitForPanels(page, 1);
    const good = () =>
      page.evaluate(
        () =>
          document.querySelector('connect-coach-panel')?.shadowRoot?.querySelector('[data-testid="cc-good"]')
            ?.textContent ?? '',
      );
    await expect.poll(good).toMatch(/one specific reason to connect.*or send no note at all/);
    const s = await shown(page);
    expect(s.rules).toEqual([]);
    expect(s.score).toBeNull();
    await page.close();
  });

  it('a pushy first message in a chat bubble', async () => {
    const page = await session.open('messaging-page');
    await waitForPanels(page, 1);
    await typeInto(
      page,
      page.locator('[contenteditable="true"]').first(),
      'Hi Søren, my company sells the best data platform. Can we schedule a 30-minute demo call this week? Please respond ASAP!!!',
    );
    await expect
      .poll(async () => (await shown(page)).rules)
      .toEqual(expect.arrayContaining(['pitch', 'big-ask', 'pushy', 'shouting']));
    await page.close();
  });

  it('InMail: the subject line is judged on its own', async () => {
    const page = await session.open('inmail');
    await waitForPanels(page, 1);
    await typeInto(page, page.locator('.msg-form__subject-line input'), 'Quick question');
    await expect.poll(async () => (await shown(page, 'subject')).rules).toEqual(['weak-subject']);
    await page.close();
  });

  it('over the limit is an error and says how much to cut', async () => {
    const page = await session.open('comment-quill');
    await waitForPanels(page, 1);
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(` ${'Great thread on ranking losses and evaluation. '.repeat(28)}`);
    await expect.poll(async () => (await shown(page)).rules).toContain('over-limit');
    const s = await shown(page);
    expect(s.severities[0]).toBe('error');
    await page.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
