/**
 * Markup we do not recognise: no panel on the page, the side panel explains why, and its paste-in
 * drafting box counts exactly as the on-page panel would.
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
