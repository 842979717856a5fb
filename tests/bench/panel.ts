/**
 * Panel visible after the compose box appears (issue 7: median ≤ 50 ms in Chromium; issue 11: the
 * panel is now a chip floating at the box's corner, so "visible" means placed and shown).
 *
 * On the connect-2026-note-free fixture (the 2026 "Add a note" dialog inside #interop-outlet), we take
 * the dialog's markup, remove it, wait until our panel is gone and the page is quiet, then in the page:
 * a MutationObserver on the document (and on each panel's open shadow root as it appears, attributes
 * included) is armed, T0 = performance.now(), the dialog markup is inserted; T1 = performance.now() in
 * the observer callback that first sees the count chip of `connect-coach-panel` placed and visible
 * (floating-ui has positioned it). T1 − T0 covers detection (the watcher's MutationObserver + throttled
 * scan), the shadow host's mount, React's first render and the first placement. The host's insertion
 * and the count's first render are kept too.
 */
import type { Page } from 'playwright-core';
import type { BenchSession } from './browser';
import { atMost, type BenchOptions, median, msRow, type Row, round, sleep } from './util';

const FIXTURE = 'connect-2026-note-free';

async function panelCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('connect-coach-panel')].filter((h) =>
        h.shadowRoot?.querySelector('[data-testid="cc-count"]'),
      ).length,
  );
}

async function waitFor(page: Page, want: number, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await panelCount(page)) !== want) {
    if (Date.now() > end) throw new Error(`panel count never became ${want} on ${FIXTURE}`);
    await sleep(20);
  }
}

/**
 * In the page: T0, the dialog markup goes into #interop-outlet; T1, the first panel with its count
 * rendered (seen by a MutationObserver on the document and on each panel's shadow root).
 */
function timePanel(page: Page, html: string): Promise<{ total: number; host: number; count: number }> {
  return page.evaluate(
    (html) =>
      new Promise<{ total: number; host: number; count: number }>((resolve, reject) => {
        const outlet = document.getElementById('interop-outlet') as HTMLElement;
        const watched = new WeakSet<Node>();
        let hostAt: number | null = null;
        let countAt: number | null = null;
        let t0 = 0;
        const timer = setTimeout(() => {
          const hosts = [...document.querySelectorAll('connect-coach-panel')];
          const seen = hosts.map((h) => {
            const chip = h.shadowRoot?.querySelector('[data-testid="cc-chip"]') as HTMLElement | null;
            return `${h.parentElement?.tagName}:${chip ? chip.style.visibility || 'unset' : 'no chip'}`;
          });
          reject(new Error(`no visible chip within 5 s (${seen.join(', ') || 'no host'})`));
        }, 5000);
        // (No named functions in here: the page cannot see tsx's __name helper.)
        const mo = new MutationObserver(() => {
          const t = performance.now();
          for (const h of document.querySelectorAll('connect-coach-panel')) {
            hostAt ??= t;
            const root = h.shadowRoot;
            if (!root) continue;
            if (root.querySelector('[data-testid="cc-count"]')) countAt ??= t;
            const chip = root.querySelector('[data-testid="cc-chip"]') as HTMLElement | null;
            if (chip?.style.visibility === 'visible') {
              mo.disconnect();
              clearTimeout(timer);
              resolve({ total: t - t0, host: (hostAt ?? t) - t0, count: (countAt ?? t) - t0 });
              return;
            }
            if (!watched.has(root)) {
              watched.add(root);
              mo.observe(root, {
                childList: true,
                subtree: true,
                attributes: true,
                attributeFilter: ['style'],
              });
            }
          }
        });
        mo.observe(document, { childList: true, subtree: true });
        t0 = performance.now();
        outlet.innerHTML = html;
      }),
    html,
  );
}

export async function benchPanel(s: BenchSession, opts: BenchOptions) {
  const runs = opts.quick ? 5 : 30;
  const page = await s.open(FIXTURE);
  await waitFor(page, 1);
  // LinkedIn's markup only: our own host now lives inside the modal dialog, so leave it out.
  const markup = await page.evaluate(() => {
    const outlet = document.getElementById('interop-outlet') as HTMLElement;
    const clone = outlet.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('connect-coach-panel')) host.remove();
    outlet.innerHTML = '';
    return clone.innerHTML;
  });
  const total: number[] = [];
  const host: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < runs; i++) {
    await waitFor(page, 0);
    // Past the watcher's 100 ms scan throttle, as when a user opens the dialog.
    await sleep(300);
    const r = await timePanel(page, markup);
    total.push(r.total);
    host.push(r.host);
    count.push(r.count);
    await page.evaluate(() => {
      (document.getElementById('interop-outlet') as HTMLElement).innerHTML = '';
    });
  }
  await page.close();

  // Cold: a feed page where the coaching UI is not loaded yet. The user's click (a real one, through
  // CDP) starts loading it; the dialog is inserted at once, harsher than LinkedIn's own round trip.
  const coldRuns = opts.quick ? 2 : 10;
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const feed = await s.open('heavy-feed');
    await sleep(1000);
    await feed.evaluate(() => {
      const outlet = document.createElement('div');
      outlet.id = 'interop-outlet';
      // An overlay on screen, as LinkedIn's outlet is (the feed has no CSS for the dialog's classes).
      outlet.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:1000;background:#fff';
      document.body.append(outlet);
    });
    await feed
      .locator('[role="article"]')
      .first()
      .click({ position: { x: 5, y: 5 } });
    cold.push((await timePanel(feed, markup)).total);
    await feed.close();
  }
  const rows: Row[] = [
    atMost(
      msRow('panel', 'compose box appears → count chip placed and visible (T1 − T0)', total, {
        note: `shadow host inserted after ${round(median(host), 1)} ms, count rendered after ${round(median(count), 1)} ms (medians); the rest is the first placement`,
      }),
      50,
    ),
    msRow(
      'panel',
      'first dialog on a page, right after the first click (coaching UI injected meanwhile)',
      cold,
      {
        note: 'T0 = dialog inserted just after the click; includes the background injecting coach-ui.js',
      },
    ),
  ];
  return {
    rows,
    detail: {
      fixture: FIXTURE,
      totalMs: total.map((x) => round(x, 2)),
      countMs: count.map((x) => round(x, 2)),
      hostMs: host.map((x) => round(x, 2)),
      coldMs: cold.map((x) => round(x, 2)),
    },
  };
}
