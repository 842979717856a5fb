import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, type Row, spanText, strongest, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  [
    'Hi John, I saw we connected. My company provides B2B lead generation services that increase ROI by 50%.',
    'My company provides',
    { surface: 'message' },
  ],
  ['Hi Zoë, we help companies like yours cut cloud costs by 30%. 🚀', 'we help companies like yours cut', {}],
  ['Hi Sarah! I help coaches get 10 new clients a month. Interested?', 'I help coaches get', {}],
  ['Hola José, our platform automates payroll for Spanish SMEs.', 'our platform', {}],
  [
    'Hej Søren,\nWe specialize in Shopify development for Nordic brands.',
    'We specialize',
    { surface: 'inmail-body' },
  ],
  ['Hi Nguyễn, I can boost your revenue with our AI chatbot.', 'boost your revenue', {}],
  [
    'Hi Ayşe, quick one: we offer a free trial of our analytics tool for Turkish e-commerce teams.',
    'we offer',
    { surface: 'message' },
  ],
  ['Hi 李小龍, I run an agency offering SEO services for cross-border sellers.', 'SEO services', {}],
  [
    'Hi Priya, we could save you 10 hours a week on reporting.',
    'save you 10 hours',
    { surface: 'inmail-body' },
  ],
  [
    'Dear Dr. Chen, I would love to show you how our software can help your lab.',
    'I would love to show you how our',
    { surface: 'inmail-body' },
  ],
  ['Hi Liz, our platform cuts onboarding time in half for fintech teams.', 'our platform', {}],
  ['Hi Ana, we grow ARR for B2B startups in Lisbon.', 'grow ARR', {}],
  ['Hi Kemi, we provide IT services to Nigerian banks.', 'we provide', {}],
  ['Hi Kemi, looking for IT services for your bank?', 'IT services', {}],
  ['Dear Ana,\nWe offer a free audit of your AWS bill.', 'We offer', { surface: 'inmail-body' }],
];

const QUIET: [string, Ctx][] = [
  ["Hi Sarah, I really enjoyed your article on AI's impact on supply chains.", {}],
  ['Hi Riya, I saw your post on SaaS pricing pages. I work in SEO and would like to connect.', {}],
  [
    'Hi John, congrats on the new product launch. How is your team thinking about educating the market?',
    { surface: 'message' },
  ],
  ['Hola Ana, felicidades por el nuevo puesto 🎉', {}],
  ['Hi Zoë, loved your breakdown of the ROI debate in platform engineering.', {}],
  ['Hej Søren, your post on pricing experiments at Pleo was brilliant.', {}],
  ['Our team just shipped v2 of the app! 🎉 Thanks to everyone who tested it.', { surface: 'post' }],
  ['Great point on services margins, Ayşe. We saw the same at our agency.', { surface: 'comment' }],
  ['Hi Nguyễn, we both spoke at Vietnam Web Summit. Your demo of the payments SDK was great.', {}],
  ['Subject: our product roadmap', { surface: 'inmail-subject' }],
  ['Hi Liz, congrats on the VP role. I lead our platform team at Wise.', { surface: 'message' }],
  ['Congrats on growing ARR to $12M this year, Ana. Huge milestone!', {}],
  ['Hi Kemi, congrats on heading the IT services unit at Interswitch!', {}],
  [
    'Dear Ana,\nYour Kafka talk at Codemotion is why I am writing. We offer full remote within Portugal.',
    { surface: 'inmail-body' },
  ],
];

describe('pitch', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('pitch', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(phrase);
    expect(w?.evidence).toBe(EVIDENCE.noPitch);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('pitch', text, ctx)).toEqual([]);
  });

  it('once they have talked it is only info', () => {
    const text = 'Hi Zoë, as we discussed at the meetup: our platform exports to Datadog too.';
    expect(warningsFor('pitch', text, { surface: 'message', stage: 'follow-up' })[0]?.severity).toBe('info');
  });

  it('a follow-up with no reply yet that sells is still a pitch', () => {
    const text = 'Hi Zoë, one more thing: our platform exports to Datadog too.';
    expect(strongest('pitch', text, { surface: 'message', stage: 'follow-up' })?.severity).toBe('warn');
  });
});

/** The corpus's shapes, in our own words, in each language: social proof with a metric, "I help
 * <role>s <outcome>", the product in the first person plural, a price or a free trial. */
