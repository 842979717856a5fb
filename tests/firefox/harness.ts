/**
 * Runs the built Firefox package (.output/firefox-mv3) in a real headless Firefox, driven by
 * puppeteer-core over WebDriver BiDi, against our own LinkedIn-like fixture pages
 * (research/toolchain.md, "Firefox for real").
 *
 * - Pages: https://www.linkedin.com/... is answered from tests/fixtures/linkedin by request
 *   interception in each tab; nothing else is served.
 * - Every other request, from any part of Firefox (tabs, extension pages, the extension's background
 *   page), goes to a local proxy that records and refuses it: the stray-request record. Firefox's own
 *   services are pointed at puppeteer's dead host `dummy.test` (MOZ_REMOTE_SETTINGS_DEVTOOLS lets the
 *   remote-settings pref apply), and only those are left out of the record.
 * - The extension is installed temporarily (BiDi webExtension.install, fast) or, for tests that
 *   restart Firefox, permanently from the profile's extensions folder (unsigned: Firefox ESR honours
 *   xpinstall.signatures.required=false).
 * - Extension pages get a fixed moz-extension:// address (extensions.webextensions.uuids). Opening one
 *   never reports "loaded" over BiDi, so we wait for its document instead.
 *
 * The tests read our UI only through the contract that any version of it keeps: hosts whose tag
 * starts with `connect-coach-` with open shadow roots, `[data-testid="cc-count"]` with data-field,
 * data-count and data-limit, and `[data-testid="cc-recipient"]`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURES, loadFixture } from '../fixtures/linkedin/index';
import { zipFolder } from '../zip';
import { findFirefox } from './firefox';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const EXT_UUID = '6c0c0a2e-4b1d-4c8e-9d7a-0c0ac0ac0a01';
export const EXT_BASE = `moz-extension://${EXT_UUID}`;

export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id as string;
}

/** Firefox's own services go here (puppeteer's default prefs); nothing of ours ever does. */
const FIREFOX_OWN_HOST = 'dummy.test';

export interface CoachHost {
  tag: string;
  recipient: string | null;
  counts: { field: string; count: number; limit: number }[];
}

export interface LaunchOptions {
  /** Extra Firefox prefs (idle timeout, origin controls…). */
  prefs?: Record<string, string | number | boolean>;
  /** 'temporary' (default): BiDi install; 'profile': a permanent install that survives restart(). */
  install?: 'temporary' | 'profile';
  extensionDir?: string;
  /** Extra environment for Firefox (TZ, to check what the pages read from the browser). */
  env?: Record<string, string>;
}

