/**
 * How the code may speak, checked on the source so a change merged from elsewhere cannot slip back:
 * plurals through tp()/pluralKey() (never `n === 1 ? 'x_one' : 'x_other'`, which is wrong for French
 * 0 and for languages with more forms), every `_one` with its `_other`, and numbers and dates written
 * in the UI's language (no toLocaleString() that picks the browser's locale, no hard-coded 'en').
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../lib/i18n/messages';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const CODE = [...sources('components'), ...sources('entrypoints'), ...sources('lib')].filter(
  (f) => !f.startsWith(join('lib', 'i18n')),
);

describe('the code speaks through the catalogue’s rules', () => {
  it('plurals are picked by Intl.PluralRules (tp), never by a comparison with 1', () => {
    const found: string[] = [];
    for (const file of CODE) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(
        /\?\s*'([a-z0-9_]+)_(one|other|many)'\s*:\s*'[a-z0-9_]+_(one|other|many)'/g,
      ))
        found.push(`${relative(ROOT, join(ROOT, file))}: ${m[0]} (use tp('${m[1]}', n, values))`);
    }
    expect(found).toEqual([]);
  });

  it('every _one message has its _other (rename an English x_many to x_other)', () => {
    const keys = Object.keys(EN);
    const lonely = keys.filter((k) => k.endsWith('_one') && !keys.includes(`${k.slice(0, -4)}_other`));
    expect(lonely).toEqual([]);
  });

  it('numbers and dates are written in the UI’s language, not the browser’s or English', () => {
    const found: string[] = [];
    for (const file of CODE) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (
          /\.toLocale(Date|Time)?String\(\s*(\)|undefined|'en)/.test(line) ||
          (/(NumberFormat|DateTimeFormat|PluralRules)\(\s*'en/.test(line) &&
            !/isValidTimeZone|timeZone \}\)/.test(line))
        )
          found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
