/**
 * Markup we do not recognise: no panel on the page, the side panel explains why; its paste-in drafting
 * box counts exactly as the on-page card would and gives the same coaching, with the next step for the
 * person on the LinkedIn tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readPanels, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const UNKNOWN_EDITOR = `<!doctype html><html lang="en"><head><title>Jobs | LinkedIn</title></head>
<body><main><section><h1>Apply to Tidewater</h1>
<div class="_9f3a1c2d"><textarea class="_a81b44e0" aria-label="Cover letter"></textarea></div>
</section></main></body></html>`;

describe('side panel', () => {
  it('explains why a focused box got no panel', async () => {
    const page = await session.openHtml('https://www.linkedin.com/jobs/view/4242/', UNKNOWN_EDITOR);
    await page.locator('textarea').click();
    await page.keyboard.type('Dear hiring team');
    await page.waitForTimeout(300);
    expect(await readPanels(page)).toEqual([]);

    const side = await session.openExtensionPage('sidepanel.html');
    const unrecognised = side.getByTestId('cc-unrecognised');
    await unrecognised.waitFor();
    expect(await unrecognised.textContent()).toMatch(
      /did not recognise the box.*outside any dialog or messaging form/s,
    );
    await side.close();
    await page.close();
  });

  it('paste-in mode counts like LinkedIn and follows the account type', async () => {
    const side = await session.openExtensionPage('sidepanel.html');
    const note = side.getByTestId('cc-paste-note');
    await note.fill('Hi Zoë 👋 loved your talk on forecasting');
    const meter = side.getByTestId('cc-count');
    expect(await meter.getAttribute('data-count')).toBe(
      String('Hi Zoë 👋 loved your talk on forecasting'.length),
    );
    expect(await meter.getAttribute('data-limit')).toBe('200');
    await side.getByTestId('cc-paste-account').selectOption('premium');
    await expect.poll(() => meter.getAttribute('data-limit')).toBe('300');

    await side.getByTestId('cc-paste-kind').selectOption('inmail');
    const meters = side.getByTestId('cc-count');
    await expect.poll(() => meters.count()).toBe(2);
    expect(await meters.nth(0).getAttribute('data-field')).toBe('subject');
    expect(await meters.nth(1).getAttribute('data-limit')).toBe('2000');
    await side.close();
  });

  it('gives the same coaching as the card: warnings with their fixes, first glance, score', async () => {
    const side = await session.openExtensionPage('sidepanel.html');
    const pitch =
      "Hi, I'd like to add you to my professional network. We help companies like yours grow ROI: book a demo at https://acme.io";
    await side.getByTestId('cc-paste-note').fill(pitch);
    await expect.poll(() => side.getByTestId('cc-warning').count()).toBeGreaterThan(2);
    const rules = await side
      .getByTestId('cc-warning')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['generic-opener', 'pitch', 'link']));
    // The most important one first, with its title; then how the opening reads; the score in the details.
    expect(await side.getByTestId('cc-top-warning').textContent()).toBeTruthy();
    expect(await side.getByTestId('cc-preview').textContent()).toMatch(/First glance:.*I'd like to add you/);
    expect(Number(await side.getByTestId('cc-score').getAttribute('data-score'))).toBeLessThan(60);
    // An empty box: what a good note has, no score.
    await side.getByTestId('cc-paste-note').fill('');
    await expect.poll(() => side.getByTestId('cc-good').count()).toBe(1);
    expect(await side.getByTestId('cc-score').count()).toBe(0);
    await side.close();
  });

  it('shows the next step for the person on the LinkedIn tab', async () => {
    const page = await session.open('profile-2026-connectable');
    await expect
      .poll(() =>
        page.evaluate(() =>
          Boolean(
            document
              .querySelector('connect-coach-card')
              ?.shadowRoot?.querySelector('[data-testid="cc-profile-chip"]'),
          ),
        ),
      )
      .toBe(true);
    const side = await session.openExtensionPage('sidepanel.html');
    const next = side.getByTestId('cc-side-next');
    await next.waitFor();
    expect(await next.textContent()).toMatch(/Next step for Zoë Ångström/);
    await expect
      .poll(() => side.getByTestId('cc-advice').getAttribute('data-action'))
      .toBe('send-request-blank');
    await side.close();
    await page.close();
  });

  it('the popup opens and offers the side panel', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Draft in the side panel' }).waitFor();
    await popup.close();
  });

  it('no page errors, no stray requests', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
