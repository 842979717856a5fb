/**
 * The UI in the browser's language (Chromium's --lang) and in the language chosen in the settings,
 * with the built extension: the coaching UI on a LinkedIn page (count, recipient and the advice, read
 * through our shadow roots), the popup, the dashboard and the onboarding page show the translation,
 * with no English message left; axe finds no serious violation; at 900×700 nothing overflows
 * (every laid-out element's scrollWidth within its clientWidth, our hosts inside the viewport).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../lib/i18n/messages';
import { readTranslation } from '../../scripts/build-locales';
import { axe } from './axe';
import { launch, type Session, waitForPanels } from './harness';

const VIEWPORT = { width: 900, height: 700 };
const NOTE =
  "Hi Jürgen, I came across your profile and I'd like to add you to my professional network. We help teams like yours cut costs, book a 15-minute call this week?";

/** English messages that differ from the translation: seeing one means a string was left English. */
function englishOnly(lang: 'de' | 'fr' | 'es' | 'pt_BR', prefixes: readonly string[]): string[] {
  const tr = readTranslation(lang);
  return (
    Object.entries(EN as Record<string, string>)
      .filter(([k, en]) => prefixes.some((p) => k.startsWith(p)) && tr[k] !== en)
      .map(([, en]) => norm(en.split(/\{[a-z0-9_]+\}/).sort((a, b) => b.length - a.length)[0] ?? ''))
      // Several words, so a word both languages share ("Import", "Version") is not taken for English.
      .filter((piece) => piece.length >= 10 && piece.includes(' '))
  );
}

/** Spaces as the page's text is compared: any run of white space, no-break ones too, is one space. */
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** All text of our UI on a LinkedIn page (every connect-coach-* host's shadow root), and its layout. */
async function ourUi(page: Page) {
  return page.evaluate(() => {
    // Inline boxes have no width of their own; screen-reader-only text is clipped to 1px on purpose;
    // an ellipsis is a designed cut (the preview of the user's own text, long names in a table).
    const skip = (el: HTMLElement) => {
      const css = getComputedStyle(el);
      return el.clientWidth <= 2 || css.display === 'inline' || css.textOverflow === 'ellipsis';
    };
    const hosts = [...document.querySelectorAll('*')].filter(
      (el) => el.tagName.startsWith('CONNECT-COACH-') && el.shadowRoot,
    );
    const overflows: string[] = [];
    let text = '';
    for (const host of hosts) {
      const root = host.shadowRoot as ShadowRoot;
      text += ` ${[...root.children].map((c) => (c as HTMLElement).innerText ?? c.textContent).join(' ')}`;
      const rect = host.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < -1 || rect.right > innerWidth + 1))
        overflows.push(`${host.tagName} at ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      // Labels the layout cuts with an ellipsis: the card's title, its recipient line, the chip's
      // warning. (The fixtures' names are short: a cut here is our words being too long.)
      for (const el of root.querySelectorAll<HTMLElement>('.cc-title, .cc-recipient, .cc-chip-warn'))
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          overflows.push(`cut: ${el.className} "${el.textContent}" ${el.scrollWidth}>${el.clientWidth}`);
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (skip(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1)
          overflows.push(
            `${el.tagName}.${el.className} "${(el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`,
          );
      }
    }
    return { text: text.replace(/\s+/g, ' '), overflows, hosts: hosts.length };
  });
}

/** Elements of an extension page wider than their box, and the page wider than the window. */
async function pageOverflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: HTMLElement) => {
      const css = getComputedStyle(el);
      return el.clientWidth <= 2 || css.display === 'inline' || css.textOverflow === 'ellipsis';
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1)
      out.push(`page ${document.documentElement.scrollWidth}>${innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (skip(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName}.${el.className} "${(el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`,
        );
    }
    return out;
  });
}

/** The coaching card beside the box: opened by itself when there is room, else from its chip. */
async function openCard(page: Page) {
  await page.waitForTimeout(400);
  const open = await page.evaluate(
    () =>
      document
        .querySelector('connect-coach-panel')
        ?.shadowRoot?.querySelector('[data-testid="cc-card"]')
        ?.getAttribute('data-open') ?? null,
  );
  if (open !== 'true') await page.locator('connect-coach-panel [data-testid="cc-chip"]').click();
}

const leftEnglish = (text: string, english: readonly string[]) => english.filter((e) => text.includes(e));

