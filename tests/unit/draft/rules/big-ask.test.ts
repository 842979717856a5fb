import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi, can we schedule a quick call this week?', 'schedule a quick call', {}],
  ['Hi John, do you have 15 minutes to chat this week?', 'do you have 15 minutes', { surface: 'message' }],
  [
    'Hola José, would you be free for a call on Thursday? 🙏',
    'would you be free for a call',
    { surface: 'message' },
  ],
  ['Hi Zoë,\nHere is my calendar: calendly.com/zoe-fan/30min', 'my calendar', { surface: 'inmail-body' }],
  ['Hej Søren, could you refer me for the backend role at Pleo?', 'refer me', {}],
  [
    'Hi Nguyễn, are there any openings on your team? I attached my CV.',
    'any openings',
    { surface: 'message' },
  ],
  [
    "Hi Ayşe, I'd love to book a 30-minute demo with your team.",
    'book a 30-minute demo',
    { surface: 'inmail-body' },
  ],
  [
    'Hi 李小龍, can I give you a call tomorrow about your KubeCon talk?',
    'can i give you a call',
    { surface: 'message' },
  ],
  ['Hi Priya, loved your post. Can we hop on a quick Zoom?', 'hop on a quick zoom', {}],
];

const QUIET: [string, Ctx][] = [
  ['Hi Sarah, I would love to hear how you approached the supply-chain model.', { surface: 'message' }],
  [
    "Hi John, congrats on the new product launch. How is your team thinking about educating the market? I'd love your take. Open to a quick chat if you are.",
    { surface: 'message' },
  ],
  ["Hi Rohan, I saw your work in product analytics. I'd like to connect and follow your insights here.", {}],
  ['Hola Ana, enjoyed meeting you at the Madrid product meetup 🎉', {}],
  ['Hej Søren, your call for speakers at FOSDEM was a great read.', {}],
  ['Hi Zoë, great meeting you at the demo day in Lyon!', {}],
  [
    'Thanks for the call yesterday, Ayşe. Attached are the notes.',
    { surface: 'message', stage: 'follow-up' },
  ],
  ['Can we schedule a call? 🙂', { surface: 'comment' }],
  ['Hi Nguyễn, loved your talk. Any tips for a first-time speaker?', {}],
  ['Hi 李小龍, thank you for the referral programme write-up on your blog.', {}],
];

