/**
 * lib/ is pure and portable: it runs the same in the background, a LinkedIn tab, an extension page,
 * Node and the unit tests. Code that needs a runtime lives elsewhere: browser calls and React hooks
 * in hooks/ and utils/, Node tools in scripts/. This test reads every file under lib/ as esbuild
 * compiles it (comments and type-only imports gone) and fails on a reference to a global `browser`,
 * `chrome`, `window` or `document` (a local of that name, e.g. a parameter, is fine: esbuild's
 * `define` replaces only the global), on an import of wxt/browser, React, Zustand's hook entry, or a
 * Node module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');

const GLOBALS = ['browser', 'chrome', 'window', 'document'] as const;
const MARK = '__notInLib_';
const NODE = new Set(builtinModules);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function forbiddenImport(spec: string): string | null {
  if (spec === 'wxt/browser') return 'the browser API (wxt/browser)';
  if (spec === 'react' || spec.startsWith('react-dom') || spec.startsWith('react/')) return 'React';
  if (spec === 'zustand') return "Zustand's React hook entry (zustand/vanilla is fine)";
  if (spec.startsWith('node:') || NODE.has(spec.split('/')[0] as string)) return 'a Node module';
  return null;
}

/** What one file does that lib/ must not, in plain words (empty when it is pure). */
function impurities(code: string, file = 'file.ts'): string[] {
  const { code: js } = transformSync(code, {
    loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    jsx: 'preserve',
    define: Object.fromEntries(GLOBALS.map((g) => [g, `${MARK}${g}`])),
  });
  const found: string[] = [];
  for (const g of GLOBALS) if (js.includes(`${MARK}${g}`)) found.push(`uses the global ${g}`);
  const specs = [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map(
    (m) => m[1] as string,
  );
  for (const spec of specs) {
    const what = forbiddenImport(spec);
    if (what) found.push(`imports ${what} ('${spec}')`);
  }
  return found;
}

describe('lib/ is pure and portable', () => {
  it('the check itself tells a pure file from one that needs a runtime', () => {
    const pure = `
      // browser.runtime.sendMessage in a comment, 'document' in a string
      import type { Dispatch } from 'react';
      export function read(doc: Document, window: { innerWidth: number }, browser: { id: string }) {
        const label = "window.open(document)";
        return [doc.title, window.innerWidth, browser.id, label, doc.defaultView?.document];
      }`;
    expect(impurities(pure)).toEqual([]);
    expect(impurities('export const w = () => window.innerWidth;')).toEqual(['uses the global window']);
    expect(impurities('export const t = () => document.title;')).toEqual(['uses the global document']);
    expect(impurities('export const id = () => chrome.runtime.id;')).toEqual(['uses the global chrome']);
    expect(
      impurities("import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;"),
    ).toEqual(["imports the browser API (wxt/browser) ('wxt/browser')"]);
    expect(impurities("import { useState } from 'react';\nexport const f = () => useState(0);")).toEqual([
      "imports React ('react')",
    ]);
    expect(impurities("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;")).toEqual([
      "imports a Node module ('node:fs')",
    ]);
    expect(impurities("import { join } from 'path';\nexport const j = join;")).toEqual([
      "imports a Node module ('path')",
    ]);
  });

  it('no file under lib/ needs the browser, a page, React or Node', () => {
    const files = sources(LIB);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      impurities(readFileSync(file, 'utf8'), file).map((what) => `${relative(ROOT, file)} ${what}`),
    );
    expect(found).toEqual([]);
  });
});
