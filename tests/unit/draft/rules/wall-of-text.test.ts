import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, strongest, warningsFor } from '../helpers';

// Seven sentences and over 550 characters in one paragraph: a block, however it is punctuated.
const LONG_PARA =
  'I lead the platform team at a fintech in Aarhus and we moved our monorepo to Nix last year. It went well at first and the team loved the reproducible shells. Then the binary cache grew past two terabytes and every build slowed down. We tried three fixes over the winter, from garbage collection to a second cache. None of them stuck for more than a week, and the on-call rota started to dread Mondays. Your talk was the first time I saw the problem named, and the slide on cache eviction policies is now pinned in our team channel next to the runbook we wrote after the outage.';
const SIX_LINES = Array.from({ length: 14 }, (_, i) => `Point ${i + 1} about your Kraków talk.`).join('\n');
const BIG_PARA = `Hola José, ${'your post on payroll in Spain made me rethink our onboarding, '.repeat(11)}thanks.`;

const FIRES: [string, string, Ctx][] = [
  ['a 6-sentence paragraph in a message', `Hi Søren,\n\n${LONG_PARA}`, { surface: 'message' }],
  ['a 600+ character paragraph with no full stop', BIG_PARA, { surface: 'message' }],
  ['a long paragraph in an InMail', `Dear Ayşe,\n\n${LONG_PARA}\n\nBest, Zoë`, { surface: 'inmail-body' }],
  ['a wall with emoji and a ZWJ family', `Hi Nguyễn 👨‍👩‍👧‍👦 ${LONG_PARA} 🇻🇳`, { surface: 'message' }],
  ['a follow-up that is a wall', `Hi 李小龍, ${LONG_PARA}`, { surface: 'message', stage: 'follow-up' }],
  [
    'a post with a wall paragraph (info)',
    `Lessons from our offsite 🇵🇱\n\n${LONG_PARA} One more thing.`,
    { surface: 'post' },
  ],
  ['a wall after a short greeting line', `Hej Søren!\n${LONG_PARA}`, { surface: 'inmail-body' }],
];

const QUIET: [string, Ctx][] = [
  ['Hi Søren, your FOSDEM talk on Nix was great. How did you handle the cache size?', { surface: 'message' }],
  [
    `Hi Zoë,\n\nLoved your post on accessible forms.\n\nWe hit the same bug in Lyon. Did you file it upstream?\n\nThanks! 🙏`,
    { surface: 'message' },
  ],
  [LONG_PARA, { surface: 'connection-note', account: 'premium' }],
  [LONG_PARA, { surface: 'comment' }],
  [LONG_PARA, { surface: 'inmail-subject' }],
  ['Hola José 👋\nFelicidades por el nuevo puesto.\nMe encantó tu charla en Madrid.', { surface: 'message' }],
  [
    'Hi Nguyễn, congrats on the MoMo launch. The onboarding flow is slick. Are you hiring designers in Hanoi?',
    { surface: 'inmail-body' },
  ],
  ['Three short lines.\nAnother one.\nAnd a last one 🙂', { surface: 'post' }],
];

describe('wall-of-text', () => {
  it.each(FIRES)('fires: %s', (_label, text, ctx) => {
    const [w] = warningsFor('wall-of-text', text, ctx);
    expect(w).toBeDefined();
    expect(w?.severity).toBe(ctx.surface === 'post' ? 'info' : 'warn');
    expect(w?.evidence).toBe(EVIDENCE.wallOfText);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('wall-of-text', text, ctx)).toEqual([]);
  });

  it('marks the long paragraph, not the greeting', () => {
    const text = `Hi Søren,\n\n${LONG_PARA}\n\nThanks!`;
    expect(spanText(text, warningsFor('wall-of-text', text, { surface: 'message' })[0])).toBe(LONG_PARA);
  });
});

describe('wall-of-text: bullet lines are a list, not sentences', () => {
  const bullets = (mark: (i: number) => string) =>
    `Hi Søren,\n\nThree things from your Nix talk we tried:\n${Array.from({ length: 14 }, (_, i) => `${mark(i)} Point ${i + 1} about caching.`).join('\n')}\n\nWhich one surprised you most?`;
  it.each([
    ['dashes', () => '-'],
    ['bullets', () => '•'],
    ['numbers', (i: number) => `${i + 1}.`],
    ['emoji', () => '✅'],
  ] as const)('14 %s items do not make a wall', (_label, mark) => {
    expect(warningsFor('wall-of-text', bullets(mark), { surface: 'message' })).toEqual([]);
  });

  it('14 prose lines are advice to cut (info), not a wall: each has its own line', () => {
    expect(warningsFor('wall-of-text', SIX_LINES, { surface: 'message' }).map((w) => w.severity)).toEqual([
      'info',
    ]);
  });

  it('a short paragraph of five short sentences is not a wall', () => {
    const text =
      'Hola Melina! Hace tiempo que no hablamos. Vi tu charla en Madrid. Me encantó. ¿Cómo va todo?';
    expect(warningsFor('wall-of-text', text, { surface: 'message' })).toEqual([]);
  });
});

describe('wall-of-text: a long paragraph among others is advice', () => {
  it('warns only when the paragraph is most of the message', () => {
    const para = `Hi Ana, ${'your post on payroll in Spain made me rethink our onboarding, '.repeat(11)}thanks.`;
    const others = Array.from(
      { length: 6 },
      (_, i) => `Short point ${i + 1} about the Madrid payroll change and what it means for us.`,
    ).join('\n\n');
    expect(strongest('wall-of-text', para, { surface: 'message' })?.severity).toBe('warn');
    const mixed = warningsFor('wall-of-text', `${para}\n\n${others}\n\n${others}`, { surface: 'message' });
    expect(mixed.map((w) => w.severity)).toEqual(['info']);
  });
});