export interface FirefoxSession {
  browser: Browser;
  /** Requests that tried to leave for any host (the proxy's record, plus unknown fixture URLs). */
  strayRequests: string[];
  /** Uncaught errors and console errors on LinkedIn tabs and extension pages. */
  pageErrors: string[];
  open(fixture: string, opts?: { seed?: number; url?: string }): Promise<Page>;
  openHtml(url: string, html: string): Promise<Page>;
  /** An extension page (popup.html, dashboard.html…) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs a function in an extension page (a quiet one kept open for this), e.g. to read storage. */
  ext<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** The tabs' URLs (extension pages included). */
  urls(): Promise<string[]>;
  /** The open tab showing this URL, if any. */
  pageAt(url: string): Promise<Page | undefined>;
  /** Installs a package temporarily (an update when the id is already installed). */
  installTemporary(dir: string): Promise<void>;
  /** Closes Firefox and starts it again on the same profile (install: 'profile' only). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A proxy that records every request it is asked to make and refuses it. */
async function strayProxy(record: (what: string) => void): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const host = new URL(req.url ?? '', 'http://unknown').host;
    if (host !== FIREFOX_OWN_HOST) record(`${req.method} ${req.url}`);
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (host !== FIREFOX_OWN_HOST) record(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return server;
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const id = geckoId(extensionDir);
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  const proxy = await strayProxy((what) => strayRequests.push(what));
  const port = (proxy.address() as AddressInfo).port;
  const profile = mkdtempSync(join(tmpdir(), 'cc-firefox-'));
  if (opts.install === 'profile') {
    mkdirSync(join(profile, 'extensions'));
    await zipFolder(extensionDir, join(profile, 'extensions', `${id}.xpi`));
  }
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXT_UUID }),
    // Permanent unsigned installs from the profile (honoured by ESR, Developer and Nightly).
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    // Every request from any part of Firefox goes through the recording proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    ...opts.prefs,
  };
  const start = () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      // Opening extension pages needs system access over BiDi since Firefox 153.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, ...opts.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: prefs,
    });

  let browser = await start();
  if (opts.install !== 'profile') await browser.installExtension(extensionDir);
  const served = new Map<string, string>();
  let quiet: Page | null = null;

  const watched = new WeakSet<Page>();
  const watchErrors = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${(err as Error).message ?? err}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${page.url()} console: ${m.text()}`);
    });
  };

  const newLinkedInPage = async () => {
    const page = await browser.newPage();
    watchErrors(page);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url().split('#')[0] as string;
      if (!url.startsWith('https://www.linkedin.com/')) {
        // http(s) goes on to the recording proxy; data:, blob: and the like stay in the browser.
        void req.continue();
        return;
      }
      const body = served.get(url) ?? served.get(url.replace(/\?.*$/, ''));
      if (body === undefined) {
        // Firefox itself asks every site for its icon (Chromium does not, headless); not a request of ours.
        if (url !== 'https://www.linkedin.com/favicon.ico') strayRequests.push(url);
        void req.respond({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' });
        return;
      }
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    return page;
  };

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    watchErrors(page);
    await page.goto(`${EXT_BASE}/${path}`, { timeout: 1500 }).catch(() => {});
    await page.waitForFunction(() => document.readyState === 'complete' && document.body !== null, {
      timeout: 15_000,
    });
    return page;
  };

  const session: FirefoxSession = {
    get browser() {
      return browser;
    },
    strayRequests,
    pageErrors,
    async open(fixture, o = {}) {
      const info = FIXTURES[fixture];
      if (!info) throw new Error(`No fixture named ${fixture}`);
      const url = o.url ?? info.url;
      served.set(url.split('#')[0] as string, loadFixture(fixture, { seed: o.seed ?? 1 }));
      const page = await newLinkedInPage();
      await page.goto(url);
      return page;
    },
    async openHtml(url, html) {
      served.set(url, html);
      const page = await newLinkedInPage();
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    async ext(fn, ...args) {
      for (let attempt = 0; ; attempt++) {
        try {
          if (!quiet || quiet.isClosed()) quiet = await openExtensionPage('privacy.html');
          // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate typing cannot follow the generic
          return (await quiet.evaluate(fn as any, ...args)) as Awaited<ReturnType<typeof fn>>;
        } catch (err) {
          // The page went with an extension update or reload: open it again once.
          quiet = null;
          if (attempt > 0) throw err;
          await sleep(300);
        }
      }
    },
    async urls() {
      const pages = await browser.pages();
      // A tab closed by Firefox or the extension can linger in puppeteer's list: only live ones count.
      const urls = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => null)));
      return urls.filter((u): u is string => u !== null);
    },
    async pageAt(url) {
      for (const p of await browser.pages()) {
        const at = await p.evaluate(() => location.href).catch(() => p.url());
        if (at === url) {
          watchErrors(p);
          return p;
        }
      }
      return undefined;
    },
    async installTemporary(dir) {
      await browser.installExtension(dir);
    },
    async restart() {
      if (opts.install !== 'profile') throw new Error('restart() needs install: "profile"');
      quiet = null;
      await browser.close();
      browser = await start();
    },
    async close() {
      await browser.close().catch(() => {});
      proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Every Connect Coach host on the page (any `connect-coach-*` tag), through shadow roots and frames. */
export async function readCoach(page: Page): Promise<CoachHost[]> {
  return page.evaluate(() => {
    const hosts: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName.startsWith('CONNECT-COACH-') && el.shadowRoot) hosts.push(el);
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
        tag: h.tagName.toLowerCase(),
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

/** Waits until what readCoach shows passes `ok` (or fails with what it shows). */
export async function waitForCoach(
  page: Page,
  ok: (hosts: CoachHost[]) => boolean,
  timeout = 15_000,
): Promise<CoachHost[]> {
  const started = Date.now();
  let last: CoachHost[] = [];
  while (Date.now() - started < timeout) {
    last = await readCoach(page);
    if (ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`The coaching UI did not show what was expected; it shows ${JSON.stringify(last)}`);
}

/** All counts shown on the page, flattened. */
export const countsOf = (hosts: CoachHost[]) => hosts.flatMap((h) => h.counts);
