/**
 * Plurals, numbers and dates in each shipped language, through the real catalogues: Intl.PluralRules
 * picks the form (French and Brazilian Portuguese say "0 question"/"0 pergunta", German "0 Fragen"),
 * numbers are grouped the language's way up to millions, dates come from Intl (no month names of our
 * own), and a German reader of an English note gets German advice that quotes the English as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../lib/draft';
import { flatSource } from '../../../lib/i18n/catalogue';
import type { UiLanguage } from '../../../lib/i18n/languages';
import { pluralCategory, pluralKey, setMessageSource, t, tp } from '../../../lib/i18n/t';
import { pct, pctRange } from '../../../lib/insight/format';
import { sayDate } from '../../../lib/sequencing/dates';
import { formatDay } from '../../../lib/tracker/format';
import { readTranslation } from '../../../scripts/build-locales';

const use = (lang: UiLanguage) => setMessageSource(lang === 'en' ? null : flatSource(readTranslation(lang)));
afterEach(() => setMessageSource(null));

const questions = (n: number) => tp('insights_questions', n, { count: n });

describe('plurals through Intl.PluralRules', () => {
  it('French: 0 and 1 are singular, 2 and more plural', () => {
    use('fr');
    expect([0, 1, 1.5, 2, 10].map(questions)).toEqual([
      '0 question',
      '1 question',
      '1,5 question',
      '2 questions',
      '10 questions',
    ]);
  });

  it('Brazilian Portuguese: 0 and 1 singular too', () => {
    use('pt_BR');
    expect([0, 1, 2].map(questions)).toEqual(['0 pergunta', '1 pergunta', '2 perguntas']);
  });

  it('English, German and Spanish: only 1 is singular', () => {
    use('en');
    expect([0, 1, 2].map(questions)).toEqual(['0 questions', '1 question', '2 questions']);
    use('de');
    expect([0, 1, 2].map(questions)).toEqual(['0 Fragen', '1 Frage', '2 Fragen']);
    use('es');
    expect([0, 1, 2].map(questions)).toEqual(['0 preguntas', '1 pregunta', '2 preguntas']);
  });

  it('large numbers: grouped the language’s way; French and Spanish "many" falls back to the plural', () => {
    const million = (lang: UiLanguage) => {
      use(lang);
      return [pluralCategory(1_000_000), questions(1_000_000), questions(1234)];
    };
    expect(million('en')).toEqual(['other', '1,000,000 questions', '1,234 questions']);
    expect(million('de')).toEqual(['other', '1.000.000 Fragen', '1.234 Fragen']);
    expect(million('fr')).toEqual(['many', '1\u202f000\u202f000 questions', '1\u202f234 questions']);
    expect(million('es')).toEqual(['many', '1.000.000 preguntas', '1234 preguntas']);
    expect(million('pt_BR')).toEqual(['many', '1.000.000 perguntas', '1.234 perguntas']);
  });

  it('a translation may add the CLDR form English lacks, and tp() uses it', () => {
    setMessageSource(
      flatSource({
        ...readTranslation('fr'),
        insights_questions_many: '{count} de questions',
      }),
    );
    expect(questions(1_000_000)).toBe('1\u202f000\u202f000 de questions');
    expect(questions(3)).toBe('3 questions');
    expect(pluralKey('insights_questions', 1_000_000)).toBe('insights_questions_many');
  });
});

describe('numbers, percentages and dates through Intl', () => {
  const march12 = new Date('2026-03-12T09:00:00Z');
  const now = new Date('2026-03-10T09:00:00Z');

  it.each([
    ['en', '12 March', 'Thursday 12 March', '12 March 2027', 'Thu 12 Mar', '43%', '28–58%'],
    ['de', '12. März', 'Donnerstag, 12. März', '12. März 2027', 'Do., 12. März', '43\u00a0%', '28–58\u00a0%'],
    ['fr', '12 mars', 'jeudi 12 mars', '12 mars 2027', 'jeu. 12 mars', '43\u202f%', '28–58\u202f%'],
    [
      'es',
      '12 de marzo',
      'jueves, 12 de marzo',
      '12 de marzo de 2027',
      'jue, 12 mar',
      '43\u00a0%',
      '28–58\u00a0%',
    ],
    [
      'pt_BR',
      '12 de março',
      'quinta-feira, 12 de março',
      '12 de março de 2027',
      'qui., 12 de mar.',
      '43%',
      '28–58%',
    ],
  ] as const)('%s', (lang, day, weekday, nextYear, short, percent, range) => {
    use(lang);
    expect(sayDate(march12, now, 'UTC')).toBe(day);
    expect(sayDate(march12, now, 'UTC', true)).toBe(weekday);
    expect(sayDate(new Date('2027-03-12T09:00:00Z'), now, 'UTC')).toBe(nextYear);
    expect(formatDay(march12, 'UTC', now)).toBe(short);
    expect(pct(0.43)).toBe(percent);
    expect(pctRange([0.28, 0.58])).toBe(range);
  });

  it('a date is the day in the user’s zone, not the machine’s', () => {
    use('de');
    // 23:30 UTC on 11 March is already 12 March in Berlin.
    expect(sayDate(new Date('2026-03-11T23:30:00Z'), now, 'Europe/Berlin')).toBe('12. März');
    expect(sayDate(new Date('2026-03-11T23:30:00Z'), now, 'America/New_York')).toBe('11. März');
  });
});

describe('the coaching language and the UI language are separate', () => {
  it('German explanations of an English note quote the English as written', () => {
    use('de');
    const note = "Hi Sarah, I came across your profile and I'd like to add you to my professional network.";
    const report = analyzeDraft(note, { surface: 'connection-note', recipientName: 'Mark Jones' });
    expect(report.language.primary).toBe('en');
    const opener = report.warnings.find((w) => w.rule === 'generic-opener');
    expect(opener?.message).toContain('„I came across your profile“');
    expect(opener?.message).toMatch(/^Ersetzen Sie/);
    const name = report.warnings.find((w) => w.rule === 'name-mismatch');
    expect(name?.message).toContain('„Sarah“');
    expect(name?.message).toContain('Mark Jones');
    // The evidence speaks German too.
    expect(opener?.evidence.claim).toContain('Floskeln');
  });

  it('a French note under an English UI: English explanations, French quotes', () => {
    use('en');
    const report = analyzeDraft(
      "Bonjour, je suis tombé sur votre profil et j'aimerais vous ajouter à mon réseau.",
      {
        surface: 'connection-note',
      },
    );
    expect(report.language.primary).toBe('fr');
    const opener = report.warnings.find((w) => w.rule === 'generic-opener');
    expect(opener?.message).toMatch(/^(Replace|Cut|Say)/);
    expect(opener?.message).toMatch(/“[^”]*(profil|réseau)[^”]*”/);
  });

  it('t() of a message with only numbers still formats them', () => {
    use('de');
    expect(t('table_showing', { shown: 1500, total: 20000 })).toContain('1.500');
    expect(t('table_showing', { shown: 1500, total: 20000 })).toContain('20.000');
  });
});
