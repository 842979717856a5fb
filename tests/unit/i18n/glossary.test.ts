/**
 * The product's terms stay the same across screens: wherever an English message uses a glossary term
 * (lib/i18n/glossary.json: note, connection request, InMail, follow-up, pending, withdraw, version,
 * audience, acceptance rate and the rest), each translation of it uses that language's word.
 */
import { describe, expect, it } from 'vitest';
import glossary from '../../../lib/i18n/glossary.json' with { type: 'json' };
import { TRANSLATIONS } from '../../../lib/i18n/languages';
import { EN } from '../../../lib/i18n/messages';
import { readTranslation } from '../../../scripts/build-locales';

interface LanguageTerm {
  term: string;
  match?: string;
}
type Term = { en?: string; check?: boolean; except?: Record<string, string> } & Partial<
  Record<(typeof TRANSLATIONS)[number], LanguageTerm>
>;

const terms = glossary.terms as unknown as Record<string, Term>;
const english = EN as Readonly<Record<string, string>>;

describe('the glossary', () => {
  it('names a word for every term in every language, and a pattern where it is checked', () => {
    for (const [name, term] of Object.entries(terms))
      for (const lang of TRANSLATIONS) {
        expect(term[lang]?.term, `${name} ${lang}`).toBeTruthy();
        if (term.check !== false) {
          expect(term.en, name).toBeTruthy();
          // The pattern finds the glossary's own word.
          expect(
            new RegExp(term[lang]?.match ?? '', 'iu').test(term[lang]?.term ?? ''),
            `${name} ${lang}`,
          ).toBe(true);
        }
      }
  });

  it('covers the terms the issue names', () => {
    for (const name of [
      'note (on a request)',
      'connection request',
      'InMail',
      'follow-up',
      'pending',
      'withdraw',
      'version (of a note)',
      'audience',
      'acceptance rate',
    ])
      expect(terms[name]?.check, name).not.toBe(false);
  });

  it.each(TRANSLATIONS)('%s uses the glossary’s word wherever English uses the term', (lang) => {
    const catalogue = readTranslation(lang);
    const misses: string[] = [];
    let checked = 0;
    for (const [name, term] of Object.entries(terms)) {
      if (term.check === false || !term.en) continue;
      const en = new RegExp(term.en, 'iu');
      const want = new RegExp(term[lang]?.match ?? '', 'iu');
      for (const [key, text] of Object.entries(english)) {
        if (
          !en.test(text.replace(/\{[a-z0-9_]+\}/g, '{}')) ||
          term.except?.[key] ||
          catalogue[key] === undefined
        )
          continue;
        checked++;
        if (!want.test(catalogue[key] as string))
          misses.push(`${name} (${term[lang]?.term}): ${key}: ${catalogue[key]}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(misses).toEqual([]);
  });
});
