import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, spanText, strongest, warningsFor } from '../helpers';

const FOLLOW: Ctx = { surface: 'message', stage: 'follow-up' };

const FIRES: [string, string, Ctx][] = [
  ['Hi Sarah, just checking in on my last message.', 'just checking in', FOLLOW],
  ['Bumping this to the top of your inbox 🙂', 'Bumping this', FOLLOW],
  ['Hola José,\nCircling back on the note I sent last week.', 'Circling back', FOLLOW],
  ['Hi Zoë, following up on my last message. Any update?', 'following up on my last message', FOLLOW],
  ['Hej Søren, any update?', 'any update', FOLLOW],
  ['Hi Nguyễn, did you get my message from Tuesday?', 'did you get my message', FOLLOW],
  ['Hi Ayşe, just a friendly reminder about my note below 👇', 'just a friendly reminder', FOLLOW],
  ['Hi 李小龍, I haven’t heard back, so I am touching base again.', 'haven’t heard back', FOLLOW],
  ['Hi Priya, just following up! Would you be interested?', 'just following up', { surface: 'inmail-body' }],
  ['Hi Sam, just checking in on my last message.', 'just checking in', FOLLOW],
  ['Hi Ana, circling back on the numbers.', 'circling back', FOLLOW],
];

const QUIET: [string, Ctx][] = [
  [
    'Hi Sarah, I found this McKinsey report on supply-chain AI and thought of your article: page 5 covers your point on forecasting.',
    FOLLOW,
  ],
  [
    'Thanks for connecting, Riya. When you audit pricing pages, do you start with positioning or conversion flow?',
    { surface: 'message' },
  ],
  ['Hola José, felicidades por el nuevo puesto 🎉', FOLLOW],
  ['Hej Søren, saw you spoke at NixCon last week. How did the flakes Q&A go?', FOLLOW],
  ['Hi Zoë, here is the checklist I mentioned: the accessibility audit template we use in Lyon.', FOLLOW],
  ['Hi Nguyễn, congrats on shipping the new MoMo SDK!', FOLLOW],
  ['Checking in from Kraków! Great first day at the summit 🇵🇱', { surface: 'post' }],
  ['Quick follow-up', { surface: 'inmail-subject' }],
  ['Just checking in?', { surface: 'comment' }],
  ['Hi Sam, checking in after your surgery. Hope recovery is going smoothly, no need to reply 💐', FOLLOW],
];

describe('lazy-follow-up', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('lazy-follow-up', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)?.toLowerCase()).toBe(phrase.toLowerCase());
    expect(w?.evidence).toBe(EVIDENCE.valueAddFollowUp);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('lazy-follow-up', text, ctx)).toEqual([]);
  });

  it.each([
    'Hi Sarah, circling back with something new: the Gartner report on supply-chain AI, page 5 is on your forecasting point.',
    'Hi Zoë, just following up: I wrote up the notes from our FOSDEM chat, here is the link https://example.org/notes',
    'Hej Søren, checking in with a question: how did the Pleo team handle the Nix cache size once builds grew?',
    'Hi Ana, circling back with the numbers you asked for: churn fell from 4.1% to 2.7% after the pricing change.',
  ])('a nudge that adds something new is only info: %s', (text) => {
    expect(warningsFor('lazy-follow-up', text, FOLLOW).map((w) => w.severity)).toEqual(['info']);
  });
});

/** Nudges that add nothing, beyond "just checking in", in each language. */
const LAZY_5: Record<string, Row[]> = {
  en: [
    ['Hi Ana, just bumping this to the top of your inbox.', 'bumping this'],
    ['Hi Raj, circling back on my last note. Any update?', 'circling back'],
    ['Hi Kim, last ping on this one.', 'last ping'],
  ],
  de: [
    ['Hallo Herr Krause, ich wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben.', 'nachhaken'],
    ['Hallo Sophie, kurze Erinnerung an meine letzte Nachricht.', 'Erinnerung'],
  ],
  fr: [
    ['Bonjour Léa, je me permets de vous relancer suite à mon précédent message.', 'relancer'],
    ['Bonjour Hugo, avez-vous eu le temps de lire mon message ?', 'avez-vous eu le temps'],
  ],
  es: [
    ['Hola Sergio, solo quería hacer seguimiento a mi mensaje anterior.', 'seguimiento'],
    ['Hola Lucía, ¿tuviste oportunidad de ver mi mensaje?', 'tuviste oportunidad de ver'],
  ],
  pt: [
    ['Olá Bruno, passando para saber se você viu minha mensagem anterior.', 'passando para'],
    ['Oi Camila, alguma novidade sobre a minha mensagem?', 'alguma novidade'],
  ],
};

/** Follow-ups that bring something new: at most a tip to lead with it. */
const LAZY_ADDS_5: Record<string, string[]> = {
  en: [
    'Hi Ana, following up on my last note with the benchmark report you asked about: https://example.org/report',
  ],
  de: [
    'Hallo Sophie, ich wollte nachhaken: anbei die Studie zu Lieferketten, über die wir gesprochen haben.',
  ],
  fr: [
    'Bonjour Léa, je me permets de vous relancer avec un article sur la logistique urbaine qui pourrait vous intéresser.',
  ],
  es: ['Hola Sergio, retomo mi mensaje con un informe sobre pagos en LATAM que te puede servir.'],
  pt: ['Olá Bruno, retomando nossa conversa: segue em anexo o estudo de caso que comentei.'],
};

describe.each(Object.entries(LAZY_5))('lazy-follow-up in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words, ctx) => {
    const w = strongest('lazy-follow-up', text, { surface: 'message', stage: 'follow-up', ...ctx });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

describe.each(Object.entries(LAZY_ADDS_5))('lazy-follow-up in %s', (_lang, texts) => {
  it.each(texts)('is only a tip when the follow-up adds something: %s', (text) => {
    const ws = warningsFor('lazy-follow-up', text, { surface: 'message', stage: 'follow-up' });
    expect(ws.map((w) => w.severity)).toEqual(['info']);
  });
});

/** "Is now a good time?" only asks for a reply: the nudge is still empty. */
const TIMING_5: Record<string, string> = {
  en: 'Hi Tom, just checking in. Is now a good time to look at the export project together?',
  de: 'Hallo Tim, ich wollte kurz nachhaken. Passt es gerade, sich das Exportprojekt gemeinsam anzuschauen?',
  fr: 'Bonjour Paul, je me permets de vous relancer. Est-ce le bon moment pour regarder le projet export ensemble ?',
  es: 'Hola Pablo, retomo mi mensaje anterior. ¿Es buen momento para revisar juntos el proyecto de exportación?',
  pt: 'Olá Pedro, retomando minha mensagem anterior. É um bom momento para olharmos juntos o projeto de exportação?',
};

describe.each(Object.entries(TIMING_5))('lazy-follow-up in %s', (_lang, text) => {
  it('a timing question adds nothing', () => {
    expect(strongest('lazy-follow-up', text, { surface: 'message', stage: 'follow-up' })?.severity).toBe(
      'warn',
    );
  });
});
