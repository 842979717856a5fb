import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi, I came across your profile and thought we could connect.', 'I came across your profile', {}],
  [
    "Hi, I'd like to add you to my professional network on LinkedIn.",
    "I'd like to add you to my professional network",
    {},
  ],
  [
    'Hi Zoë,\nI hope this message finds you well. I lead growth at a Lyon fintech.',
    'I hope this message finds you well',
    { surface: 'message' },
  ],
  ["Hey José! Let's connect and grow our networks 🚀", "Let's connect and grow our networks", {}],
  ["Hello Nguyễn, I'm reaching out to expand my network in Hanoi's tech scene.", "I'm reaching out", {}],
  ['Hi Søren, I wanted to reach out and introduce myself.', 'I wanted to reach out', {}],
  [
    'Hej Ayşe, I see we share 12 mutual connections, so I thought I would say hello.',
    'I see we share 12 mutual connections',
    {},
  ],
  ['Dear Sir/Madam, I am a consultant based in Zürich.', 'Dear Sir', { surface: 'inmail-body' }],
  ['Hi 李小龍, I stumbled upon your profile today 👨‍👩‍👧‍👦', 'I stumbled upon your profile', {}],
  ["Hi Ana, I'd like to connect.", "I'd like to connect.", {}],
  ["Let's connect!", "Let's connect!", {}],
  ["Hi, I'd like to join your professional network.", 'join your professional network', {}],
  [
    'Hi there, I noticed your impressive background and thought it would be great to connect.',
    'your impressive background',
    {},
  ],
  ["Hey, as a fellow professional I'd love to be part of your network.", 'as a fellow professional', {}],
  [
    "Hi Priya, hope you're doing well! Quick note about the DevOps meetup.",
    "hope you're doing well",
    { surface: 'message' },
  ],
];

const QUIET: [string, Ctx][] = [
  [
    "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. I'd love to connect and follow your work.",
    {},
  ],
  [
    'Hi Mark, Jane Smith suggested I reach out. She mentioned you are building the SaaS ops guild in Leeds.',
    {},
  ],
  ["Hi Rohan, I saw your work in product analytics. I'd like to connect and follow your insights here.", {}],
  ['Hola Ana, felicidades por el nuevo puesto en Cabify 🎉', {}],
  ['Bonjour Zoë, your talk at Paris Web on accessible forms was superb.', {}],
  ['Hi Søren,\nCongrats on the Series A! 🇩🇰 Rooting for the Aarhus team.', {}],
  [
    'Thanks for connecting, Ayşe. When you audit pricing pages, do you start with positioning or conversion flow?',
    { surface: 'message' },
  ],
  ['Hej Nguyễn, we were both at the Hanoi PyCon sprint. Would be glad to connect here.', {}],
  ['Hi 李小龍, loved your keynote at KubeCon Shanghai on multi-cluster networking.', {}],
  [
    'Hallo Jürgen, I wanted to say thanks for answering my question at the Berlin Rust meetup. Your answer on async traits saved me a week.',
    {},
  ],
];

describe('generic-opener', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('generic-opener', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(phrase);
    expect(w?.evidence).toBe(EVIDENCE.genericOpener);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('generic-opener', text, ctx)).toEqual([]);
  });

  it('a stock phrase deep in a long message is only info', () => {
    const text = `Hi Zoë, congrats on the launch of the Lyon office. ${'Your onboarding post was great. '.repeat(6)}Hope all is well with the team.`;
    const [w] = warningsFor('generic-opener', text, { surface: 'message' });
    expect(w?.severity).toBe('info');
  });
});

