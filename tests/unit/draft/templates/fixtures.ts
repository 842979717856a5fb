/**
 * Filled-in templates and notes that only look near them. Each template has a name slot and
 * one to four more (event, topic, company, city, a mutual contact, a number, a role); the earlier fills
 * are the user's history, the new fills are drafts that must be caught. The near-topic notes were
 * written fresh about the same events, companies and topics, and must not be taken for a template.
 */

export interface Template {
  lang: 'en' | 'de' | 'fr' | 'es' | 'pt';
  id: string;
  /** `{name}` and the other `{slot}`s are filled from `earlier` and `fresh`. */
  text: string;
  earlier: Record<string, string>[];
  fresh: Record<string, string>[];
}

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z]+)\}/g, (_, k: string) => {
    const v = values[k];
    if (v === undefined) throw new Error(`no value for {${k}}`);
    return v;
  });
}

/** The issue's scenario: 3 templates, 5 earlier notes from each, 5 new fills of each. */
export const ISSUE_TEMPLATES: Template[] = [
  {
    lang: 'en',
    id: 'talk',
    text: "Hi {name}, loved your talk at {event} on {topic}. I'm working on the same problem at {company} and would be glad to compare notes. Would be great to connect!",
    earlier: [
      { name: 'Sarah', event: 'KubeCon', topic: 'platform teams', company: 'Fjordbank' },
      { name: 'Tomás', event: 'SREcon', topic: 'error budgets', company: 'Fjordbank' },
      { name: 'Aiko', event: 'QCon London', topic: 'incident reviews', company: 'Fjordbank' },
      { name: 'Kwame', event: 'the Berlin DevOps meetup', topic: 'on-call rotations', company: 'Fjordbank' },
      { name: 'Lena', event: 'Config', topic: 'design tokens', company: 'Fjordbank' },
    ],
    fresh: [
      { name: 'Mark', event: 'Web Summit', topic: 'feature stores', company: 'Fjordbank' },
      { name: 'Zoë', event: 'PyData Amsterdam', topic: 'data contracts', company: 'Nordlys' },
      { name: 'Priya', event: 'DevOpsDays Oslo', topic: 'chaos engineering', company: 'Fjordbank' },
      { name: 'José', event: 'GopherCon', topic: 'structured logging in Go', company: 'Fjordbank' },
      { name: 'Dmitry', event: 'NDC', topic: 'trunk-based development', company: 'Brasa Labs' },
    ],
  },
  {
    lang: 'en',
    id: 'mutual',
    text: 'Hello {name} — {mutual} suggested I reach out. I saw that {company} just opened an office in {city}, congrats! I lead partnerships at Harbour Analytics and think we have a lot in common. Happy to connect?',
    earlier: [
      { name: 'Ana Lopez', mutual: 'Julia Weber', company: 'Fjordbank', city: 'Lisbon' },
      { name: 'Ben', mutual: 'Omar Haddad', company: 'Nordlys', city: 'Oslo' },
      { name: 'Chloé', mutual: 'Julia Weber', company: 'Kaveri AI', city: 'Bangalore' },
      { name: 'Dev', mutual: 'Sam Okafor', company: 'Saigon Cloud', city: 'Ho Chi Minh City' },
      { name: 'Eva', mutual: 'Jean-Pierre Dubois', company: 'Brasa Labs', city: 'São Paulo' },
    ],
    fresh: [
      { name: 'Fatima', mutual: 'Omar Haddad', company: 'Bosphorus Ventures', city: 'Istanbul' },
      { name: 'Gustav', mutual: 'Li Wei', company: 'Northwind', city: 'Stockholm' },
      { name: 'Hana', mutual: 'Julia Weber', company: 'Mercado Pago', city: 'Mexico City' },
      { name: 'Ivan', mutual: 'Sam Okafor', company: 'Fjordbank', city: 'Tallinn' },
      { name: 'Jun', mutual: 'María José Pérez', company: 'Kaveri AI', city: 'Singapore' },
    ],
  },
  {
    lang: 'en',
    id: 'recruiter',
    text: 'Hi {name}, I noticed you have been building {topic} at {company} for {years} years. We are hiring a {role} in {city} and your background stood out. Open to a quick chat?',
    earlier: [
      {
        name: 'Kofi',
        topic: 'payment systems',
        company: 'Adyen',
        years: '6',
        role: 'staff engineer',
        city: 'Amsterdam',
      },
      { name: 'Laura', topic: 'search', company: 'Zalando', years: '4', role: 'tech lead', city: 'Berlin' },
      { name: 'Minh', topic: 'mobile apps', company: 'Grab', years: '5', role: 'mobile lead', city: 'Hanoi' },
      {
        name: 'Nadia',
        topic: 'data pipelines',
        company: 'Spotify',
        years: '3',
        role: 'data engineer',
        city: 'Stockholm',
      },
      {
        name: 'Oskar',
        topic: 'infrastructure',
        company: 'Klarna',
        years: '8',
        role: 'principal engineer',
        city: 'Stockholm',
      },
    ],
    fresh: [
      {
        name: 'Paula',
        topic: 'recommendation systems',
        company: 'Booking',
        years: '7',
        role: 'ML engineer',
        city: 'Amsterdam',
      },
      {
        name: 'Quentin',
        topic: 'observability',
        company: 'Datadog',
        years: '2',
        role: 'head of SRE',
        city: 'Paris',
      },
      {
        name: 'Rania',
        topic: 'checkout flows',
        company: 'Shopify',
        years: '5',
        role: 'product engineer',
        city: 'Toronto',
      },
      {
        name: 'Sven',
        topic: 'compilers',
        company: 'JetBrains',
        years: '9',
        role: 'language engineer',
        city: 'Munich',
      },
      {
        name: 'Tariq',
        topic: 'fraud models',
        company: 'Revolut',
        years: '4',
        role: 'senior data scientist',
        city: 'London',
      },
    ],
  },
];

