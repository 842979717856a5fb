import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi, can we schedule a quick call this week?', 'schedule a quick call', {}],
  ['Hi John, do you have 15 minutes to chat this week?', 'do you have 15 minutes', { surface: 'message' }],
  [
    'Hola José, would you be free for a call on Thursday? 🙏',
    'would you be free for a call',
    { surface: 'message' },
  ],
  ['Hi Zoë,\nHere is my calendar: calendly.com/zoe-fan/30min', 'my calendar', { surface: 'inmail-body' }],
  ['Hej Søren, could you refer me for the backend role at Pleo?', 'refer me', {}],
  [
    'Hi Nguyễn, are there any openings on your team? I attached my CV.',
    'any openings',
    { surface: 'message' },
  ],
  [
    "Hi Ayşe, I'd love to book a 30-minute demo with your team.",
    'book a 30-minute demo',
    { surface: 'inmail-body' },
  ],
  [
    'Hi 李小龍, can I give you a call tomorrow about your KubeCon talk?',
    'can i give you a call',
    { surface: 'message' },
  ],
  ['Hi Priya, loved your post. Can we hop on a quick Zoom?', 'hop on a quick zoom', {}],
];

const QUIET: [string, Ctx][] = [
  ['Hi Sarah, I would love to hear how you approached the supply-chain model.', { surface: 'message' }],
  [
    "Hi John, congrats on the new product launch. How is your team thinking about educating the market? I'd love your take. Open to a quick chat if you are.",
    { surface: 'message' },
  ],
  ["Hi Rohan, I saw your work in product analytics. I'd like to connect and follow your insights here.", {}],
  ['Hola Ana, enjoyed meeting you at the Madrid product meetup 🎉', {}],
  ['Hej Søren, your call for speakers at FOSDEM was a great read.', {}],
  ['Hi Zoë, great meeting you at the demo day in Lyon!', {}],
  [
    'Thanks for the call yesterday, Ayşe. Attached are the notes.',
    { surface: 'message', stage: 'follow-up' },
  ],
  ['Can we schedule a call? 🙂', { surface: 'comment' }],
  ['Hi Nguyễn, loved your talk. Any tips for a first-time speaker?', {}],
  ['Hi 李小龍, thank you for the referral programme write-up on your blog.', {}],
];

describe('big-ask', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('big-ask', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)?.toLowerCase()).toBe(phrase);
  });

  it.each(QUIET)('stays quiet (no warn): %s', (text, ctx) => {
    expect(warningsFor('big-ask', text, ctx).filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('the seed strong example ("Open to a quick chat if you are" after a hook) gets nothing at all', () => {
    const text =
      "Hi John, congrats on the new product launch—the user interface looks fantastic. I was curious how your team is thinking about educating the market on its unique features? We’ve seen some interesting strategies for this, but I'd love your take. Open to a quick chat if you are.";
    expect(warningsFor('big-ask', text, { surface: 'message' })).toEqual([]);
  });

  it('a chat ask in a connection note is only info', () => {
    const [w] = warningsFor('big-ask', 'Hi Zoë, loved your FOSDEM talk. Open to a quick chat sometime?', {});
    expect(w?.severity).toBe('info');
  });

  it('cites the low-friction-ask evidence in messages and the no-asks advice in notes', () => {
    expect(
      warningsFor('big-ask', 'Do you have 15 minutes this week?', { surface: 'message' })[0]?.evidence,
    ).toBe(EVIDENCE.lowFrictionAsk);
    expect(warningsFor('big-ask', 'Can we schedule a call this week?', {})[0]?.evidence).toBe(
      EVIDENCE.noLinksInNotes,
    );
  });
});

describe('big-ask: stage', () => {
  it('a follow-up InMail or message may ask for a call', () => {
    const text = 'Hi Zoë, following my note on your FOSDEM talk: could we schedule a quick call next week?';
    expect(warningsFor('big-ask', text, { surface: 'inmail-body', stage: 'follow-up' })).toEqual([]);
    expect(warningsFor('big-ask', text, { surface: 'message', stage: 'follow-up' })).toEqual([]);
    expect(warningsFor('big-ask', text, { surface: 'inmail-body' })).toHaveLength(1);
  });
});
