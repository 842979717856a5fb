/**
 * Bundle size: builds the extension for production and reports the content script raw and gzip -9,
 * plus what the draft engine (lib/draft alone, esbuild --minify) and React cost inside it.
 * Targets (issues 7 and 3): content script ≤ 90 KB gz, React included; engine ≤ 10 KB gz.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atMost, type BenchOptions, bundle, gzipSize, ROOT, type Row } from './util';

export const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3/content-scripts/linkedin.js');

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
  const engine = bundle('tests/bench/pages/engine-entry.ts', { format: 'esm' });
  const engineGz = gzipSize(engine);
  const react = bundle('tests/bench/pages/react-entry.ts');
  const reactGz = gzipSize(react);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const rows: Row[] = [
    { area: 'size', name: 'content script, raw', value: kb(cs.length), unit: 'KB' },
    atMost({ area: 'size', name: 'content script, gzip -9', value: kb(csGz), unit: 'KB' }, 90),
    atMost(
      {
        area: 'size',
        name: 'draft engine alone (lib/draft, esbuild --minify), gzip -9',
        value: kb(engineGz),
        unit: 'KB',
        note: `${kb(engine.length)} KB minified`,
      },
      10,
    ),
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
      engineMinBytes: engine.length,
      engineGzipBytes: engineGz,
      reactMinBytes: react.length,
      reactGzipBytes: reactGz,
    },
  };
}