/** One template in each of five languages; German capitalises every noun. */
export const LANGUAGE_TEMPLATES: Template[] = [
  {
    lang: 'de',
    id: 'de-vortrag',
    text: 'Hallo {name}, ich habe Ihren Vortrag auf der {event} über {topic} gesehen und fand ihn sehr hilfreich. Wir arbeiten bei {company} an ähnlichen Themen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.',
    earlier: [
      { name: 'Anna', event: 'KubeCon', topic: 'Plattformteams', company: 'Fjordbank' },
      { name: 'Jonas', event: 'SREcon', topic: 'Fehlerbudgets', company: 'Fjordbank' },
      {
        name: 'Katrin',
        event: 'Berliner DevOps-Konferenz',
        topic: 'Bereitschaftsdienste',
        company: 'Fjordbank',
      },
    ],
    fresh: [
      { name: 'Lukas', event: 'Web Summit', topic: 'Barrierefreiheit im Web', company: 'Fjordbank' },
      { name: 'Miriam', event: 'data2day', topic: 'Datenverträge', company: 'Nordlys' },
      { name: 'Niklas', event: 'JAX', topic: 'modulare Monolithen', company: 'Fjordbank' },
    ],
  },
  {
    lang: 'fr',
    id: 'fr-article',
    text: "Bonjour {name}, j'ai lu votre article sur {topic} publié chez {company} et il m'a beaucoup appris. Je travaille sur des sujets proches à {city} et serais ravi d'échanger avec vous.",
    earlier: [
      { name: 'Camille', topic: 'la gouvernance des données', company: 'BlaBlaCar', city: 'Lyon' },
      { name: 'Hugo', topic: "l'accessibilité", company: 'Doctolib', city: 'Nantes' },
      { name: 'Inès', topic: 'les tests de charge', company: 'OVHcloud', city: 'Lille' },
    ],
    fresh: [
      { name: 'Julien', topic: 'le design system', company: 'Qonto', city: 'Bordeaux' },
      { name: 'Léa', topic: 'la dette technique', company: 'Alan', city: 'Paris' },
      { name: 'Mathis', topic: 'les revues post-incident', company: 'Back Market', city: 'Toulouse' },
    ],
  },
  {
    lang: 'es',
    id: 'es-charla',
    text: 'Hola {name}, vi tu charla en {event} sobre {topic} y me pareció muy útil. En {company} estamos trabajando en algo parecido. ¿Te parece si conectamos?',
    earlier: [
      { name: 'Lucía', event: 'Codemotion', topic: 'arquitecturas serverless', company: 'Cabify' },
      { name: 'Mateo', event: 'T3chFest', topic: 'pagos en tiempo real', company: 'Cabify' },
      { name: 'Sofía', event: 'la PyConES', topic: 'modelos de recomendación', company: 'Cabify' },
    ],
    fresh: [
      { name: 'Diego', event: 'JSDay Canarias', topic: 'accesibilidad', company: 'Glovo' },
      { name: 'Valentina', event: 'Big Things', topic: 'calidad de datos', company: 'Cabify' },
      { name: 'Álvaro', event: 'Commit Conf', topic: 'observabilidad', company: 'Wallapop' },
    ],
  },
  {
    lang: 'pt',
    id: 'pt-palestra',
    text: 'Olá {name}, vi sua palestra no {event} sobre {topic} e achei muito útil. Na {company} estamos trabalhando em algo parecido. Vamos nos conectar?',
    earlier: [
      { name: 'João', event: 'QCon São Paulo', topic: 'microsserviços', company: 'Nubank' },
      { name: 'Mariana', event: 'TDC', topic: 'times de plataforma', company: 'Nubank' },
      { name: 'Rafael', event: 'Python Brasil', topic: 'engenharia de dados', company: 'Nubank' },
    ],
    fresh: [
      { name: 'Beatriz', event: 'Web Summit Rio', topic: 'acessibilidade', company: 'iFood' },
      { name: 'Gabriel', event: 'DevOpsDays Porto Alegre', topic: 'observabilidade', company: 'Nubank' },
      { name: 'Larissa', event: 'FrontIn Sampa', topic: 'design systems', company: 'Stone' },
    ],
  },
  {
    lang: 'en',
    id: 'en-post',
    text: 'Hi {name}, your post about {topic} on {date} made me rethink how we run {team} at {company}. Would love to hear what you tried next. Glad to connect!',
    earlier: [
      { name: 'Ama', topic: 'blameless retros', date: '3 March', team: 'our on-call', company: 'Fjordbank' },
      { name: 'Bram', topic: 'pairing', date: 'Monday', team: 'hiring loops', company: 'Fjordbank' },
      { name: 'Cora', topic: 'tech debt budgets', date: '12/02', team: 'planning', company: 'Fjordbank' },
    ],
    fresh: [
      { name: 'Dario', topic: 'feature flags', date: '5 April', team: 'releases', company: 'Nordlys' },
      { name: 'Elif', topic: 'writing RFCs', date: 'Friday', team: 'design reviews', company: 'Fjordbank' },
      {
        name: 'Femi',
        topic: 'SLOs for data',
        date: '2026-01-14',
        team: 'our pipelines',
        company: 'Fjordbank',
      },
    ],
  },
];

