/**
 * The translations' to-do list and the way back in (Node only).
 *
 *   npx tsx scripts/translations.ts --status
 *       per language: messages translated, missing, and changed in English since they were translated
 *   npx tsx scripts/translations.ts --missing de [--out de.todo.json]
 *       what de still needs, as the translators' JSON: { key: English text }, in catalogue order
 *       (missing keys, then keys whose English changed since)
 *   npx tsx scripts/translations.ts --merge de --file de.todo.json [--source en-snapshot.json]
 *       lays a translator's { key: text } over lib/i18n/locales/de.json, checks every placeholder
 *       against English, records which English each key was translated from (the current one, or
 *       --source's when the translator worked from a snapshot), drops keys English no longer has
 *       and writes public/_locales again
 *   npx tsx scripts/translations.ts --tidy
 *       the same clean-up for every language without merging anything
 *
 * Exit codes: 0 done, 2 bad input (the message names the key), 1 unexpected failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { textHash } from '../lib/i18n/catalogue.ts';
import { isUiLanguage, TRANSLATIONS, type UiLanguage } from '../lib/i18n/languages.ts';
import { EN } from '../lib/i18n/messages.ts';
import { placeholderNames } from '../lib/i18n/t.ts';
import {
  isExtraPluralForm,
  readTranslatedFrom,
  readTranslation,
  shippedTranslation,
  TRANSLATED_FROM_FILE,
  type TranslatedFrom,
  translationFile,
  untranslated,
  writeLocales,
} from './build-locales.ts';
import { InputError, parseArgs, runCli } from './io.ts';

const english = EN as Readonly<Record<string, string>>;

function language(value: unknown): Exclude<UiLanguage, 'en'> {
  if (typeof value === 'string' && isUiLanguage(value) && value !== 'en') return value;
  throw new InputError(
    `Unknown language ${JSON.stringify(value)}. Translations: ${TRANSLATIONS.join(', ')}.`,
  );
}

function readJson(file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: not readable JSON (${(err as Error).message}).`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`${file}: expected one JSON object of key → text.`);
  return value as Record<string, unknown>;
}

/**
 * A translator's key as it is named today. Until plurals followed Intl.PluralRules, the plural of a
 * pair was `x_many`; a file without `x_other` means that by `x_many`.
 */
export function currentKey(key: string, file: Readonly<Record<string, unknown>>): string {
  const m = /^(.+)_many$/.exec(key);
  if (m && !(key in english) && `${m[1]}_other` in english && !(`${m[1]}_other` in file))
    return `${m[1]}_other`;
  return key;
}

const sameNames = (a: string, b: string) => placeholderNames(a).join() === placeholderNames(b).join();

export interface MergeResult {
  translation: Record<string, string>;
  from: Record<string, string>;
  merged: number;
  problems: string[];
}

/** The merge itself (pure, for tests): translator file over the current translation. */
export function merge(
  current: Readonly<Record<string, string>>,
  currentFrom: Readonly<Record<string, string>>,
  file: Readonly<Record<string, unknown>>,
  source?: Readonly<Record<string, unknown>>,
): MergeResult {
  const incoming: Record<string, string> = { ...current };
  const from: Record<string, string> = { ...currentFrom };
  const problems: string[] = [];
  let merged = 0;
  for (const [rawKey, text] of Object.entries(file)) {
    const key = currentKey(rawKey, file);
    const base =
      english[key] ?? (isExtraPluralForm(key) ? english[key.replace(/_[a-z]+$/, '_other')] : undefined);
    if (base === undefined) {
      problems.push(`${rawKey}: English has no such message (left out).`);
      continue;
    }
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${rawKey}: empty or not text (left out).`);
      continue;
    }
    if (!sameNames(text, base)) {
      problems.push(
        `${rawKey}: placeholders {${placeholderNames(text).join('}, {')}} differ from English {${placeholderNames(base).join('}, {')}} (left out).`,
      );
      continue;
    }
    if (text.replace(/\{[a-z0-9_]+\}/g, '').match(/[{}]/)) {
      problems.push(`${rawKey}: a brace that is not a placeholder (left out).`);
      continue;
    }
    incoming[key] = text;
    const sourceText = source ? source[rawKey] : undefined;
    from[key] = textHash(typeof sourceText === 'string' ? sourceText : base);
    merged++;
  }
  // English order; keys English no longer has are dropped, and so are their hashes.
  const translation = shippedTranslation(incoming);
  const keptFrom: Record<string, string> = {};
  for (const key of Object.keys(translation)) if (from[key]) keptFrom[key] = from[key] as string;
  return { translation, from: keptFrom, merged, problems };
}

function save(lang: UiLanguage, translation: Record<string, string>, from: TranslatedFrom): void {
  writeFileSync(translationFile(lang), `${JSON.stringify(translation, null, 2)}\n`);
  const ordered: TranslatedFrom = {};
  for (const l of TRANSLATIONS) if (from[l]) ordered[l] = from[l];
  writeFileSync(TRANSLATED_FROM_FILE, `${JSON.stringify(ordered, null, 2)}\n`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), {
    status: 'boolean',
    missing: 'string',
    merge: 'string',
    out: 'string',
    source: 'string',
    file: 'string',
    tidy: 'boolean',
    help: 'boolean',
  });
  if (args.missing !== undefined) {
    const lang = language(args.missing);
    const { missing, changed } = untranslated(lang);
    const todo = Object.fromEntries([...missing, ...changed].map((k) => [k, english[k]]));
    const text = `${JSON.stringify(todo, null, 2)}\n`;
    if (typeof args.out === 'string') {
      writeFileSync(args.out, text);
      process.stderr.write(
        `${lang}: ${missing.length} missing, ${changed.length} changed in English → ${args.out}\n`,
      );
    } else process.stdout.write(text);
    return 0;
  }
  if (args.merge !== undefined) {
    const lang = language(args.merge);
    const file = args.file;
    if (typeof file !== 'string')
      throw new InputError('--merge LANG --file FILE: name the translator’s JSON.');
    const source = typeof args.source === 'string' ? readJson(args.source) : undefined;
    const all = readTranslatedFrom();
    const result = merge(readTranslation(lang), all[lang] ?? {}, readJson(file), source);
    save(lang, result.translation, { ...all, [lang]: result.from });
    writeLocales();
    for (const p of result.problems) process.stderr.write(`${p}\n`);
    const left = untranslated(lang);
    process.stdout.write(
      `${lang}: merged ${result.merged}; ${left.missing.length} missing, ${left.changed.length} changed in English.\n`,
    );
    return result.problems.length ? 2 : 0;
  }
  if (args.tidy) {
    const all = readTranslatedFrom();
    for (const lang of TRANSLATIONS) {
      const result = merge(readTranslation(lang), all[lang] ?? {}, {});
      all[lang] = result.from;
      save(lang, result.translation, all);
    }
    writeLocales();
    return 0;
  }
  if (args.help) {
    process.stdout.write(`${readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]}*/\n`);
    return 0;
  }
  // --status, and the default.
  for (const lang of TRANSLATIONS) {
    const { missing, changed } = untranslated(lang);
    const total = Object.keys(english).length;
    process.stdout.write(
      `${lang}: ${total - missing.length - changed.length} of ${total} up to date, ${missing.length} missing, ${changed.length} changed in English\n`,
    );
  }
  return 0;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) runCli(main);
