import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi Sarah, please respond ASAP.', 'please respond ASAP', { surface: 'message' }],
  ['Hi Zoë, please respond today so I can hold your spot.', 'please respond today', { surface: 'message' }],
  ['Hola José, limited time: 40% off for new clients 🔥', 'limited time', {}],
  ['Hej Søren, act now, this offer expires Friday.', 'act now', { surface: 'inmail-body' }],
  ['Hi Nguyễn,\nLast chance to join our Hanoi founders dinner.', 'Last chance', { surface: 'message' }],
  ['Hi Ayşe, I need an answer by Thursday.', 'I need an answer', { surface: 'message', stage: 'follow-up' }],
  ['Hi 李小龍, this is urgent, please call me back.', 'urgent', { surface: 'message' }],
  [
    "Hi Priya, if I don't hear back I'll assume you're not interested.",
    "I'll assume you're not interested",
    { surface: 'message', stage: 'follow-up' },
  ],
  ['URGENT: your account review', 'URGENT', { surface: 'inmail-subject' }],
  ['Hurry, only 3 seats left for the Lagos founders dinner!', 'Hurry', { surface: 'message' }],
  ['Bonjour Chloé, c’est urgent : merci de répondre aujourd’hui.', 'urgent', { surface: 'message' }],
];

const QUIET: [string, Ctx][] = [
  ["Hi Sarah, I really enjoyed your article on AI's impact on supply chains.", {}],
  ['No rush at all, Zoë, whenever suits you 🙂', { surface: 'message' }],
  ['Hola José, felicidades por el nuevo puesto 🎉', {}],
  ['Hej Søren, your talk on time-boxing incidents was great.', {}],
  ['Hi Nguyễn, congrats on the launch! Your team moved fast.', {}],
  [
    'Hi Ayşe,\nThanks for the quick reply yesterday. Happy to send the deck if useful.',
    { surface: 'message' },
  ],
  ['Hi 李小龍, loved your post on the last mile of delivery in Shenzhen.', {}],
  [
    'Hi Priya, whenever you have a moment, I would value your view on the pricing page.',
    { surface: 'message' },
  ],
  ['Would be glad to connect here, Jürgen.', {}],
  ['Hi Nneka, no hurry on this, but which design system did you settle on?', { surface: 'message' }],
  ['Rien d’urgent, Chloé, mais ta conférence à Paris Web m’a donné une idée.', { surface: 'message' }],
  ['Nothing urgent, Sam: how did you size the Kafka partitions?', { surface: 'message' }],
];

describe('pushy', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('pushy', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(phrase);
    expect(w?.evidence).toBe(EVIDENCE.noPressure);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('pushy', text, ctx)).toEqual([]);
  });

  it('is only info in a post', () => {
    expect(
      warningsFor('pushy', 'Last chance to register for our webinar!', { surface: 'post' })[0]?.severity,
    ).toBe('info');
  });
});

/** Pressure in each language: deadlines, scarcity, "last chance", guilt, counting the pings. */
const PUSHY_5: Record<string, Row[]> = {
  en: [
    ['Hi Tom, only 3 spots left at this price, so please reply by Friday.', 'only 3 spots left'],
    [
      "Hi Ana, I've messaged you three times now and still haven't heard back.",
      "I've messaged you three times",
    ],
    ['Hi Jo, last chance: the discount ends tonight.', 'last chance'],
    ['Hi Max, this is my third message, should I assume you are not interested?', 'this is my third message'],
  ],
  de: [
    ['Hallo Herr Weber, das Angebot gilt nur noch bis Freitag. Letzte Chance!', 'Angebot gilt nur'],
    [
      'Hallo Lena, ich habe Ihnen schon dreimal geschrieben und noch keine Antwort erhalten.',
      'ich habe Ihnen schon dreimal geschrieben',
    ],
  ],
  fr: [
    ['Bonjour Claire, dernière chance : il ne reste plus que 2 places.', 'dernière chance'],
    [
      'Bonjour Marc, je vous ai déjà écrit plusieurs fois sans réponse de votre part.',
      'je vous ai déjà écrit plusieurs',
    ],
  ],
  es: [
    ['Hola Marta, última oportunidad: solo quedan 5 plazas.', 'última oportunidad'],
    ['Hola Diego, te he escrito varias veces y no he recibido respuesta.', 'te he escrito varias veces'],
  ],
  pt: [
    ['Olá João, última chance: restam poucas vagas!', 'última chance'],
    ['Oi Carla, já te mandei três mensagens e não tive retorno.', 'já te mandei três mensagens'],
  ],
};

const PUSHY_QUIET_5: Record<string, string[]> = {
  en: ['Hi Tom, no rush at all, whenever suits you.'],
  de: ['Hallo Lena, nichts Dringendes, melde dich gern, wenn es passt.'],
  fr: ["Bonjour Claire, rien d'urgent, répondez quand vous aurez le temps."],
  es: ['Hola Marta, sin prisa, cuando puedas me cuentas.'],
  pt: ['Oi Carla, sem pressa, quando puder me conta.'],
};

describe.each(Object.entries(PUSHY_5))('pushy in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words, ctx) => {
    const w = strongest('pushy', text, { surface: 'message', ...ctx });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

describe.each(Object.entries(PUSHY_QUIET_5))('pushy in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(warningsFor('pushy', text, { surface: 'message' })).toEqual([]);
  });
});
