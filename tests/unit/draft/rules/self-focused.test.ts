import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, strongest, warningsFor } from '../helpers';

const FIRES: [string, Ctx][] = [
  [
    'Hi, I am a designer. I have 10 years of experience and I love my job. My portfolio is on my profile.',
    {},
  ],
  [
    'Hi Zoë, we are a Lyon agency. We build apps, our team is great and our clients love us.',
    { surface: 'message' },
  ],
  ["Hola José, I'm starting my new business and I'd like my network to grow. I think I can add value.", {}],
  [
    'Hej Søren 👋\nI run a studio. I work with startups. I am always busy but I make time for my network.',
    {},
  ],
  [
    'Hi Nguyễn, I am a recruiter. I place engineers. My clients are in Hanoi and I want to grow my pipeline.',
    {},
  ],
  [
    "Dear Ayşe,\n\nI'm a consultant. I've helped our clients in Istanbul and I'd like to tell you about my results. Thanks.",
    { surface: 'inmail-body' },
  ],
  [
    'Hi 李小龍, I have been coding for years. I built my own framework, I wrote my own compiler and I love it.',
    {},
  ],
  [
    'I just wanted to say I loved meeting everyone. I learned so much and my team did too. We will be back!',
    { surface: 'message' },
  ],
  ['Hi Sam, we met at the Leeds meetup. I run a studio; I build apps, I teach and I love my job.', {}],
];

const QUIET: [string, Ctx][] = [
  [
    "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. Your point about predictive analytics was spot-on.",
    {},
  ],
  ['Hi, I am a designer and I love my job.', {}],
  [
    'Hi Zoë, I loved your talk. I use your library daily and my team owes you a coffee. What are you building next?',
    {},
  ],
  [
    'Hola José, felicidades por el nuevo puesto. Me encantó tu charla en Madrid y mi equipo la comparte mucho.',
    {},
  ],
  [
    'I shipped my first app! I learned so much and I thank my team, my mentors and my family. 🎉',
    { surface: 'post' },
  ],
  ['I agree, I saw the same in my team and I think we should write it down. 🙌', { surface: 'comment' }],
  ['Hej Søren, your FOSDEM talk was great. You made Nix sound easy. Do you have the slides you showed?', {}],
  [
    'Hi Nguyễn, you wrote the best guide on Vietnamese payments. I read it twice and shared it with my team.',
    {},
  ],
  ['Hi 李小龍 👋 we both spoke at KubeCon. Your demo was the highlight for me.', {}],
  [
    'Hi Sam, we met at the Leeds Elixir meetup last night. I was the one asking about LiveView. I’d love to keep in touch; I’m in Leeds most weeks.',
    {},
  ],
];

describe('self-focused', () => {
  it.each(FIRES)('fires: %s', (text, ctx) => {
    const [w] = warningsFor('self-focused', text, ctx);
    expect(w).toBeDefined();
    expect(w?.evidence).toBe(EVIDENCE.recipientFocus);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('self-focused', text, ctx)).toEqual([]);
  });

  it('is a warn on a first touch and info in a follow-up', () => {
    const text =
      'I am a designer. I have 10 years of experience and I love my job. My portfolio is on my profile.';
    expect(warningsFor('self-focused', text, {})[0]?.severity).toBe('warn');
    expect(warningsFor('self-focused', text, { surface: 'message', stage: 'follow-up' })[0]?.severity).toBe(
      'info',
    );
  });
});

/** Self-focus counted in each language's own I/we words (Spanish and Portuguese verbs too). */
const SELF_5: Record<string, Row[]> = {
  de: [
    [
      'Hallo Tim, ich bin seit 10 Jahren im Vertrieb, mein Team und ich betreuen 200 Kunden, unsere Lösung ist marktführend und wir wachsen stark.',
      'ich',
    ],
  ],
  fr: [
    [
      "Bonjour Paul, je suis consultant, j'ai fondé mon cabinet en 2015, nous accompagnons nos clients et je développe mon réseau.",
      'je',
    ],
  ],
  es: [
    [
      'Hola Pablo, soy consultor, tengo 15 años de experiencia, mi equipo y yo ayudamos a nuestros clientes y estamos creciendo.',
      'soy',
    ],
  ],
  pt: [
    [
      'Olá Pedro, sou consultor, tenho 15 anos de experiência, minha equipe e eu ajudamos nossos clientes e estamos crescendo.',
      'sou',
    ],
  ],
};

const ABOUT_THEM_5: Record<string, string[]> = {
  de: [
    'Hallo Tim, Ihr Beitrag über Ihre Expansion nach Wien hat mich beeindruckt. Wie haben Sie Ihr Team dort aufgebaut? Ich bin gespannt.',
  ],
  fr: [
    'Bonjour Paul, votre article sur vos débuts à Lyon m’a plu. Comment avez-vous recruté votre première équipe ? Je suis curieux.',
  ],
  es: [
    'Hola Pablo, tu charla sobre tu paso de ingeniero a CTO me encantó. ¿Cómo elegiste a tu primer equipo? Yo estoy en ese punto.',
  ],
  pt: [
    'Olá Pedro, sua palestra sobre sua transição para CTO foi ótima. Como você montou seu primeiro time? Eu estou nessa fase.',
  ],
};

describe.each(Object.entries(SELF_5))('self-focused in %s', (_lang, rows) => {
  it.each(rows)('fires and names the words it counted: %s', (text, word) => {
    const w = strongest('self-focused', text, { surface: 'message' });
    expect(w?.severity).toBe('warn');
    expect(w?.message).toContain(`“${word}”`);
  });
});

describe.each(Object.entries(ABOUT_THEM_5))('self-focused in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(warningsFor('self-focused', text, { surface: 'message' })).toEqual([]);
  });
});

describe('self-focused: a "we" that includes the reader', () => {
  it('"we\'re both working on" is about the two of you', () => {
    const text =
      "Hi Tom, I noticed we're both working on pricing. I think there might be ways to share notes. Happy to share what's working for us.";
    expect(strongest('self-focused', text)).toBeUndefined();
  });
});
