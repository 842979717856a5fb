import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const NOTE_240 =
  'Hi Søren, your FOSDEM talk on reproducible builds in Nix was the clearest explanation I have heard. I lead the build team at a fintech in Aarhus and we are halfway through the same migration. I would love to connect and follow your work.';
const MESSAGE_400 =
  'Thanks for connecting, Ayşe! I read your write-up on moving the Istanbul office to a four-day week and shared it with our ops team. We are weighing the same change for our support desk and I am curious how you handled on-call coverage, since that is where our pilot keeps stalling. If you ever write a follow-up on the numbers after six months, I would read it twice. Either way, thanks for putting it out there. 🙏';
const inmailWords = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'Nguyễn.' : 'word')).join(' ');

const FIRES: [string, string, Ctx][] = [
  ['a 240-character premium note', NOTE_240, { account: 'premium' }],
  ['a 260-character note with emoji on premium', `${NOTE_240} 🙌🏽🇩🇰`, { account: 'premium' }],
  ['a note under the page limit of 300 but over 200', NOTE_240, { limit: 300 }],
  ['a 400-character first message', MESSAGE_400, { surface: 'message' }],
  ['a first message with line breaks over 300', `Hola José,\n\n${MESSAGE_400}`, { surface: 'message' }],
  ['an InMail body of 180 words', inmailWords(180), { surface: 'inmail-body' }],
  ['an InMail body of 160 words with CJK names', `李小龍 ${inmailWords(160)}`, { surface: 'inmail-body' }],
  [
    'a premium note of 299 characters',
    `${NOTE_240} Also: congrats on the talk award, Søren! 👨‍👩‍👧‍👦`,
    { account: 'premium' },
  ],
  [
    'an InMail subject longer than an inbox line',
    `Your Web Summit panel on Lisbon fintech and what it means for cross-border payments in 2026`,
    { surface: 'inmail-subject' },
  ],
];

const QUIET: [string, string, Ctx][] = [
  [
    'a 150-character note',
    'Hi Zoë, loved your post on Rust error handling in embedded firmware. Working on the same at a drone startup in Lyon; would be glad to connect.',
    {},
  ],
  ['a note over the limit (over-limit says it instead)', NOTE_240, { account: 'free' }],
  [
    'a 280-character follow-up message (info at most)',
    MESSAGE_400.slice(0, 280),
    { surface: 'message', stage: 'follow-up' },
  ],
  ['a 290-character first message', MESSAGE_400.slice(0, 290), { surface: 'message' }],
  ['an InMail body of 140 words', inmailWords(140), { surface: 'inmail-body' }],
  [
    'a long comment',
    `Great point about on-call, Ayşe! ${'More context here. '.repeat(40)}`,
    { surface: 'comment' },
  ],
  ['a long post', 'Lessons from our Kraków offsite:\n\n- one\n- two\n'.repeat(40), { surface: 'post' }],
  ['a blank note', '', {}],
  ['a short subject', 'Your Kyiv meetup talk on Kafka', { surface: 'inmail-subject' }],
];

describe('too-long', () => {
  it.each(FIRES)('fires: %s', (_label, text, ctx) => {
    expect(warningsFor('too-long', text, ctx)).toHaveLength(1);
  });

  it.each(QUIET)('stays quiet (no warn): %s', (_label, text, ctx) => {
    expect(warningsFor('too-long', text, ctx).filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('a premium note over 200 is advice (info) that says how much to cut, from character 200 on', () => {
    const [w] = warningsFor('too-long', NOTE_240, { account: 'premium' });
    expect(w?.severity).toBe('info');
    expect(w?.message).toContain(`Cut ${NOTE_240.length - 200} characters`);
    expect(spanText(NOTE_240, w)).toBe(NOTE_240.slice(200));
    expect(w?.evidence).toBe(EVIDENCE.noteUnder200);
  });

  it('a first message cites the under-300 figure; a follow-up only gets info', () => {
    expect(warningsFor('too-long', MESSAGE_400, { surface: 'message' })[0]?.evidence).toBe(
      EVIDENCE.messageUnder300,
    );
    expect(
      warningsFor('too-long', MESSAGE_400, { surface: 'message', stage: 'follow-up' })[0]?.severity,
    ).toBe('info');
  });

  it('an InMail counts words, not characters', () => {
    const [w] = warningsFor('too-long', inmailWords(180), { surface: 'inmail-body' });
    expect(w?.message).toContain('30 words');
    expect(w?.evidence).toBe(EVIDENCE.inmailUnder150Words);
  });
});

describe('too-long: advice past the seed figure, a warning only far past it (seed 000)', () => {
  const message = (n: number) =>
    `Hi Ana, ${'your post on Lisbon fintech made me think. '.repeat(40)}`.slice(0, n);
  it.each([
    ['a 240-character note', NOTE_240, { account: 'premium' } as Ctx, 'info'],
    ['a 400-character first message', message(400), { surface: 'message' } as Ctx, 'info'],
    ['a 700-character first message', message(700), { surface: 'message' } as Ctx, 'info'],
    ['an 800-character first message', message(800), { surface: 'message' } as Ctx, 'warn'],
    ['an 800-character follow-up', message(800), { surface: 'message', stage: 'follow-up' } as Ctx, 'warn'],
    ['an InMail of 180 words', inmailWords(180), { surface: 'inmail-body' } as Ctx, 'info'],
    ['an InMail of 220 words', inmailWords(220), { surface: 'inmail-body' } as Ctx, 'warn'],
  ])('%s: %s', (_label, text, ctx, severity) => {
    expect(warningsFor('too-long', text, ctx).map((w) => w.severity)).toEqual([severity]);
  });
});
