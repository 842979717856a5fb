/**
 * The four translations against the English catalogue: complete and current (strict: a key another
 * branch adds fails here until it is translated, with the command that lists what to translate),
 * the same placeholders, nothing left in English but names and brands, the chip's short titles
 * within their budget, the store's description limit, and the shipped messages.json files as
 * scripts/build-locales.ts writes them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../../lib/i18n/languages';
import { EN } from '../../../lib/i18n/messages';
import { placeholderNames } from '../../../lib/i18n/t';
import {
  isExtraPluralForm,
  localeFile,
  localeJson,
  readTranslation,
  shippedTranslation,
  untranslated,
} from '../../../scripts/build-locales';

const english = EN as Readonly<Record<string, string>>;
const catalogues = Object.fromEntries(TRANSLATIONS.map((l) => [l, readTranslation(l)]));

/** Messages that may stay as in English whatever their words: codes. */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  ui_dir: 'a direction code',
  wipe_confirm_word: 'the word may stay DELETE',
};

/** Words each language writes as English does (cognates and loan words its LinkedIn UI uses too). */
const COGNATES: Readonly<Record<(typeof TRANSLATIONS)[number], string>> = {
  de: 'name version status text link info',
  fr: 'version audience note message post actions sections question questions info',
  es: 'no error info',
  pt_BR: 'link info',
};

/** Placeholders, digits, punctuation and brand names carry no language. */
const BRANDS =
  /Connect Coach|LinkedIn|InMails?|Sales Navigator|Premium|Excel|CSV|JSON|Google Sheets|LibreOffice|ISO|URL|UTF-(8|16)|Windows-1252|\.ics|\.xlsx|Ctrl\+C|⌘C|www\.linkedin\.com|https?:\/\/\S+/g;

/** The words of a message that would need translating, lower case. */
const wordsOf = (text: string) =>
  (
    text
      .replace(/\{[a-z0-9_]+\}/g, ' ')
      .replace(BRANDS, ' ')
      .match(/\p{L}{2,}/gu) ?? []
  ).map((w) => w.toLowerCase());

const namesOf = (text: string) => placeholderNames(text).join(', ');

describe.each(TRANSLATIONS)('the %s catalogue', (lang) => {
  const catalogue = catalogues[lang] as Record<string, string>;

  it('has every English message, each translated from today’s English', () => {
    const { missing, changed } = untranslated(lang);
    const fix = `Run \`npx tsx scripts/translations.ts --missing ${lang} --out ${lang}.todo.json\`, have it translated, then \`npx tsx scripts/translations.ts --merge ${lang} --file ${lang}.todo.json\`.`;
    expect(missing, `${lang}: ${missing.length} messages not translated. ${fix}`).toEqual([]);
    expect(
      changed,
      `${lang}: ${changed.length} messages changed in English since translated. ${fix}`,
    ).toEqual([]);
  });

  it('holds no message English does not have, in English order', () => {
    const extra = Object.keys(catalogue).filter((k) => !(k in english) && !isExtraPluralForm(k));
    expect(extra, 'run `npx tsx scripts/translations.ts --tidy`').toEqual([]);
    expect(Object.keys(catalogue)).toEqual(Object.keys(shippedTranslation(catalogue)));
  });

  it('uses exactly the placeholders English uses, and no stray braces', () => {
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(catalogue)) {
      const base = english[key] ?? english[key.replace(/_[a-z]+$/, '_other')] ?? '';
      if (namesOf(text) !== namesOf(base))
        wrong.push(`${key}: {${namesOf(text)}} vs English {${namesOf(base)}}`);
      if (/[{}]/.test(text.replace(/\{[a-z0-9_]+\}/g, ''))) wrong.push(`${key}: stray brace`);
      if (text !== text.trim() || !text) wrong.push(`${key}: empty or padded`);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves nothing in English but names, brands, codes and shared words', () => {
    const cognates = new Set(COGNATES[lang].split(' '));
    const same = Object.keys(catalogue).filter(
      (k) =>
        catalogue[k] === english[k] &&
        !(k in SAME_AS_ENGLISH) &&
        wordsOf(catalogue[k] as string).some((w) => !cognates.has(w)),
    );
    expect(same).toEqual([]);
  });

  it('names its own language, direction and Intl locale', () => {
    expect(catalogue.ui_dir).toBe('ltr');
    expect(catalogue.ui_lang).toBe(lang.replace('_', '-'));
    const locale = catalogue.format_date_locale as string;
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
    expect(locale.split('-')[0]).toBe(lang.split('_')[0]);
  });

  it('keeps the chip’s short titles (rule_*) within their budget', () => {
    // The chip shows a rule's title in a 160px slot at 12px: about 28 characters of a UI font. A
    // title may also grow at most 30% (or 4 characters for the shortest) over its English.
    const over = Object.keys(english)
      .filter((k) => k.startsWith('rule_'))
      .filter((k) => {
        const n = [...(catalogue[k] ?? '')].length;
        const en = [...(english[k] as string)].length;
        return n > 28 || n > Math.max(Math.ceil(en * 1.3), en + 4);
      })
      .map(
        (k) => `${k}: "${catalogue[k]}" (${[...(catalogue[k] ?? '')].length}, English ${english[k]?.length})`,
      );
    expect(over).toEqual([]);
  });

  it('keeps the checklist’s action words (action_short_*) short enough for one line', () => {
    // The popup's checklist line holds the name, these words and the when text in 360px: English
    // uses 15 characters at most; a translation gets 24 (the popup browser test measures the line).
    const over = Object.keys(english)
      .filter((k) => k.startsWith('action_short_'))
      .filter((k) => [...(catalogue[k] ?? '')].length > 24)
      .map((k) => `${k}: "${catalogue[k]}"`);
    expect(over).toEqual([]);
  });

  it('keeps the name and fits the store’s description limit', () => {
    expect(catalogue.ext_name).toBe('Connect Coach');
    expect([...(catalogue.ext_description as string)].length).toBeLessThanOrEqual(132);
  });

  it('ships as build-locales.ts writes it', () => {
    expect(readFileSync(localeFile(lang), 'utf8')).toBe(localeJson(shippedTranslation(catalogue)));
  });
});
