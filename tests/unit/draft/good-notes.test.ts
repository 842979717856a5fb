import { describe, expect, it } from 'vitest';
import { analyzeDraft, type DraftContext } from '../../../lib/draft';
import { problems } from './helpers';

/** Good, specific, short notes and first messages: the panel must not raise a warn or error on any. */
const GOOD: [string, DraftContext][] = [
  // Seed examples (000 / 003 / 004).
  [
    "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. Your point about predictive analytics was spot-on. I'd love to connect and follow your work.",
    { surface: 'connection-note', recipientName: 'Sarah Chen', account: 'premium' },
  ],
  [
    "Hi Mark, Jane Smith suggested I reach out. I'm also working in the SaaS space and she mentioned you'd be a great person to connect with. Hope to connect.",
    { surface: 'connection-note', recipientName: 'Mark Jones', account: 'free' },
  ],
  [
    "Hi Rohan, I saw your work in product analytics. I'd like to connect and follow your insights here.",
    { surface: 'connection-note', recipientName: 'Rohan Mehta' },
  ],
  [
    'Hi Aditi, I saw your post on content audits for SaaS. I work in SEO and would like to connect and follow your insights.',
    { surface: 'connection-note', recipientName: 'Aditi Sharma' },
  ],
  [
    'Thanks for connecting, Riya. When you audit pricing pages, do you start with positioning or conversion flow?',
    { surface: 'message', recipientName: 'Riya Kapoor' },
  ],
  [
    "Hi John, congrats on the new product launch—the user interface looks fantastic. I was curious how your team is thinking about educating the market on its unique features? We’ve seen some interesting strategies for this, but I'd love your take. Open to a quick chat if you are.",
    { surface: 'message', recipientName: 'John Miller' },
  ],
  // A talk, a podcast, a comment.
  [
    'Hej Søren, your FOSDEM talk on reproducible builds with Nix was the clearest I have seen. Would be glad to connect here.',
    { surface: 'connection-note', recipientName: 'Søren Kierkegaard' },
  ],
  [
    'Hi Zoë 👋 loved your podcast episode on accessible design systems, especially the bit on focus rings.',
    { surface: 'connection-note', recipientName: 'Zoë Ångström-Núñez' },
  ],
  [
    'Hi Priya, your comment on the platform-team thread made me rethink our on-call rota. Thanks for writing it!',
    { surface: 'connection-note', recipientName: 'Priya Raman' },
  ],
  // Mutual contact, shared school, event and group.
  [
    'Hola José, Marta López mentioned you are leading payments at Cabify. I work on the same problem at a Madrid startup 🇪🇸',
    { surface: 'connection-note', recipientName: 'José María García' },
  ],
  [
    'Hi Ayşe, fellow Boğaziçi alum here. Your thread on hiring engineers in Istanbul was spot on.',
    { surface: 'connection-note', recipientName: 'Ayşe Yılmaz' },
  ],
  [
    'Hi Nguyễn,\nwe met at the Hanoi PyCon sprint on Saturday. Still thinking about your asyncio tip!',
    { surface: 'connection-note', recipientName: 'Nguyễn Thị Minh' },
  ],
  [
    'Hallo Jürgen, we are both in the Berlin Rust meetup group. Your answer on async traits saved me a week.',
    { surface: 'connection-note', recipientName: 'Jürgen Müller' },
  ],
  // Role change, funding, company news.
  [
    'Bonjour Chloé, congrats on the new role at Doctolib! Your Paris Web talk on forms is still my go-to reference.',
    { surface: 'connection-note', recipientName: 'Chloé Martin' },
  ],
  [
    'Hi 李小龍, congrats on the Series B 🎉 Your KubeCon keynote on multi-cluster networking is why I follow your team.',
    { surface: 'connection-note', recipientName: '李小龍' },
  ],
  [
    'Hi Emma, saw the news about the Lisbon office opening. Congrats to you and the team 🇵🇹',
    { surface: 'connection-note', recipientName: 'Emma Costa' },
  ],
  // Other languages throughout.
  [
    'Hola Ana, ¡felicidades por el nuevo puesto en Glovo! 🎉',
    { surface: 'connection-note', recipientName: 'Ana Ruiz' },
  ],
  [
    'Bonjour Zoë, j’ai adoré ta conférence sur l’accessibilité à Paris Web. Au plaisir d’échanger !',
    { surface: 'connection-note', recipientName: 'Zoë Ångström-Núñez' },
  ],
  [
    'Hallo Jürgen, danke für deinen Vortrag auf der JSConf EU über Web Workers. Ich würde mich über eine Vernetzung freuen.',
    { surface: 'connection-note', recipientName: 'Jürgen Müller', account: 'premium' },
  ],
  [
    'Hej Ingrid, tack för ditt inlägg om fyradagarsvecka på Spotify. Väldigt inspirerande! 🇸🇪',
    { surface: 'connection-note', recipientName: 'Ingrid Svensson' },
  ],
  // First messages after acceptance, with line breaks and emoji.
  [
    'Hi Søren,\n\nThanks for connecting! How did the Pleo team keep the Nix cache small once builds grew? 🙏',
    { surface: 'message', recipientName: 'Søren Kierkegaard' },
  ],
  [
    'Hi Nguyễn,\nloved the MoMo SDK launch post. Which part of onboarding was hardest to get right?',
    { surface: 'message', recipientName: 'Nguyễn Văn Hùng' },
  ],
  [
    'Hi Zoë 👨‍👩‍👧‍👦\nCongrats on the Lyon meetup turnout! Would love to hear how you approached the speaker line-up.',
    { surface: 'message', recipientName: 'Zoë Ångström-Núñez' },
  ],
  [
    'Dear Dr. Chen,\n\nYour Nature paper on CRISPR screens in organoids was fascinating. How did you pick the guide library size?',
    { surface: 'inmail-body', recipientName: 'Dr. Wei Chen, PhD' },
  ],
  ['Your KubeCon Shanghai keynote on eBPF', { surface: 'inmail-subject', recipientName: '李小龍' }],
  // A follow-up that adds something new.
  [
    'Hi Sarah, I found a Gartner report on supply-chain AI and thought of your article: page 5 covers forecasting. Curious if it matches what you see?',
    { surface: 'message', stage: 'follow-up', recipientName: 'Sarah Chen' },
  ],
  // More roles and reasons: recruiting, a profile detail, a book, a Slack answer, open source.
  ...[
    "Hi Ana, I'm recruiting for a Staff Engineer role at Acme in Lisbon and your Kafka work at Glovo stood out.",
    "Hi Tomás, I see you lead the data platform team at Zalando. I'm building something similar in Porto and would love to follow your work.",
    'Hi Kenji, I read your book on distributed systems last month — chapter 7 changed how we do retries.',
    'Hi Fatima, thank you for the thoughtful answer in the Product Guild Slack yesterday. Would love to stay in touch.',
    "Hi Olu, congrats on closing the seed round for Paystack's new spin-off! Rooting for you.",
    'Hi Raj, Priya Raman mentioned you are the person to talk to about ML platform work at Swiggy.',
    'Hi Dmitri, I noticed you just moved to Berlin to join N26. Welcome! I run the local Go meetup if you want to come by.',
    'Hi Sam, quick thanks for the open-source Terraform module you maintain; it saved my team days.',
  ].map((text): [string, DraftContext] => [text, { surface: 'connection-note', account: 'premium' }]),
  // Comments and posts.
  [
    'Great point about on-call load, Priya. We saw the same after moving to weekly rotations.',
    { surface: 'comment' },
  ],
  [
    'Three things I learned at our Kraków offsite 🇵🇱\n\n1. Write the agenda together.\n2. Keep one afternoon free.\n3. Cook dinner as a team.',
    { surface: 'post' },
  ],
];

