import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../../../../lib/draft';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, warningsFor } from '../helpers';

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
];

describe('template-similarity', () => {
  it.each(FIRES)('fires: %s', (text, ctx) => {
    const [w] = warningsFor('template-similarity', text, { history: PREPARED, ...ctx });
    expect(w?.severity).toBe('warn');
    expect(w?.message).toMatch(/\d+% the same/);
    expect(w?.evidence).toBe(EVIDENCE.structuralSimilarity);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('template-similarity', text, { history: PREPARED, ...ctx })).toEqual([]);
  });

  it('accepts the raw notes as well as a prepared history', () => {
    expect(warningsFor('template-similarity', SENT[0] as string, { history: SENT })).toHaveLength(1);
  });

  it('says how similar, 100% for an identical note', () => {
    expect(
      warningsFor('template-similarity', SENT[2] as string, { history: PREPARED })[0]?.message,
    ).toContain('100% the same');
  });

  it('ignores very short drafts and missing history', () => {
    expect(
      warningsFor('template-similarity', 'Hi Sarah, great to connect!', {
        history: ['Hi Mark, great to connect!'],
      }),
    ).toEqual([]);
    expect(warningsFor('template-similarity', SENT[0] as string, {})).toEqual([]);
  });
});
