/**
 * Bundle size: builds the extension for production and reports, raw and gzip -9, the content script
 * every LinkedIn page runs and the coaching UI (React, engine, panels) the background injects when a
 * compose box, profile or interaction calls for it, plus what the draft engine (lib/draft alone,
 * esbuild --minify) and React cost, the background, and the stored catalogue a LinkedIn tab reads when a
 * UI language is chosen in the settings (issue 17). Targets (issues 7, 3 and 13): content script ≤ 90 KB gz, React
 * included (applied to both parts together, as a page with a panel runs both); engine ≤ 30 KB gz with
 * the lexicons of all five languages (issue 13; it was ≤ 10 for the English-only engine of issue 3).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRANSLATIONS } from '../../lib/i18n/languages';
import { EN } from '../../lib/i18n/messages';
import { readTranslation } from '../../scripts/build-locales';
import { atMost, type BenchOptions, bundle, gzipSize, ROOT, type Row } from './util';

export const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3/content-scripts/linkedin.js');
export const COACH_UI = resolve(ROOT, '.output/chrome-mv3/coach-ui.js');
export const BACKGROUND = resolve(ROOT, '.output/chrome-mv3/background.js');

/** Builds the Chrome MV3 extension into .output/chrome-mv3 (NODE_ENV=production: React's prod runtime). */
export function buildExtension(log: (m: string) => void): void {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      return;
    } catch (err) {
      const out = String((err as { stderr?: Buffer }).stderr ?? err).slice(-800);
      if (attempt >= 3) throw new Error(`wxt build failed:\n${out}`);
      log(`build failed (attempt ${attempt}), retrying in 60 s:\n${out}`);
      execFileSync('sleep', ['60']);
    }
  }
}

export function benchSize(_opts: BenchOptions): { rows: Row[]; detail: Record<string, number> } {
  const cs = readFileSync(CONTENT_SCRIPT);
  const csGz = gzipSize(cs);
  const ui = readFileSync(COACH_UI);
  const uiGz = gzipSize(ui);
  // As shipped: the English catalogue is not in the scripts (the browser reads _locales).
  const engine = execFileSync(
    process.execPath,
    ['tests/bench/bundle-shipped.mjs', resolve(ROOT, 'tests/bench/pages/engine-entry.ts'), 'esm'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const engineGz = gzipSize(engine);
  // The five languages' word lists and patterns on their own, for the README's account of the size.
  const lexiconGz = gzipSize(
    execFileSync(
      process.execPath,
      ['tests/bench/bundle-shipped.mjs', resolve(ROOT, 'lib/draft/lexicon/index.ts'), 'esm'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ),
  );
  const bg = readFileSync(BACKGROUND);
  const bgGz = gzipSize(bg);
  // A language chosen in the settings: the largest stored catalogue a LinkedIn tab reads (lib/i18n/loader.ts).
  const catalogues = TRANSLATIONS.map((lang) => {
    const text = JSON.stringify({ language: lang, messages: { ...EN, ...readTranslation(lang) } });
    return { lang, raw: text.length, gz: gzipSize(Buffer.from(text)) };
  }).sort((a, b) => b.gz - a.gz);
  const biggest = catalogues[0] as (typeof catalogues)[number];
  const react = bundle('tests/bench/pages/react-entry.ts');
  const reactGz = gzipSize(react);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const rows: Row[] = [
    {
      area: 'size',
      name: 'content script on every LinkedIn page, gzip -9',
      value: kb(csGz),
      unit: 'KB',
      note: `${kb(cs.length)} KB raw; all a page that is only read runs`,
    },
    {
      area: 'size',
      name: 'coaching UI injected on demand (coach-ui.js), gzip -9',
      value: kb(uiGz),
      unit: 'KB',
      note: `${kb(ui.length)} KB raw; after a compose box, profile, Sent page or first interaction`,
    },
    atMost(
      {
        area: 'size',
        name: 'content script + coaching UI (a page with a panel), gzip -9',
        value: kb(csGz + uiGz),
        unit: 'KB',
      },
      90,
    ),
    atMost(
      {
        area: 'size',
        name: 'draft engine alone (lib/draft as shipped, esbuild --minify), gzip -9',
        value: kb(engineGz),
        unit: 'KB',
        note: `${kb(engine.length)} KB minified; lexicons of en, de, fr, es, pt: ${kb(lexiconGz)} KB gzipped`,
      },
      30,
    ),
    {
      area: 'size',
      name: 'background (background.js), gzip -9',
      value: kb(bgGz),
      unit: 'KB',
      note: `${kb(bg.length)} KB raw; no catalogue inside: English from _locales, a chosen language read from the package`,
    },
    {
      area: 'size',
      name: 'stored catalogue of a language chosen in the settings (largest), gzip -9',
      value: kb(biggest.gz),
      unit: 'KB',
      note: `${biggest.lang}: ${kb(biggest.raw)} KB as stored; read from storage once per LinkedIn tab, never bundled`,
    },
    {
      area: 'size',
      name: 'of which React + react-dom/client (reference bundle), gzip -9',
      value: kb(reactGz),
      unit: 'KB',
      note: `${kb(react.length)} KB minified`,
    },
  ];
  return {
    rows,
    detail: {
      contentScriptBytes: cs.length,
      contentScriptGzipBytes: csGz,
      coachUiBytes: ui.length,
      coachUiGzipBytes: uiGz,
      backgroundGzipBytes: bgGz,
      storedCatalogueGzipBytes: biggest.gz,
      engineMinBytes: engine.length,
      engineGzipBytes: engineGz,
      reactMinBytes: react.length,
      reactGzipBytes: reactGz,
    },
  };
}