describe.each([
  ['de', 'connect-2026-non-english', 'Jürgen'],
  ['fr', 'connect-2026-note-free', 'Ayşe'],
] as const)('Chromium with --lang=%s', (lang, fixture, firstName) => {
  let session: Session;
  const tr = readTranslation(lang);
  beforeAll(async () => {
    session = await launch({ lang });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the coaching UI on LinkedIn speaks it: count, recipient and advice; the note is quoted as written', async () => {
    const page = await session.open(fixture);
    await page.setViewportSize(VIEWPORT);
    const [panel] = await waitForPanels(page, 1);
    expect(panel?.recipient).toContain(firstName);
    const box = page.locator('dialog[open] textarea');
    await box.click();
    await box.pressSequentially(NOTE.replace('Jürgen', firstName));
    await openCard(page);
    const opening = norm((tr.draft_generic_opening as string).split('{quote}')[0] as string);
    await expect.poll(async () => (await ourUi(page)).text).toContain(opening);
    const ui = await ourUi(page);
    // The recipient line, in the translation's words around the name.
    const to = norm((tr.panel_to as string).replace('{name}', ''));
    expect(ui.text).toContain(to);
    // The generic opener is explained in this language and quoted in English, as typed.
    const quote = norm((tr.common_quote as string).replace('{text}', 'I came across your profile'));
    expect(ui.text).toContain(quote);
    // The count is a number the language's way, and its label is translated.
    const counts = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[data-testid="cc-count"]') ?? [])])
        .map((c) => `${c.getAttribute('data-count')}/${c.getAttribute('data-limit')}`),
    );
    expect(counts[0]).toBe(`${NOTE.replace('Jürgen', firstName).length}/200`);
    expect(
      leftEnglish(
        ui.text,
        englishOnly(lang, [
          'panel_',
          'warn_',
          'insights_',
          'field_',
          'kind_',
          'meter_',
          'rule_',
          'draft_',
          'chip_',
          'evidence_',
          'advice_',
        ]),
      ),
    ).toEqual([]);
    expect(ui.overflows).toEqual([]);
    expect(await axe(page, true)).toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'dashboard.html', 'onboarding.html'])(
    '%s speaks it, axe-clean, nothing overflows at 900×700',
    async (path) => {
      const page = await session.openExtensionPage(path);
      await page.setViewportSize(VIEWPORT);
      await page.waitForSelector('#root *');
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
      const expected = {
        'popup.html': tr.popup_open_dashboard,
        'dashboard.html': tr.dashboard_title,
        'onboarding.html': tr.onboarding_never_title,
      }[path] as string;
      expect(text).toContain(norm(expected));
      expect(
        leftEnglish(
          text,
          englishOnly(lang, [
            'popup_',
            'dashboard_',
            'checklist_',
            'table_',
            'settings_',
            'onboarding_',
            'access_',
            'import_',
            'export_',
            'wipe_',
            'insight_',
          ]),
        ),
      ).toEqual([]);
      expect(await pageOverflows(page)).toEqual([]);
      expect(await axe(page, false)).toEqual([]);
      await page.close();
    },
  );

  it('with steps due: the popup’s groups counted in its plurals, action words whole on one line; the dashboard’s table in it too', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByTestId('cc-checklist-empty').waitFor();
    const res = await popup.evaluate(
      (r) => chrome.runtime.sendMessage({ type: 'tracker/import', records: r, mode: 'merge' }),
      dueContacts(),
    );
    expect(res).toMatchObject({ ok: true });
    await expect.poll(() => popup.getByTestId('cc-due-item').count(), { timeout: 15_000 }).toBe(7);
    // 1 reply, 2 first messages, 1 follow-up, 3 stale requests: each group's title in this
    // language's plural for its count (Intl.PluralRules of the catalogue's locale).
    const rules = new Intl.PluralRules(tr.format_date_locale as string);
    const group = (base: string, n: number) =>
      (tr[`${base}_${rules.select(n)}`] ?? tr[`${base}_other`] ?? '').replace('{count}', String(n));
    expect(norm((await popup.getByTestId('cc-due-summary').textContent()) ?? '')).toBe(
      norm(
        [
          group('group_reply', 1),
          group('group_first_message', 2),
          group('group_follow_up', 1),
          group('group_withdraw', 3),
        ].join(' · '),
      ),
    );
    // The action words are this language's, and no ellipsis cuts them (measured).
    const shorts = Object.keys(EN)
      .filter((k) => k.startsWith('action_short_'))
      .map((k) => tr[k]);
    const actions = await popup
      .locator('.cc-due-action')
      .evaluateAll((els) =>
        els.map((e) => ({ text: e.textContent ?? '', cut: e.scrollWidth > e.clientWidth + 1 })),
      );
    expect(actions.length).toBe(7);
    for (const a of actions) {
      expect(shorts).toContain(a.text);
      expect(a.cut, a.text).toBe(false);
    }
    // Each line stays one line: as tall as the one-line rows of the English test (36px).
    const heights = await popup
      .locator('[data-testid="cc-due-item"] .cc-due-row')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(36);
    const popupText = (await popup.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    expect(
      leftEnglish(popupText, englishOnly(lang, ['group_', 'when_', 'action_short_', 'checklist_'])),
    ).toEqual([]);
    expect(await pageOverflows(popup)).toEqual([]);
    expect(await axe(popup, false)).toEqual([]);
    await popup.close();

    const dashboard = await session.openExtensionPage('dashboard.html');
    await dashboard.setViewportSize(VIEWPORT);
    await dashboard.waitForSelector('table tbody tr');
    await dashboard.waitForTimeout(400);
    const text = (await dashboard.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    expect(text).toContain(norm(tr.table_audience_version as string));
    expect(
      leftEnglish(
        text,
        englishOnly(lang, ['table_', 'status_', 'when_', 'format_', 'dashboard_', 'action_']),
      ),
    ).toEqual([]);
    expect(await pageOverflows(dashboard)).toEqual([]);
    expect(await axe(dashboard, false)).toEqual([]);
    await dashboard.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Seven people with a step due: 1 reply, 2 first messages, 1 follow-up, 3 stale requests. */
function dueContacts() {
  const person = (i: number, over: Record<string, unknown>) => {
    const url = `https://www.linkedin.com/in/due-${i}`;
    return {
      v: 2,
      id: url,
      name: `Person ${i} Example`,
      profileUrl: url,
      degree: null,
      messages: [],
      status: 'none',
      signals: {},
      createdAt: ago(80),
      updatedAt: ago(80),
      ...over,
    };
  };
  const accepted = { degree: 1, request: { sentAt: ago(40), note: null }, acceptedAt: ago(35) };
  return [
    person(0, {
      ...accepted,
      messages: [{ sentAt: ago(30), kind: 'first' }],
      repliedAt: ago(5),
      status: 'replied',
    }),
    person(1, {
      degree: 1,
      request: { sentAt: ago(12), note: null },
      acceptedAt: ago(5),
      status: 'accepted',
    }),
    person(2, {
      degree: 1,
      request: { sentAt: ago(12), note: null },
      acceptedAt: ago(6),
      status: 'accepted',
    }),
    person(3, { ...accepted, messages: [{ sentAt: ago(12), kind: 'first' }], status: 'accepted' }),
    person(4, { request: { sentAt: ago(30), note: null }, status: 'pending' }),
    person(5, { request: { sentAt: ago(31), note: null }, status: 'pending' }),
    person(6, { request: { sentAt: ago(32), note: null }, status: 'pending' }),
  ];
}

describe('a language chosen in the settings', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('wins over the browser’s: the dashboard redraws in it without a reload, LinkedIn tabs show it; "as the browser" goes back', async () => {
    const es = readTranslation('es');
    const de = readTranslation('de');
    const dashboard = await session.openExtensionPage('dashboard.html');
    await dashboard.getByTestId('cc-settings-uiLanguage').waitFor();
    expect(await dashboard.getByRole('heading', { level: 1 }).textContent()).toBe(de.dashboard_title);
    // Something typed elsewhere on the page survives the switch: no reload.
    await dashboard.getByTestId('cc-wipe-confirm').fill('keep me');
    await dashboard.getByTestId('cc-settings-uiLanguage').selectOption('es');
    await dashboard.getByTestId('cc-settings-save').click();
    await expect
      .poll(() => dashboard.getByRole('heading', { level: 1 }).textContent())
      .toBe(es.dashboard_title);
    expect(await dashboard.getByTestId('cc-wipe-confirm').inputValue()).toBe('keep me');
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('es');
    // The background stored the Spanish catalogue for the coaching UI.
    await expect
      .poll(() =>
        session.worker.evaluate(async () => {
          const got = await chrome.storage.local.get('uiCatalogue');
          return (got.uiCatalogue as { language?: string } | undefined)?.language ?? null;
        }),
      )
      .toBe('es');
    const page = await session.open('connect-2026-non-english');
    await waitForPanels(page, 1);
    const box = page.locator('dialog[open] textarea');
    await box.click();
    await box.pressSequentially('Hi [Name], quick question for you.');
    await openCard(page);
    const fill = (c: Record<string, string>) =>
      norm((c.draft_placeholder as string).split('{quote}')[0] as string);
    await expect.poll(async () => (await ourUi(page)).text).toContain(fill(es));
    expect((await ourUi(page)).text).not.toContain(fill(de));

    // The wipe accepts the Spanish word, and DELETE.
    await dashboard.getByTestId('cc-wipe-confirm').fill(es.wipe_confirm_word as string);
    expect(await dashboard.getByTestId('cc-wipe-submit').isEnabled()).toBe(true);
    await dashboard.getByTestId('cc-wipe-confirm').fill('DELETE');
    expect(await dashboard.getByTestId('cc-wipe-submit').isEnabled()).toBe(true);
    await dashboard.getByTestId('cc-wipe-confirm').fill('BORRA');
    expect(await dashboard.getByTestId('cc-wipe-submit').isEnabled()).toBe(false);

    await dashboard.getByTestId('cc-settings-uiLanguage').selectOption('auto');
    await dashboard.getByTestId('cc-settings-save').click();
    await expect
      .poll(() => dashboard.getByRole('heading', { level: 1 }).textContent())
      .toBe(de.dashboard_title);
    await expect
      .poll(() =>
        session.worker.evaluate(async () => Object.keys(await chrome.storage.local.get('uiCatalogue'))),
      )
      .toEqual([]);
    expect(session.strayRequests).toEqual([]);
    await page.close();
    await dashboard.close();
  });
});