/** Stock openers in each language, and the same phrases after a real hook (not an opener). */
const OPENER_5: Record<string, Row[]> = {
  en: [
    ["Hi Ana, I'm reaching out because I think we could work together.", "I'm reaching out because"],
    ['Hi Raj, my name is Tom and I lead sales at Acme.', 'my name is Tom'],
  ],
  de: [
    ['Hallo Frau Koch, ich bin auf Ihr Profil gestoßen und war beeindruckt.', 'auf Ihr Profil gestoßen'],
    [
      'Hallo Jonas, ich hoffe, es geht dir gut! Ich melde mich, weil wir ein neues Tool haben.',
      'ich hoffe, es geht dir gut',
    ],
    ['Hallo Jonas, ich würde mich gerne mit dir vernetzen.', 'ich würde mich gerne mit dir vernetzen.'],
  ],
  fr: [
    [
      'Bonjour Léa, je me permets de vous contacter car votre profil a retenu mon attention.',
      'je me permets de vous contacter',
    ],
    [
      "Bonjour Hugo, j'espère que vous allez bien. Je travaille dans la cybersécurité.",
      "j'espère que vous allez",
    ],
    ['Bonjour Hugo, je souhaiterais rejoindre votre réseau.', 'je souhaiterais rejoindre votre réseau.'],
  ],
  es: [
    ['Hola Sergio, vi tu perfil y me pareció muy interesante.', 'vi tu perfil'],
    ['Hola Lucía, espero que estés muy bien. Te escribo porque tenemos una propuesta.', 'espero que estés'],
    ['Hola Sergio, me gustaría conectar contigo.', 'me gustaría conectar contigo.'],
  ],
  pt: [
    ['Olá Bruno, vi seu perfil e achei muito interessante.', 'vi seu perfil'],
    [
      'Oi Camila, espero que esteja bem! Estou entrando em contato porque temos uma novidade.',
      'espero que esteja',
    ],
    ['Olá Bruno, gostaria de me conectar com você.', 'gostaria de me conectar com você.'],
  ],
};

const OPENER_AFTER_HOOK_5: Record<string, string[]> = {
  en: [
    'Hi Ana, loved your KubeCon talk on eBPF. I came across your profile afterwards and had to say thanks.',
  ],
  de: ['Hallo Jonas, dein Vortrag auf der JSConf war klasse. Ich hoffe, es geht dir gut!'],
  fr: ["Bonjour Léa, bravo pour votre conférence à Lyon ! J'espère que vous allez bien."],
  es: ['Hola Sergio, me encantó tu charla en el meetup de Madrid. Espero que estés bien.'],
  pt: ['Olá Bruno, parabéns pela palestra no evento de ontem! Espero que esteja bem.'],
};

describe.each(Object.entries(OPENER_5))('generic-opener in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words, ctx) => {
    const w = strongest('generic-opener', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

describe.each(Object.entries(OPENER_AFTER_HOOK_5))('generic-opener in %s', (_lang, texts) => {
  it.each(texts)('a stock phrase after a real hook is not the opener: %s', (text) => {
    expect(strongest('generic-opener', text)).toBeUndefined();
  });
});

/** A stock line counts when it opens its clause and the message is a first touch. */
const NOT_AN_OPENER_5: Record<string, [string, Ctx][]> = {
  en: [
    [
      'Hi Tom, I applied for the data role last week and wanted to reach out directly.',
      { surface: 'message' },
    ],
    [
      'Hi Tom, I wanted to reach out one last time about the role.',
      { surface: 'message', stage: 'follow-up' },
    ],
  ],
  de: [['Hallo Tim, ich hoffe, es geht Ihnen gut.', { surface: 'message', stage: 'follow-up' }]],
  fr: [["Bonjour Paul, j'espère que vous allez bien.", { surface: 'message', stage: 'follow-up' }]],
  es: [['Hola Pablo, soy de Acme y vi tu perfil en la web de la empresa.', { surface: 'message' }]],
  pt: [['Olá Pedro, sou da Acme e vi seu perfil na página da empresa.', { surface: 'message' }]],
};

describe.each(Object.entries(NOT_AN_OPENER_5))('generic-opener in %s', (_lang, rows) => {
  it.each(rows)('is at most advice: %s', (text, ctx) => {
    expect(strongest('generic-opener', text, ctx)).toBeUndefined();
  });
});
