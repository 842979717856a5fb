import { describe, expect, it } from 'vitest';
import { analyzeDraft, prepareHistory } from '../../../../lib/draft';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, warningsFor } from '../helpers';
import {
  fill,
  historyOf,
  ISSUE_TEMPLATES,
  LANGUAGE_TEMPLATES,
  NEAR_TOPIC,
  SHARED_GREETING,
} from '../templates/fixtures';

const SENT = [
  "Hi Sarah, I came across your profile and was impressed by your work in supply chain. I'd love to connect and learn more about what you do.",
  'Hola Ana, I noticed we are both in the fintech space in Madrid. Would be great to connect and share ideas about payments 🇪🇸',
  'Hi Søren, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?',
  'Hi 李小龍, I enjoyed your KubeCon keynote on multi-cluster networking. Would be glad to connect here.',
];
const PREPARED = prepareHistory(SENT);

const FIRES: [string, Ctx][] = [
  [
    "Hi Mark, I came across your profile and was impressed by your work in supply chain. I'd love to connect and learn more about what you do.",
    {},
  ],
  [
    "Hi Zoë, I came across your profile and was impressed by your work in supply chain. I'd love to connect and learn more about what you do! 🙂",
    {},
  ],
  [
    'Hola José, I noticed we are both in the fintech space in Madrid. Would be great to connect and share ideas about payments 🇪🇸',
    {},
  ],
  [
    'Hi Nguyễn,\nI help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?',
    {},
  ],
  [
    'Hi Ayşe, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting? 👨‍👩‍👧‍👦',
    {},
  ],
  ['Hi 王芳, I enjoyed your KubeCon keynote on multi-cluster networking. Would be glad to connect here.', {}],
  [
    "Hi Priya, I came across your profile and was impressed by your work in supply chain. I'd love to connect and learn more.",
    { surface: 'message' },
  ],
  [
    'Hej Søren, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?',
    { surface: 'inmail-body' },
  ],
  // Blanks filled differently: a new field, city, figure and event.
  [
    "Hi Mark, I came across your profile and was impressed by your work in cold-chain logistics. I'd love to connect and learn more about what you do.",
    {},
  ],
  [
    'Hola José, I noticed we are both in the insurance space in Lisbon. Would be great to connect and share ideas about claims 🇵🇹',
    {},
  ],
  [
    'Hi Ayşe, I help engineering teams cut their cloud bill by 45% without slowing delivery. Open to connecting?',
    {},
  ],
  ['Hi 王芳, I enjoyed your SREcon keynote on error budgets. Would be glad to connect here.', {}],
];

const QUIET: [string, Ctx][] = [
  [
    'Hi Mark, your post on cold-chain logistics in Rotterdam was the clearest take I have read this year.',
    {},
  ],
  ['Hej Søren, fellow NTNU alum here. Your thread on Nix caches saved our build team a week.', {}],
  ['Hi Zoë, congrats on the Series A for your Lyon accessibility startup 🎉', {}],
  ['Hi Mark, great to connect!', {}],
  ['Hola José, felicidades por el nuevo puesto en Cabify.', {}],
  ['Hi Nguyễn, we met at the Hanoi PyCon sprint. Still thinking about your asyncio tip.', {}],
  ['Hi Ayşe, your write-up on hiring in Istanbul during the lira crisis was brave and useful.', {}],
  [
    'Hi 王芳, I heard your podcast on Shenzhen hardware startups. The part on tooling costs was eye-opening.',
    {},
  ],
  // Near the history's topics, written fresh.
  [
    'Hi Priya, your supply chain work at Maersk came up in our team review: how do you forecast port delays?',
    {},
  ],
  [
    'Hi Li, the multi-cluster networking demo from your KubeCon keynote is now our onboarding exercise. Thank you!',
    {},
  ],
  ['Hi Søren, how did you convince engineering teams to care about the cloud bill in the first place?', {}],
  [
    'Hola Ana, the payments panel in Madrid ran out of time before my question: how do you handle chargebacks?',
    {},
  ],
];

const FULL = prepareHistory(historyOf([...ISSUE_TEMPLATES, ...LANGUAGE_TEMPLATES]));

function caught(templates: typeof ISSUE_TEMPLATES): number {
  let n = 0;
  for (const tpl of templates)
    for (const f of tpl.fresh)
      if (
        warningsFor('template-similarity', fill(tpl.text, f), { history: FULL, recipientName: f.name }).length
      )
        n++;
  return n;
}

