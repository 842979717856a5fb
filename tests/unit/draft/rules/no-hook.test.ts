import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, strongest, warningsFor } from '../helpers';

const FIRES: [string, Ctx][] = [
  ["Hi, I'd like to add you to my professional network on LinkedIn.", {}],
  ['Hi Sarah, I am a product designer in Lisbon and would love to connect with you.', {}],
  ['Hello José, I work in B2B marketing and I think we could help each other grow.', {}],
  ['Hi Zoë 👋\nI am always happy to meet people in tech. Would be great to connect!', {}],
  ['Hej Søren, I am a recruiter for engineering roles and I like to keep in touch with talented people.', {}],
  ['Hi Nguyễn, I see you work in fintech. I also work in fintech so it makes sense to connect.', {}],
  ['Hi 李小龍, I help founders with cloud costs. Would you like to connect here?', { surface: 'message' }],
  [
    'Dear Ayşe,\n\nI am the CEO of a software consultancy and we build custom web apps for companies of every size.',
    { surface: 'inmail-body' },
  ],
  ['Hi Priya, I thought it would be nice to connect since we are both in product management 🇮🇳', {}],
  ['Thanks for the connection request, Ravi. I am a cloud engineer in Pune.', {}],
  ['Hi Andile, I am also in cloud and would be glad to connect this week.', {}],
  ['Hi Kate, I said I would like to meet more designers in Bristol.', {}],
  ['Oi Ana, I do data science in Lisbon and would like to connect with you.', {}],
  ['Hi Hans-Peter, danke for accepting. I work in Kubernetes consulting in Zürich.', {}],
];

const QUIET: [string, Ctx][] = [
  ["Hi Sarah, I really enjoyed your article on AI's impact on supply chains.", {}],
  ['Hi Mark, Jane Smith suggested I reach out about the SaaS pricing guild.', {}],
  ['Hola Ana, congrats on the new role at Cabify! 🎉', {}],
  ['Hi Søren, we met at the Aarhus JS meetup last week. Great chat about Deno.', {}],
  ['Hej Ayşe, fellow Boğaziçi alum here. Loved your thread on hiring in Istanbul.', {}],
  ['Hi Nguyễn, congrats on the Series B for MoMo. Huge milestone for Vietnamese fintech.', {}],
  ['Hi, let’s connect!', {}],
  ['Hallo Jürgen, ich habe deinen Vortrag auf der JSConf EU gesehen und fand ihn super.', {}],
  [
    'Just checking in on this, any thoughts on the proposal I sent you last week?',
    { surface: 'message', stage: 'follow-up' },
  ],
  [
    'I am a product designer in Lisbon and would love to hear from other designers here.',
    { surface: 'comment' },
  ],
  ['Hi 李小龍, I heard your podcast episode on scaling support teams in Shenzhen.', {}],
  ['Thanks for the great session at QCon, Ravi!', {}],
  ['Hi Kate, Tom Barnes from the Bristol product circle said I should say hello.', {}],
  ['Hi Andile, your Africa Tech Week panel on cloud costs was the clearest I have heard.', {}],
  ['Namaste Rahul ji, aapka post on UPI fraud detection bahut useful tha. Would love to connect.', {}],
  // Not English, though "do", "as", "in", "was", "so" and "i" are English words too.
  ['Oi Ana, obrigado por aceitar! Como vocês escolheram o stack do app do Itaú?', { surface: 'message' }],
  ['Cześć Tomek, dzięki! Jak podeszliście do migracji na Kotlin w Allegro?', { surface: 'message' }],
  ['Hallo Jan, was ist bei euch so los in Hamburg? Ich bin im Mai in der Stadt.', { surface: 'message' }],
  ['Hej Maja, jag flyttar till Göteborg i maj och skulle gärna höra hur ni jobbar.', {}],
  ['Hi Hans-Peter, danke for the Kubernetes workshop in Zürich! 🙏', {}],
  ['Hi Zoe, your accessibility audit checklist is pinned on our team wiki. Thank you!', {}],
  ['Hi Chukwuemeka, your LinkedIn Live with Techcabal on payments in Nigeria was excellent!', {}],
];

