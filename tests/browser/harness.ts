/**
 * Runs the built extension in a real Chromium (persistent context: extensions need one) against our
 * own LinkedIn-like fixture pages. Every http(s) request is aborted except https://www.linkedin.com/**,
 * which is served from tests/fixtures/linkedin; the extension's own chrome-extension:// URLs are left
 * alone (toolchain.md: a catch-all route breaks them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { FIXTURES, loadFixture } from '../fixtures/linkedin/index';
import { extensionLaunchOptions } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

// Let routing (and so the stray-request record) see the extension service worker's own requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** A host that the content script does not match: the same fixture served there shows LinkedIn's DOM untouched. */
export const PLAIN_ORIGIN = 'https://fixtures.invalid';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that tried to leave for any host other than the fixtures. */
  strayRequests: string[];
  /** Uncaught errors on any page. */
  pageErrors: string[];
  open(
    fixture: string,
    opts?: { seed?: number; plain?: boolean; url?: string; viewport?: { width: number; height: number } },
  ): Promise<Page>;
  /** Serves arbitrary markup at a LinkedIn URL (for markup we do not recognise). */
  openHtml(url: string, html: string): Promise<Page>;
  /** An extension page such as sidepanel.html or popup.html. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** `lang`: Chromium's UI language (--lang=de), which the extension's getMessage follows. */
export async function launch(opts: { headless?: boolean; lang?: string } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-profile-'));
  const options = extensionLaunchOptions([EXTENSION_DIR], opts.headless ?? true);
  if (opts.lang) options.args.push(`--lang=${opts.lang}`);
  const context = await chromium.launchPersistentContext(profile, options);
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  // Per URL, the HTML to serve; filled by open().
  const served = new Map<string, string>();

  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (route) => {
      strayRequests.push(route.request().url());
      return route.abort();
    },
  );
  const fulfil = (route: import('playwright-core').Route) => {
    const url = route.request().url().split('#')[0] as string;
    const body = served.get(url) ?? served.get(url.replace(/\?.*$/, ''));
    if (body === undefined) {
      strayRequests.push(url);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  await context.route('https://www.linkedin.com/**', fulfil);
  await context.route(`${PLAIN_ORIGIN}/**`, fulfil);

  context.on('page', (page) => {
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    strayRequests,
    pageErrors,
    async open(fixture, o = {}) {
      const info = FIXTURES[fixture];
      if (!info) throw new Error(`No fixture named ${fixture}`);
      const html = loadFixture(fixture, { seed: o.seed ?? 1 });
      const base = o.url ?? info.url;
      const url = o.plain ? base.replace('https://www.linkedin.com', PLAIN_ORIGIN) : base;
      served.set(url.split('#')[0] as string, html);
      const page = await context.newPage();
      if (o.viewport) await page.setViewportSize(o.viewport);
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${page.url()} console: ${m.text()}`);
      });
      await page.goto(url);
      return page;
    },
    async openHtml(url, html) {
      served.set(url, html);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PanelInfo {
  kind: string | null;
  recipient: string | null;
  counts: { field: string; count: number; limit: number }[];
}

/** What every Connect Coach panel on the page shows, read through open shadow roots and frames. */
export async function readPanels(page: Page): Promise<PanelInfo[]> {
  return page.evaluate(() => {
    const hosts: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'CONNECT-COACH-PANEL') hosts.push(el);
        else if (el.shadowRoot) walk(el.shadowRoot);
        if (el.tagName === 'IFRAME') {
          try {
            const d = (el as HTMLIFrameElement).contentDocument;
            if (d) walk(d);
          } catch {}
        }
      }
    };
    walk(document);
    return hosts.map((h) => {
      const s = h.shadowRoot as ShadowRoot;
      return {
        kind: s.querySelector('[data-testid="cc-surface"]')?.getAttribute('data-kind') ?? null,
        recipient: s.querySelector('[data-testid="cc-recipient"]')?.textContent ?? null,
        counts: [...s.querySelectorAll('[data-testid="cc-count"]')].map((c) => ({
          field: c.getAttribute('data-field') ?? '',
          count: Number(c.getAttribute('data-count')),
          limit: Number(c.getAttribute('data-limit')),
        })),
      };
    });
  });
}

/** The page's DOM serialised without our panels (through shadow roots and same-origin frames). */
export async function domWithoutPanels(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === 3) {
        out.push(JSON.stringify((node as Text).data));
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (el.tagName.startsWith('CONNECT-COACH-')) return;
      const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
      out.push(`<${el.tagName} ${attrs}>`);
      if (el.shadowRoot) {
        out.push('#shadow');
        for (const c of el.shadowRoot.childNodes) visit(c);
      }
      if (el.tagName === 'IFRAME') {
        try {
          const d = (el as HTMLIFrameElement).contentDocument;
          if (d?.documentElement) visit(d.documentElement);
        } catch {}
      }
      for (const c of el.childNodes) visit(c);
      out.push(`</${el.tagName}>`);
    };
    visit(document.documentElement);
    return out.join('');
  });
}

/** Waits until the page shows `n` panels (or fails with what it shows). */
export async function waitForPanels(page: Page, n: number, timeout = 5000): Promise<PanelInfo[]> {
  const start = Date.now();
  let last: PanelInfo[] = [];
  while (Date.now() - start < timeout) {
    last = await readPanels(page);
    if (last.length === n && last.every((p) => p.kind !== null)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`Expected ${n} panel(s), found ${last.length}: ${JSON.stringify(last)}`);
}
