import { describe, expect, it } from 'vitest';
import { analyzeDraft, type CoachedLanguage } from '../../../lib/draft';
import { foldSameLength } from '../../../lib/draft/fold';
import { LANGS, LEXICONS } from '../../../lib/draft/lexicon';
import { lowerSameLength } from '../../../lib/draft/tokenizer';
import { strongest, warningsFor } from './helpers';

const note = { surface: 'connection-note' as const, account: 'premium' as const };

describe('language detection', () => {
  it.each([
    ['en', 'Hi Ana, your post about hiring designers in Porto was really useful for our team.'],
    ['de', 'Hallo Jonas, dein Beitrag über Barrierefreiheit in Formularen hat mir sehr geholfen.'],
    ['fr', "Bonjour Léa, j'ai beaucoup aimé votre article sur la logistique urbaine à Lyon."],
    ['es', 'Hola Sergio, me encantó tu charla sobre pagos instantáneos en el meetup de Madrid.'],
    ['pt', 'Olá Bruno, gostei muito da sua palestra sobre pagamentos instantâneos no evento.'],
    ['pt', 'Ola Bruno, voce teria tempo para uma reuniao essa semana? Seria otimo conversar.'],
  ] as [CoachedLanguage, string][])('%s: %s', (lang, text) => {
    const r = analyzeDraft(text, note);
    expect(r.language.primary).toBe(lang);
    expect(r.language.applied[0]).toBe(lang);
    expect(r.language.limited).toBe(false);
  });

  it('a mixed text gets the lexicons of both languages', () => {
    const text =
      "Hallo Tom, danke für die Einladung zum Meetup! Let's hop on a quick call next week to discuss.";
    const r = analyzeDraft(text, note);
    expect(r.language.applied).toEqual(expect.arrayContaining(['de', 'en']));
    expect(strongest('big-ask', text, note)).toBeDefined();
  });

  it('an English phrase in a French note is read in English too', () => {
    const text =
      'Bonjour Léa, bravo pour votre talk à Lyon ! Would you be free next Tuesday at 3pm for a call ?';
    expect(analyzeDraft(text, note).language.applied).toEqual(expect.arrayContaining(['fr', 'en']));
    expect(strongest('big-ask', text, note)).toBeDefined();
  });

  it('text typed without accents reads the same', () => {
    const accents = 'Olá Bruno, você teria 15 minutos para uma reunião?';
    const plain = 'Ola Bruno, voce teria 15 minutos para uma reuniao?';
    expect(strongest('big-ask', plain, note)?.rule).toBe('big-ask');
    expect(strongest('big-ask', accents, note)?.span).toEqual(strongest('big-ask', plain, note)?.span);
  });

  it.each([
    ['Italian', 'Ciao Marco, ho letto il tuo articolo sulla logistica e vorrei conoscerti meglio.'],
    ['Dutch', 'Hoi Sanne, leuk je gisteren te zien op de Amsterdam Design Week, bedankt voor de tip!'],
    ['Swedish', 'Hej Lars! Tack för ett inspirerande föredrag på Nordic.js i Stockholm.'],
    ['Polish', 'Dzień dobry Pani Anno, Pani wykład na Infoshare o dostępności był świetny.'],
    [
      'Russian',
      'Привет, Иван! Спасибо за доклад на HighLoad, было очень интересно послушать про шардирование.',
    ],
    ['Turkish', 'Merhaba Ayşe, sizin sunumunuz için çok teşekkürler, bir kahve içelim mi?'],
  ])('%s is a language we do not coach: the report says coaching is limited', (_name, text) => {
    const r = analyzeDraft(text, note);
    expect(r.language.primary).toBe('other');
    expect(r.language.limited).toBe(true);
    const [w] = warningsFor('limited-language', text, note);
    expect(w?.severity).toBe('info');
    expect(w?.message).toMatch(/limited/);
    expect(r.score).toBeLessThan(100);
  });

  it('a text too short to tell gets every lexicon and no notice', () => {
    const r = analyzeDraft("Let's connect!", note);
    expect(r.language.primary).toBeNull();
    expect(r.language.applied).toEqual(LANGS);
    expect(warningsFor('limited-language', "Let's connect!", note)).toEqual([]);
  });
});

describe('folding', () => {
  it('keeps the length, so spans in the folded text are spans of the text', () => {
    for (const s of [
      'Ça coûte 49 € — déjà vu',
      'Grüße aus Köln, Straße',
      'Reunião às 15h? Você!',
      'İstanbul’da',
      '👩🏽‍💻 ok',
    ]) {
      const lower = lowerSameLength(s);
      expect(foldSameLength(lower)).toHaveLength(s.length);
    }
    expect(foldSameLength('reunião às 15h, você, ça, grüße, ¿qué tal?')).toBe(
      'reuniao as 15h, voce, ca, gruse, ¿que tal?',
    );
  });

  it('every lexicon is written for the folded text: no accented letters, no curly apostrophes', () => {
    for (const lang of LANGS) {
      const lex = LEXICONS[lang];
      const all = [
        lex.stop,
        lex.self,
        lex.you,
        lex.onlyConnect,
        ...Object.values(lex.classes),
        ...Object.values(lex.shapes).flat(),
        ...lex.subjects,
      ];
      for (const source of all)
        expect(source, `${lang}: ${source}`).not.toMatch(/[\u00c0-\u017f\u2018\u2019]/);
    }
  });
});