describe('no-hook', () => {
  it.each(FIRES)('fires: %s', (text, ctx) => {
    const [w] = warningsFor('no-hook', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(w?.evidence).toBe(EVIDENCE.specificPersonalisation);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('no-hook', text, ctx)).toEqual([]);
  });

  it('a name alone is not a hook', () => {
    const ctx = { recipientName: 'Zoë Ångström-Núñez' };
    expect(
      warningsFor('no-hook', 'Hi Zoë, I would really like to connect with you here on LinkedIn.', ctx),
    ).toHaveLength(1);
  });
});

/**
 * Nothing specific, but nothing else that marks a note written for anyone either (no stock line,
 * pitch, ask, introduction or template slot): the reason may be one no lexicon can read, so the
 * missing hook is advice, not a warning.
 */
const ADVICE: string[] = [
  'Hi Chukwuemeka, I go live in Lagos this month and would like to connect.',
  'Hi Tomás, the bakery opening on Rua Augusta made my week. Would like to connect.',
  'Hallo Jana, die Geschichte mit dem Bäckerwagen in Köln hat mich zum Lachen gebracht.',
  'Bonjour Inès, la photo du chantier à Lyon était superbe. Au plaisir de se connecter.',
  'Hola Paula, lo del mercado de Triana me pareció genial. Encantado de conectar.',
  'Oi Bruno, aquela história da padaria em Recife foi ótima. Vamos nos conectar?',
];

describe('no-hook without another sign of a generic note', () => {
  it.each(ADVICE)('is advice: %s', (text) => {
    const [w] = warningsFor('no-hook', text);
    expect(w?.severity).toBe('info');
  });
});

describe('no-hook: a profile visit is not a hook', () => {
  it.each([
    'Hi Sarah, I came across your profile and would like to add you to my professional network.',
    'Hi Zoë, I saw your LinkedIn profile and thought we should connect with each other.',
  ])('%s', (text) => {
    expect(warningsFor('no-hook', text, {})).toHaveLength(1);
  });
});

/** No-hook judges every language we have hook lexicons for. */
const NO_HOOK_5: Record<string, string[]> = {
  de: ['Hallo Herr Weber, ich bin Vertriebsleiter und freue mich immer über neue Kontakte.'],
  fr: [
    'Bonjour Claire, je travaille dans le marketing digital et je serais ravie de vous compter parmi mes contacts.',
  ],
  es: ['Hola Marta, trabajo en ventas B2B y me gustaría conectar contigo.'],
  pt: ['Olá João, trabalho com vendas B2B e gostaria de me conectar com você.'],
};

const HOOK_5: Record<string, string[]> = {
  de: [
    'Hallo Lena, danke für deinen Beitrag über Remote-Onboarding, sehr hilfreich!',
    'Hallo Herr Weber, Frau Schulz hat mir empfohlen, Sie wegen der Logistik-Messe anzusprechen.',
  ],
  fr: [
    'Bonjour Claire, Pierre Martin m’a recommandé de vous contacter au sujet de votre projet de mobilité.',
    'Bonjour Marc, félicitations pour votre nouveau poste chez Decathlon !',
  ],
  es: [
    'Hola Marta, Carlos Ruiz me sugirió que te escribiera sobre tu proyecto de telemedicina.',
    'Hola Diego, leí tu artículo sobre pagos instantáneos y me dejó pensando.',
  ],
  pt: [
    'Olá João, vi sua palestra no RD Summit e adorei o case da Natura.',
    'Oi Carla, parabéns pelo novo cargo na Stone!',
  ],
};

describe.each(Object.entries(NO_HOOK_5))('no-hook in %s', (_lang, texts) => {
  it.each(texts)('fires: %s', (text) => {
    expect(strongest('no-hook', text)?.severity).toBe('warn');
  });
});

describe.each(Object.entries(HOOK_5))('no-hook in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(warningsFor('no-hook', text)).toEqual([]);
  });
});

describe('no-hook in a language we do not coach', () => {
  it('stays quiet and leaves it to the language notice', () => {
    const text = 'Ciao Marco, sono un consulente e vorrei entrare nella tua rete di contatti.';
    expect(warningsFor('no-hook', text)).toEqual([]);
    expect(warningsFor('limited-language', text)).toHaveLength(1);
  });
});
