/**
 * Writes public/_locales/en/messages.json from the English catalogue (Node only):
 *
 *   npx tsx scripts/build-locales.ts
 *
 * Chrome's format: { key: { message, placeholders? } }. Each `{name}` becomes `$NAME$`, with
 * `placeholders: { NAME: { content: '$1' } }` numbered in alphabetical order of names (the order t()
 * passes substitutions in); a literal `$` becomes `$$`. tests/unit/i18n/catalogue.test.ts checks the
 * committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN } from '../lib/i18n/messages.ts';
import { placeholderNames } from '../lib/i18n/t.ts';

export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What Chrome's getMessage answers from one locale file (for tests): placeholders → $n → substitutions, $$ → $. */
export function chromeGetMessage(file: Record<string, ChromeMessage>, key: string, subs: string[]): string {
  const entry = file[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const p = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return p ? p[1].content : whole;
  });
  return named.replace(/\$(\$|\d)/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** One catalogue entry in Chrome's messages.json form. */
export function toChromeMessage(text: string): ChromeMessage {
  const names = placeholderNames(text);
  const message = text
    .replace(/\$/g, '$$$$')
    .replace(/\{([a-z0-9_]+)\}/g, (_, n: string) => `$${n.toUpperCase()}$`);
  if (names.length === 0) return { message };
  const placeholders: Record<string, { content: string }> = {};
  names.forEach((n, i) => {
    placeholders[n.toUpperCase()] = { content: `$${i + 1}` };
  });
  return { message, placeholders };
}

/** The whole messages.json text, keys in catalogue order, with a final newline. */
export function localeJson(catalogue: Readonly<Record<string, string>> = EN): string {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalogue)) out[key] = toChromeMessage(text);
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const LOCALE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../public/_locales/en/messages.json',
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LOCALE_FILE, localeJson());
  process.stdout.write(`Wrote ${Object.keys(EN).length} messages to ${LOCALE_FILE}\n`);
}
