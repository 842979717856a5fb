/**
 * Writes public/_locales/<lang>/messages.json for English and every translation (Node only):
 *
 *   npx tsx scripts/build-locales.ts
 *
 * English comes from the catalogue (./messages.ts); a translation from lib/i18n/locales/<lang>.json
 * (flat `{ key: text }`, `{name}` placeholders, keys in English order), of which only the keys English
 * still has are written: a key a translation lacks is left out, and the browser shows English for it.
 *
 * Chrome's format: { key: { message, placeholders? } }. Each `{name}` becomes `$NAME$`, with
 * `placeholders: { NAME: { content: '$1' } }` numbered in alphabetical order of names (the order t()
 * passes substitutions in); a literal `$` becomes `$$`. tests/unit/i18n/catalogue.test.ts checks the
 * committed files are what this script writes. scripts/translations.ts lists and merges translations.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FlatCatalogue, textHash } from '../lib/i18n/catalogue.ts';
import { TRANSLATIONS, type UiLanguage } from '../lib/i18n/languages.ts';
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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LOCALES_DIR = join(ROOT, 'lib/i18n/locales');
export const TRANSLATED_FROM_FILE = join(LOCALES_DIR, 'translated-from.json');

export const localeFile = (lang: UiLanguage): string => join(ROOT, `public/_locales/${lang}/messages.json`);
export const LOCALE_FILE = localeFile('en');
export const translationFile = (lang: UiLanguage): string => join(LOCALES_DIR, `${lang}.json`);

/** A translation as committed ({} before it exists). */
export function readTranslation(lang: UiLanguage): Record<string, string> {
  const file = translationFile(lang);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** Per language, the hash of the English text each key was translated from (textHash). */
export type TranslatedFrom = Partial<Record<UiLanguage, Record<string, string>>>;

export function readTranslatedFrom(): TranslatedFrom {
  return existsSync(TRANSLATED_FROM_FILE)
    ? (JSON.parse(readFileSync(TRANSLATED_FROM_FILE, 'utf8')) as TranslatedFrom)
    : {};
}

const EXTRA_FORMS = ['zero', 'two', 'few', 'many'] as const;

/** Plural forms English does not have but a translation may (CLDR zero/two/few/many of a pair). */
export function isExtraPluralForm(key: string, english: FlatCatalogue = EN): boolean {
  const m = /^(.+)_(zero|two|few|many)$/.exec(key);
  return !!m && `${m[1]}_one` in english && `${m[1]}_other` in english && !(key in english);
}

/** The translation as shipped: English's keys (and extra plural forms) it has, in English order. */
export function shippedTranslation(
  translation: FlatCatalogue,
  english: FlatCatalogue = EN,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(english)) {
    if (Object.hasOwn(translation, key)) out[key] = translation[key] as string;
    if (!key.endsWith('_other')) continue;
    for (const form of EXTRA_FORMS) {
      const extra = `${key.slice(0, -'_other'.length)}_${form}`;
      if (Object.hasOwn(translation, extra) && isExtraPluralForm(extra, english))
        out[extra] = translation[extra] as string;
    }
  }
  return out;
}

/** What the translation lacks or was translated from an older English: key → today's English. */
export function untranslated(
  lang: UiLanguage,
  translation: FlatCatalogue = readTranslation(lang),
  from: TranslatedFrom = readTranslatedFrom(),
  english: FlatCatalogue = EN,
): { missing: string[]; changed: string[] } {
  const missing: string[] = [];
  const changed: string[] = [];
  const hashes = from[lang] ?? {};
  for (const [key, text] of Object.entries(english)) {
    if (!Object.hasOwn(translation, key)) missing.push(key);
    else if (hashes[key] !== textHash(text)) changed.push(key);
  }
  return { missing, changed };
}

/** Writes every messages.json; returns the file names written. */
export function writeLocales(): string[] {
  const written: string[] = [];
  const write = (lang: UiLanguage, catalogue: FlatCatalogue) => {
    const file = localeFile(lang);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, localeJson(catalogue));
    written.push(file);
  };
  write('en', EN);
  for (const lang of TRANSLATIONS) {
    const translation = readTranslation(lang);
    if (Object.keys(translation).length) write(lang, shippedTranslation(translation));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of writeLocales()) process.stdout.write(`Wrote ${file}\n`);
  process.stdout.write(`${Object.keys(EN).length} English messages.\n`);
}