describe('big-ask', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('big-ask', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)?.toLowerCase()).toBe(phrase);
  });

  it.each(QUIET)('stays quiet (no warn): %s', (text, ctx) => {
    expect(warningsFor('big-ask', text, ctx).filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('the seed strong example ("Open to a quick chat if you are" after a hook) gets nothing at all', () => {
    const text =
      "Hi John, congrats on the new product launch—the user interface looks fantastic. I was curious how your team is thinking about educating the market on its unique features? We’ve seen some interesting strategies for this, but I'd love your take. Open to a quick chat if you are.";
    expect(warningsFor('big-ask', text, { surface: 'message' })).toEqual([]);
  });

  it('a chat ask in a connection note is only info', () => {
    const [w] = warningsFor('big-ask', 'Hi Zoë, loved your FOSDEM talk. Open to a quick chat sometime?', {});
    expect(w?.severity).toBe('info');
  });

  it('cites the low-friction-ask evidence in messages and the no-asks advice in notes', () => {
    expect(
      warningsFor('big-ask', 'Do you have 15 minutes this week?', { surface: 'message' })[0]?.evidence,
    ).toBe(EVIDENCE.lowFrictionAsk);
    expect(warningsFor('big-ask', 'Can we schedule a call this week?', {})[0]?.evidence).toBe(
      EVIDENCE.noLinksInNotes,
    );
  });
});

describe('big-ask: stage', () => {
  it('a follow-up may ask for a call once they have talked, not before any reply', () => {
    const talked = 'Hi Zoë, as we discussed at FOSDEM: could we schedule a quick call next week?';
    expect(warningsFor('big-ask', talked, { surface: 'inmail-body', stage: 'follow-up' })).toEqual([]);
    expect(warningsFor('big-ask', talked, { surface: 'message', stage: 'follow-up' })).toEqual([]);
    const unanswered =
      'Hi Zoë, following my note on your FOSDEM talk: could we schedule a quick call next week?';
    expect(strongest('big-ask', unanswered, { surface: 'message', stage: 'follow-up' })).toBeDefined();
    expect(strongest('big-ask', unanswered, { surface: 'inmail-body' })).toBeDefined();
  });
});

/** A meeting ask in any phrasing: a duration, a day or a time, a call or meeting noun. */
const ASK_5: Record<string, Row[]> = {
  en: [
    [
      'Hi Ana, would you be free next Wednesday at 2pm for a quick intro?',
      'would you be free next Wednesday',
    ],
    ['Hi Raj, can we hop on a 15-min call this week?', 'hop on a 15-min call'],
    ["Hi Kim, I'd love to set up an introductory meeting with your team.", 'introductory meeting'],
    ['Hi Bo, does Thursday at 10am work for a short chat?', 'Thursday'],
    ['Hi Lu, could I steal 20 minutes of your time?', 'steal 20 minutes'],
  ],
  de: [
    [
      'Hallo Herr Krause, hätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat?',
      'hätten Sie nächste Woche 15 Minuten',
    ],
    ['Hallo Sophie, wann passt Ihnen ein Termin am Dienstag um 14 Uhr?', 'Termin'],
    ['Hallo Jonas, lass uns doch mal kurz telefonieren.', 'lass uns doch mal kurz telefonieren'],
    ['Hallo Frau Berg, hätten Sie Lust auf ein unverbindliches Kennenlerngespräch?', 'Kennenlerngespräch'],
  ],
  fr: [
    [
      'Bonjour Léa, seriez-vous disponible mardi à 14h pour un échange de 20 minutes ?',
      'seriez-vous disponible',
    ],
    ['Bonjour Hugo, je vous propose un appel rapide cette semaine.', 'je vous propose un appel'],
    ['Bonjour Inès, pourrions-nous caler un rendez-vous la semaine prochaine ?', 'pourrions-nous caler'],
    ['Bonjour Théo, auriez-vous quelques minutes pour une visio jeudi ?', 'auriez-vous quelques minutes'],
  ],
  es: [
    ['Hola Sergio, ¿tendrías 15 minutos el jueves para una videollamada?', 'tendrías 15 minutos'],
    ['Hola Lucía, me gustaría agendar una reunión contigo la próxima semana.', 'agendar una reunión'],
    ['Hola Andrés, ¿te parece si hablamos el martes a las 11?', 'te parece si hablamos el martes'],
    ['Hola Elena, ¿estarías disponible para una llamada rápida?', 'estarías disponible para'],
  ],
  pt: [
    ['Olá Bruno, podemos marcar uma call de 15 minutos na quinta-feira?', 'podemos marcar'],
    ['Oi Camila, que tal um bate-papo rápido essa semana?', 'bate-papo'],
    ['Olá Rafael, você teria disponibilidade para uma reunião às 15h?', 'teria disponibilidade'],
    ['Olá Júlia, vamos agendar uma conversa de 20 minutos?', 'vamos agendar'],
  ],
};

const ASK_QUIET_5: Record<string, string[]> = {
  en: [
    'Hi Ana, your 10-minute talk at PyCon on typing was the best of the day.',
    'Hi Raj, we met on Tuesday at the Lisbon product meetup. Loved your take on pricing pages.',
  ],
  de: ['Hallo Sophie, Ihr Vortrag am Dienstag auf der re:publica hat mir sehr gefallen.'],
  fr: ['Bonjour Léa, votre intervention de mardi au salon VivaTech était passionnante.'],
  es: ['Hola Sergio, vi tu ponencia del jueves en el congreso y me encantó.'],
  pt: ['Olá Bruno, assisti à sua palestra de quinta no evento e gostei muito.'],
};

describe.each(Object.entries(ASK_5))('big-ask in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words, ctx) => {
    const w = strongest('big-ask', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

describe.each(Object.entries(ASK_QUIET_5))('big-ask in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(strongest('big-ask', text)).toBeUndefined();
  });
});

/** Shapes of round 2, our own words: a demo or walkthrough in minutes, a meeting with a time frame, a demo ask. */
const ASK_SHAPES_5: Record<string, Row[]> = {
  en: [
    ['Hi Tom, happy to show you in 10 minutes how the export works.', 'show you in 10 minutes'],
    ['Hi Tom, a call next week about the rollout?', 'call next week'],
    ['Hi Tom, worth a quick demo for your ops team?', 'worth a quick demo'],
  ],
  de: [
    ['Hallo Tim, ich kann Ihnen in 10 Minuten zeigen, wie der Export funktioniert.', '10 Minuten zeigen'],
    ['Hallo Tim, passt ein Call nächste Woche für Sie?', 'Call nächste Woche'],
  ],
  fr: [
    [
      'Bonjour Paul, je peux vous montrer en 10 minutes comment fonctionne l’export.',
      'montrer en 10 minutes',
    ],
    ['Bonjour Paul, un appel la semaine prochaine vous irait ?', 'appel la semaine prochaine'],
  ],
  es: [
    ['Hola Pablo, te puedo mostrar en 10 minutos cómo funciona la exportación.', 'mostrar en 10 minutos'],
    ['Hola Pablo, ¿una llamada esta semana para verlo?', 'llamada esta semana'],
  ],
  pt: [
    ['Olá Pedro, posso te mostrar em 10 minutos como funciona a exportação.', 'mostrar em 10 minutos'],
    ['Olá Pedro, vale uma demo rápida para o seu time?', 'vale uma demo'],
  ],
};

describe.each(Object.entries(ASK_SHAPES_5))('big-ask shapes in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words) => {
    const w = strongest('big-ask', text, { surface: 'message' });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

/** A clock time that is not an ask, and asking to connect, are not meetings. */
describe('big-ask: not a meeting', () => {
  it.each([
    ['Hola Marta, ayudo a hoteles a que las dudas de las 23:00 no lleguen al móvil del director.', {}],
    ['Bonjour Claire, seriez-vous ouverte à une connexion ?', {}],
    ['Hallo Lena, würde mich freuen, zu connecten!', {}],
  ] as [string, Ctx][])('%s', (text, ctx) => {
    expect(warningsFor('big-ask', text, ctx).filter((w) => w.severity !== 'info')).toEqual([]);
  });
});