describe('good notes get no warn or error', () => {
  it('has at least 20 cases', () => {
    expect(GOOD.length).toBeGreaterThanOrEqual(20);
  });

  it.each(GOOD)('%s', (text, ctx) => {
    expect(problems(text, ctx)).toEqual([]);
    expect(analyzeDraft(text, ctx).score).toBeGreaterThanOrEqual(90);
  });
});

describe('score ordering', () => {
  const ctx: DraftContext = { surface: 'connection-note', account: 'premium', recipientName: 'Sarah Chen' };
  const good =
    "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. I'd love to connect and follow your work.";
  const generic = "Hi Sarah, I came across your profile and I'd like to add you to my professional network.";
  const pitchy =
    'Hi Sarah, I came across your profile. My company provides B2B lead generation services that increase ROI by 50% for companies like yours. We offer a free trial! Do you have 15 minutes to chat this week about how we can help your team? Book here: calendly.com/acme-sales/15min. Looking forward to hearing from you ASAP.';

  it('good > generic > pitchy and over-long', () => {
    const [g, m, p] = [good, generic, pitchy].map((t) => analyzeDraft(t, ctx).score) as [
      number,
      number,
      number,
    ];
    expect(g).toBe(100);
    expect(g).toBeGreaterThan(m);
    expect(m).toBeGreaterThan(p);
  });

  it('the pitchy note is over the limit and its warnings come most severe first', () => {
    const report = analyzeDraft(pitchy, ctx);
    expect(report.warnings[0]?.rule).toBe('over-limit');
    const rank = { error: 0, warn: 1, info: 2 };
    const ranks = report.warnings.map((w) => rank[w.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const rule of ['pitch', 'big-ask', 'link', 'pushy', 'generic-opener'])
      expect(report.warnings.map((w) => w.rule)).toContain(rule);
  });

  it('scores are integers from 0 to 100', () => {
    const worst = analyzeDraft(`${pitchy.toUpperCase()}!!! [Name] {{company}} `.repeat(3), {
      surface: 'message',
      history: [pitchy],
    });
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(worst.score)).toBe(true);
  });
});
