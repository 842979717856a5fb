/**
 * A Chromium whose profile and unpacked extension outlive one launch, for the lifecycle tests: the
 * extension is a copy in a temporary folder (so a test can change its version and load it again, as
 * an update does), and the profile is kept so the browser can be restarted on it. Requests are
 * handled as in harness.ts: fixtures at https://www.linkedin.com, every other http(s) request aborted
 * and recorded.
 *
 * Updating uses the DevTools protocol's Extensions.loadUnpacked on the same folder (Chromium needs
 * --enable-unsafe-extension-debugging for it): the same extension id comes back with the new files,
 * and Chrome fires runtime.onInstalled with reason "update". (chrome.runtime.reload() unloads an
 * extension loaded with --load-extension and does not bring it back under these flags.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { FIXTURES, loadFixture } from '../fixtures/linkedin/index';
import { extensionLaunchOptions } from './chromium';
import { EXTENSION_DIR } from './harness';

export interface PersistentSession {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  strayRequests: string[];
  pageErrors: string[];
  /** The extension's current service worker (a new one after an update or a restart). */
  worker(): Promise<Worker>;
  open(fixture: string): Promise<Page>;
  openHtml(url: string, html: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  /** Sets the package's version and loads it again in place: an update while tabs stay open. */
  update(version: string): Promise<void>;
  /** Closes the browser and starts it again on the same profile and extension folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchPersistent(): Promise<PersistentSession> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'cc-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'cc-profile-'));
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  const served = new Map<string, string>();

  const start = async () => {
    const options = extensionLaunchOptions([extensionDir]);
    const context = await chromium.launchPersistentContext(profile, {
      ...options,
      args: [...options.args, '--enable-unsafe-extension-debugging'],
    });
    await context.route(
      (u) => u.protocol === 'http:' || u.protocol === 'https:',
      (route) => {
        strayRequests.push(route.request().url());
        return route.abort();
      },
    );
    await context.route('https://www.linkedin.com/**', (route) => {
      const url = route.request().url().split('#')[0] as string;
      const body = served.get(url);
      if (body === undefined) {
        strayRequests.push(url);
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' });
      }
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    const watch = (page: Page) => {
      page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${page.url()} console: ${m.text()}`);
      });
    };
    for (const page of context.pages()) watch(page);
    context.on('page', watch);
    return context;
  };

  let context = await start();
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;

  const worker = async (): Promise<Worker> => {
    const started = Date.now();
    while (Date.now() - started < 15_000) {
      const live = context
        .serviceWorkers()
        .filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      const last = live[live.length - 1];
      if (last) {
        // A worker of an unloaded version throws on evaluate: wait for the current one.
        const ok = await last.evaluate(() => true).catch(() => false);
        if (ok) return last;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The extension has no running service worker');
  };

  return {
    get context() {
      return context;
    },
    extensionId,
    extensionDir,
    strayRequests,
    pageErrors,
    worker,
    async open(fixture) {
      const info = FIXTURES[fixture];
      if (!info) throw new Error(`No fixture named ${fixture}`);
      served.set(info.url.split('#')[0] as string, loadFixture(fixture, { seed: 1 }));
      const page = await context.newPage();
      await page.goto(info.url);
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
    async update(version) {
      const file = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      manifest.version = version;
      writeFileSync(file, JSON.stringify(manifest));
      const browser = context.browser();
      if (!browser) throw new Error('no browser behind the persistent context');
      const cdp = await browser.newBrowserCDPSession();
      const { id } = (await cdp.send(
        'Extensions.loadUnpacked' as never,
        { path: extensionDir } as never,
      )) as {
        id: string;
      };
      await cdp.detach();
      if (id !== extensionId) throw new Error(`the update came back as another extension (${id})`);
    },
    async restart() {
      await context.close();
      context = await start();
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