/** Every template's earlier fills, newest first (the last template's last fill is the newest). */
export function historyOf(templates: readonly Template[]): { text: string; name: string; sentAt: string }[] {
  const out: { text: string; name: string; sentAt: string }[] = [];
  let day = 1;
  for (const tpl of templates)
    for (const v of tpl.earlier)
      out.push({
        text: fill(tpl.text, v),
        name: v.name as string,
        sentAt: `2026-02-${String(day++).padStart(2, '0')}T10:00:00.000Z`,
      });
  return out.reverse();
}

/** Notes about the same events, companies and topics, written fresh: none is a filled-in template. */
export const NEAR_TOPIC: { lang: Template['lang']; name: string; text: string }[] = [
  {
    lang: 'en',
    name: 'Sarah Quinn',
    text: 'Hi Sarah, your KubeCon talk on platform teams convinced our CTO to stop building a portal nobody asked for. How did you get buy-in from the app teams?',
  },
  {
    lang: 'en',
    name: 'Tom Berg',
    text: 'Hi Tom, I watched the recording of your SREcon session on error budgets twice. We adopted the burn-rate alerts last week and now get paged half as often.',
  },
  {
    lang: 'en',
    name: 'Lena Marsh',
    text: 'Hi Lena, congrats on opening the Lisbon office! I lived two streets from it for a year and still miss the pastéis from the corner café.',
  },
  {
    lang: 'en',
    name: 'Marc Olsen',
    text: 'Hello Marc, Julia Weber mentioned you are rethinking partnerships at Fjordbank. I have a question about your data-sharing agreement with the insurers, if you have a minute.',
  },
  {
    lang: 'en',
    name: 'Priya Nair',
    text: 'Hi Priya, you have been building data contracts at Nordlys for years and your post on schema drift was the clearest explanation I have read. Happy to connect?',
  },
  {
    lang: 'en',
    name: 'Kofi Mensah',
    text: 'Hi Kofi, six years on payment systems at Adyen is a long run. I am curious what changed most since you started, and what you would build differently today.',
  },
  {
    lang: 'en',
    name: 'Aiko Tanaka',
    text: 'Hi Aiko, the incident review template you shared after QCon London is now pinned in our team channel. Thank you for publishing it.',
  },
  {
    lang: 'en',
    name: 'Omar Haddad',
    text: 'Hello Omar, I saw that Nordlys just opened an office in Oslo. We are neighbours now, two floors up. Coffee some time?',
  },
  {
    lang: 'en',
    name: 'Nadia Berg',
    text: 'Hi Nadia, we were both on the data pipelines panel at Spotify last spring. I still think about your point on backfills. Would be great to connect!',
  },
  {
    lang: 'en',
    name: 'Zoe Park',
    text: 'Hi Zoe, loved your thread on design tokens: naming colours by role instead of hue fixed a real argument in our team. Would be great to connect!',
  },
  {
    lang: 'de',
    name: 'Anna Schmidt',
    text: 'Hallo Anna, Ihr Vortrag auf der KubeCon über Plattformteams hat bei uns eine lange Diskussion ausgelöst. Wie haben Sie die Produktteams überzeugt?',
  },
  {
    lang: 'de',
    name: 'Jonas Weber',
    text: 'Hallo Jonas, Ihr Beitrag über Fehlerbudgets hat mir sehr gefallen. Wir bauen gerade ein ähnliches Team bei Fjordbank auf und ich würde mich freuen, mich mit Ihnen zu vernetzen.',
  },
  {
    lang: 'fr',
    name: 'Camille Martin',
    text: "Bonjour Camille, votre fil sur la gouvernance des données chez BlaBlaCar m'a fait changer d'avis sur les catalogues. Comment avez-vous convaincu les équipes produit ?",
  },
  {
    lang: 'fr',
    name: 'Hugo Bernard',
    text: "Bonjour Hugo, nous nous sommes croisés à Nantes au meetup sur l'accessibilité. Votre démo avec un lecteur d'écran m'a marqué, merci encore.",
  },
  {
    lang: 'es',
    name: 'Lucía García',
    text: 'Hola Lucía, tu hilo sobre arquitecturas serverless en Cabify me ahorró una semana de pruebas. ¿Qué usáis para las colas?',
  },
  {
    lang: 'pt',
    name: 'João Silva',
    text: 'Olá João, li seu texto sobre microsserviços no Nubank e fiquei com uma dúvida sobre a migração do monólito. Posso te mandar uma pergunta?',
  },
];

/** Notes that share only the greeting (and maybe the closing) with the templates above. */
export const SHARED_GREETING: { name: string; text: string }[] = [
  { name: 'Mark Lee', text: 'Hi Mark, great to connect!' },
  {
    name: 'Sarah Quinn',
    text: 'Hi Sarah, we sat next to each other on the train to Hamburg and talked about sourdough. Would be great to connect!',
  },
  {
    name: 'Ben Ito',
    text: 'Hello Ben — congrats on the new role, the team is lucky to have you. Happy to connect?',
  },
  {
    name: 'Anna Vogel',
    text: 'Hallo Anna, schön, dass wir uns gestern beim Sommerfest kennengelernt haben. Ich würde mich freuen, mich mit Ihnen zu vernetzen.',
  },
  {
    name: 'Lucía Ruiz',
    text: 'Hola Lucía, gracias por la recomendación del libro de ayer, ya lo pedí. ¿Te parece si conectamos?',
  },
];