describe('template-similarity', () => {
  it.each(FIRES)('fires: %s', (text, ctx) => {
    const [w] = warningsFor('template-similarity', text, { history: PREPARED, ...ctx });
    expect(w?.severity).toBe('warn');
    expect(w?.message).toMatch(/^This is a note you sent before with /);
    expect(w?.evidence).toBe(EVIDENCE.structuralSimilarity);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('template-similarity', text, { history: PREPARED, ...ctx })).toEqual([]);
  });

  it('the issue’s scenario: 3 templates, 5 earlier notes from each, 5 new fills of each: 15 of 15 caught', () => {
    expect(caught(ISSUE_TEMPLATES)).toBe(15);
  });

  it('German, French, Spanish, Portuguese and English templates filled again: 15 of 15 caught', () => {
    expect(caught(LANGUAGE_TEMPLATES)).toBe(15);
  });

  it('near-topic notes and notes sharing only a greeting are not flagged', () => {
    const flagged = [...NEAR_TOPIC, ...SHARED_GREETING].filter(
      (n) => warningsFor('template-similarity', n.text, { history: FULL, recipientName: n.name }).length,
    );
    expect(flagged.map((n) => n.text)).toEqual([]);
  });

  it('names the earlier note (recipient, date), what changed, and the fix', () => {
    const history = prepareHistory([
      {
        text: 'Hi Sarah, loved your talk at KubeCon on platform teams. I work on the same problem at Fjordbank. Would be great to connect!',
        name: 'Sarah Chen',
        sentAt: '2026-03-03T10:00:00.000Z',
      },
    ]);
    const [w] = warningsFor(
      'template-similarity',
      'Hi Mark, loved your talk at SREcon on error budgets. I work on the same problem at Fjordbank. Would be great to connect!',
      { history, recipientName: 'Mark Jones' },
    );
    expect(w?.message).toBe(
      'This is your note to Sarah Chen of 3 March 2026 with the blanks filled in again: “SREcon” where it said “KubeCon”, “error budgets” where it said “platform teams” and 1 more. Open with something only Mark did or said, so it does not read as a template.',
    );
  });

  it('says when only the name changed, and names the recipient’s first name, not a title', () => {
    const history = prepareHistory([
      { text: SENT[2] as string, name: 'Søren Berg', sentAt: '2026-01-20T10:00:00.000Z' },
    ]);
    const [w] = warningsFor(
      'template-similarity',
      'Hi Ayşe, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?',
      { history, recipientName: 'Dr. Ayşe Kaya' },
    );
    expect(w?.message).toBe(
      'This is your note to Søren Berg of 20 January 2026 with only the name changed. Open with something only Ayşe did or said, so it does not read as a template.',
    );
  });

  it('reads stored notes of every shape: texts only, a date without a name, odd dates', () => {
    const draft =
      'Hi Ayşe, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?';
    const say = (history: Parameters<typeof prepareHistory>[0]) =>
      warningsFor('template-similarity', draft, { history: prepareHistory(history) })[0]?.message;
    expect(say([SENT[2] as string])).toMatch(/^This is a note you sent before with only the name changed/);
    expect(say([{ text: SENT[2] as string, sentAt: '2026-01-20T10:00:00.000Z' }])).toMatch(
      /^This is your note of 20 January 2026 /,
    );
    expect(say([{ text: SENT[2] as string, name: 'Søren', sentAt: 'not a date' }])).toMatch(
      /^This is your note to Søren with /,
    );
  });

  it('a few words added or left out: "little changed besides the name"', () => {
    const [w] = warningsFor(
      'template-similarity',
      "Hi Priya, I came across your profile and was impressed by your work in supply chain. I'd love to connect and learn more.",
      { history: PREPARED },
    );
    expect(w?.message).toMatch(/with little changed besides the name/);
  });

  it('accepts the raw notes as well as a prepared history', () => {
    expect(warningsFor('template-similarity', SENT[0] as string, { history: SENT })).toHaveLength(1);
  });

  it('ignores very short drafts, posts, subjects and missing history', () => {
    expect(
      warningsFor('template-similarity', 'Hi Sarah, great to connect!', {
        history: ['Hi Mark, great to connect!'],
      }),
    ).toEqual([]);
    expect(warningsFor('template-similarity', SENT[0] as string, {})).toEqual([]);
    expect(warningsFor('template-similarity', SENT[0] as string, { history: [] })).toEqual([]);
    for (const surface of ['post', 'inmail-subject'] as const)
      expect(warningsFor('template-similarity', SENT[0] as string, { history: PREPARED, surface })).toEqual(
        [],
      );
  });

  it('a long message is compared on its first part, and never throws on odd text', () => {
    const long = `${SENT[0]}\n\n${'More about our product and why it matters. '.repeat(400)}`;
    const report = analyzeDraft(long, { surface: 'message', history: PREPARED });
    expect(report.warnings.some((w) => w.rule === 'template-similarity')).toBe(false);
    for (const odd of ['\u0000\u0000', '🙂'.repeat(500), '@@@ ### ...', 'a.b.c.d.e.f.g.h.i.j.k.l.com/'])
      expect(() => analyzeDraft(odd, { surface: 'connection-note', history: PREPARED })).not.toThrow();
  });
});