const PITCH_5: Record<string, Row[]> = {
  en: [
    ['Hi Tom, we helped Northwind cut onboarding time by 40% last quarter.', 'helped Northwind cut'],
    ['Hi Priya, I help B2B founders turn LinkedIn into a steady pipeline.', 'I help B2B founders turn'],
    ['Hi Sam, our analytics suite starts at $49/month with a 14-day free trial.', 'our analytics suite'],
    ['Hi Lee, we are a Lisbon-based dev agency building Shopify stores for DTC brands.', 'we are a'],
    ['Hi Jo, our clients see 3x more demos within 90 days.', 'our clients see'],
  ],
  de: [
    [
      'Hallo Herr Weber, wir haben der Firma Brandt geholfen, ihre Lieferzeiten um 35 % zu senken.',
      'geholfen',
    ],
    ['Hallo Lena, ich unterstütze Coaches dabei, mehr Kunden über LinkedIn zu gewinnen.', 'ich unterstütze'],
    [
      'Guten Tag Frau Koch, unsere Software automatisiert Ihre Buchhaltung. Jetzt 30 Tage kostenlos testen.',
      'unsere Software',
    ],
    ['Hallo Tim, wir sind eine Agentur für Performance-Marketing aus München.', 'wir sind eine Agentur'],
  ],
  fr: [
    [
      'Bonjour Claire, nous avons aidé la société Lumen à réduire ses coûts logistiques de 25 %.',
      'nous avons aidé',
    ],
    ["Bonjour Marc, j'accompagne les dirigeants de PME à structurer leur prospection.", "j'accompagne"],
    [
      'Bonjour Julie, notre plateforme est à partir de 29 € par mois, avec un essai gratuit.',
      'notre plateforme',
    ],
    ['Bonjour Paul, nous sommes une agence spécialisée dans le recrutement tech.', 'nous sommes une agence'],
  ],
  es: [
    ['Hola Marta, ayudamos a clínicas dentales a conseguir 30 pacientes nuevos al mes.', 'ayudamos'],
    ['Hola Diego, hemos ayudado a Fintonic a reducir su churn un 20%.', 'hemos ayudado'],
    [
      'Hola Laura, nuestra herramienta cuesta solo 19 € al mes y tiene prueba gratuita.',
      'nuestra herramienta',
    ],
    ['Hola Pablo, somos una consultora especializada en transformación digital.', 'somos una consultora'],
  ],
  pt: [
    ['Olá João, ajudamos e-commerces a aumentar as vendas em até 40%.', 'ajudamos'],
    [
      'Oi Carla, eu ajudo nutricionistas a conquistar mais pacientes pelo Instagram.',
      'ajudo nutricionistas a conquistar',
    ],
    ['Olá Pedro, nossa plataforma custa a partir de R$ 99 por mês.', 'nossa plataforma'],
    ['Olá Ana, somos uma agência de marketing digital com 10 anos de mercado.', 'somos uma agência'],
  ],
};

const PITCH_QUIET_5: Record<string, string[]> = {
  en: ['Hi Tom, congrats on cutting onboarding time by 40% at Northwind, impressive work!'],
  de: ['Hallo Lena, Glückwunsch zur neuen Rolle bei Zalando! Ihr Beitrag zu Retouren war spannend.'],
  fr: [
    "Bonjour Claire, félicitations pour la levée de fonds de Lumen ! Votre post sur la logistique m'a marquée.",
  ],
  es: [
    'Hola Marta, enhorabuena por el premio de la clínica. Me encantó tu charla en el congreso de Valencia.',
  ],
  pt: ['Olá João, parabéns pelo crescimento de 40% nas vendas! Gostei muito do seu post sobre logística.'],
};

describe.each(Object.entries(PITCH_5))('pitch in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words, ctx) => {
    const w = strongest('pitch', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});

describe.each(Object.entries(PITCH_QUIET_5))('pitch in %s', (_lang, texts) => {
  it.each(texts)('stays quiet: %s', (text) => {
    expect(warningsFor('pitch', text)).toEqual([]);
  });
});

/** Round 2 shapes in our own words: before and after figures, many clients, the latest project for a client. */
const PITCH_SHAPES_5: Record<string, Row[]> = {
  en: [
    [
      'Hi Sam, our last project for Brightline took churn from 9% instead of 14%.',
      'our last project for Brightline',
    ],
    ['Hi Sam, conversion went to 28% vs 15% in three months.', '28% vs 15%'],
  ],
  de: [
    [
      'Hallo Tim, bei einem Kunden war das Ergebnis 28% statt 15% Conversion nach drei Monaten.',
      '28% statt 15%',
    ],
  ],
  fr: [
    ['Bonjour Paul, notre dernier projet pour Lumen a doublé les ventes.', 'notre dernier projet pour Lumen'],
  ],
  es: [
    [
      'Hola Pablo, trabajo con varias inmobiliarias de Valencia en hipotecas.',
      'trabajo con varias inmobiliarias',
    ],
  ],
  pt: [
    ['Olá Pedro, trabalho com várias clínicas de Recife na agenda online.', 'trabalho com várias clínicas'],
  ],
};

describe.each(Object.entries(PITCH_SHAPES_5))('pitch shapes in %s', (_lang, rows) => {
  it.each(rows)('fires: %s', (text, words) => {
    const w = strongest('pitch', text, { surface: 'message' });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toContain(words);
  });
});
