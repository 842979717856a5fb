/**
 * Chromium with the extension for the benchmarks. Same set-up as tests/browser/harness.ts (persistent
 * context, fixture routing, every other request aborted), with two differences a benchmark needs:
 * - it loads a private copy of the build (copyBuild), so a test run elsewhere that rebuilds .output
 *   cannot swap the extension in the middle of a measurement;
 * - `serve()` answers extra URLs with extra headers (COOP/COEP for a cross-origin-isolated page, where
 *   performance.now() resolves to 5 µs instead of 100 µs).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import type { TrackedContact } from '../../lib/tracker/schema';
import { extensionLaunchOptions } from '../browser/chromium';
import { PLAIN_ORIGIN } from '../browser/harness';
import { FIXTURES, loadFixture } from '../fixtures/linkedin/index';
import { bundle, ROOT } from './util';

export { PLAIN_ORIGIN };

/** Copies .output/chrome-mv3 somewhere nobody else writes. Returns the copy's path. */
export function copyBuild(): string {
  const from = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(from, 'manifest.json')) || !existsSync(join(from, 'content-scripts/linkedin.js')))
    throw new Error('.output/chrome-mv3 is incomplete (a concurrent build?)');
  const to = mkdtempSync(join(tmpdir(), 'cc-bench-ext-'));
  cpSync(from, to, { recursive: true });
  return to;
}

/** A copy of a build with extra manifest permissions (the tracker bench adds unlimitedStorage). */
export function withPermissions(buildDir: string, permissions: string[]): string {
  const to = mkdtempSync(join(tmpdir(), 'cc-bench-ext-'));
  cpSync(buildDir, to, { recursive: true });
  const file = join(to, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...permissions])];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return to;
}

export interface BenchSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The build this browser loaded. */
  extensionDir: string;
  /**
   * Opens a fixture at its LinkedIn URL, or with `plain` at https://fixtures.invalid (no content
   * script), or with `control` at https://control.invalid (only the control extension's empty one).
   */
  open(fixture: string, opts?: { plain?: boolean; control?: boolean; page?: Page }): Promise<Page>;
  /** Serves `body` at `url` (any https host) with optional extra headers. */
  serve(url: string, body: string, headers?: Record<string, string>): Promise<void>;
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  cdp(page: Page): Promise<CDPSession>;
  close(): Promise<void>;
}

/** An extension whose content script is empty, matched only on CONTROL_ORIGIN: the overhead floor. */
const CONTROL_EXTENSION = resolve(import.meta.dirname, 'control-extension');
const CONTROL_ORIGIN = 'https://control.invalid';

export async function launchBench(extensionDir: string): Promise<BenchSession> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-bench-profile-'));
  const context = await chromium.launchPersistentContext(
    profile,
    extensionLaunchOptions([extensionDir, CONTROL_EXTENSION]),
  );
  const served = new Map<string, { body: string; headers: Record<string, string> }>();
  // Registered first, so it runs last (Playwright tries routes newest first): anything unknown is aborted.
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (route) => {
      const url = route.request().url().split('#')[0] as string;
      const hit = served.get(url);
      if (!hit) return route.abort();
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: hit.headers,
        body: hit.body,
      });
    },
  );
  // Ours is the only extension with a service worker (the control one has none).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const serve = async (url: string, body: string, headers: Record<string, string> = {}) => {
    served.set(url, { body, headers });
  };
  return {
    context,
    worker,
    extensionId,
    extensionDir,
    async open(fixture, o = {}) {
      const info = FIXTURES[fixture];
      if (!info) throw new Error(`No fixture named ${fixture}`);
      const origin = o.control ? CONTROL_ORIGIN : o.plain ? PLAIN_ORIGIN : null;
      const url = origin ? info.url.replace('https://www.linkedin.com', origin) : info.url;
      await serve(url, loadFixture(fixture, { seed: 1 }));
      const page = o.page ?? (await context.newPage());
      await page.goto(url);
      return page;
    },
    serve,
    async openExtensionPage(path, p) {
      const page = p ?? (await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    cdp: (page) => context.newCDPSession(page),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** CDP Performance.getMetrics as a name → value map (durations in seconds). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Serves a bundled in-page entry (pages/<name>-entry.ts, global `globalName`) at
 * https://bench.invalid/<name> in a cross-origin-isolated page, where performance.now() resolves to
 * 5 µs instead of 100 µs, and opens it.
 */
export async function isolatedPage(s: BenchSession, name: string, globalName: string): Promise<Page> {
  const url = `https://bench.invalid/${name}`;
  const code = bundle(`tests/bench/pages/${name}-entry.ts`, { globalName });
  const html = `<!doctype html><meta charset="utf-8"><title>${name} bench</title><script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  await s.serve(url, html, {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

/** Hands an in-page entry the tracker's contacts (its `add`), 5,000 per call. */
export async function addContacts(page: Page, globalName: string, contacts: TrackedContact[], now: Date) {
  type Adds = Record<string, { add(batch: TrackedContact[], at: string): number }>;
  for (let i = 0; i < contacts.length; i += 5000)
    await page.evaluate(
      ([g, batch, at]) =>
        (window as unknown as Adds)[g as string]?.add(batch as TrackedContact[], at as string),
      [globalName, contacts.slice(i, i + 5000), now.toISOString()] as const,
    );
}
