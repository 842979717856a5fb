import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const FOLLOW: Ctx = { surface: 'message', stage: 'follow-up' };

const FIRES: [string, string, Ctx][] = [
  ['Hi Sarah, just checking in on my last message.', 'just checking in', FOLLOW],
  ['Bumping this to the top of your inbox 🙂', 'Bumping this', FOLLOW],
  ['Hola José,\nCircling back on the note I sent last week.', 'Circling back', FOLLOW],
  ['Hi Zoë, following up on my last message. Any update?', 'following up on my last message', FOLLOW],
  ['Hej Søren, any update?', 'any update?', FOLLOW],
  ['Hi Nguyễn, did you get my message from Tuesday?', 'did you get my message', FOLLOW],
  ['Hi Ayşe, just a friendly reminder about my note below 👇', 'just a friendly reminder', FOLLOW],
  ['Hi 李小龍, I haven’t heard back, so I am touching base again.', 'haven’t heard back', FOLLOW],
  ['Hi Priya, just following up! Would you be interested?', 'just following up', { surface: 'inmail-body' }],
  ['Hi Sam, just checking in on my last message.', 'just checking in', FOLLOW],
  ['Hi Ana, circling back on the numbers.', 'circling back', FOLLOW],
];

const QUIET: [string, Ctx][] = [
  [
    'Hi Sarah, I found this McKinsey report on supply-chain AI and thought of your article: page 5 covers your point on forecasting.',
    FOLLOW,
  ],
  [
    'Thanks for connecting, Riya. When you audit pricing pages, do you start with positioning or conversion flow?',
    { surface: 'message' },
  ],
  ['Hola José, felicidades por el nuevo puesto 🎉', FOLLOW],
  ['Hej Søren, saw you spoke at NixCon last week. How did the flakes Q&A go?', FOLLOW],
  ['Hi Zoë, here is the checklist I mentioned: the accessibility audit template we use in Lyon.', FOLLOW],
  ['Hi Nguyễn, congrats on shipping the new MoMo SDK!', FOLLOW],
  ['Checking in from Kraków! Great first day at the summit 🇵🇱', { surface: 'post' }],
  ['Quick follow-up', { surface: 'inmail-subject' }],
  ['Just checking in?', { surface: 'comment' }],
  ['Hi Sam, checking in after your surgery. Hope recovery is going smoothly, no need to reply 💐', FOLLOW],
];

describe('lazy-follow-up', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('lazy-follow-up', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)?.toLowerCase()).toBe(phrase.toLowerCase());
    expect(w?.evidence).toBe(EVIDENCE.valueAddFollowUp);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('lazy-follow-up', text, ctx)).toEqual([]);
  });

  it.each([
    'Hi Sarah, circling back with something new: the Gartner report on supply-chain AI, page 5 is on your forecasting point.',
    'Hi Zoë, just following up: I wrote up the notes from our FOSDEM chat, here is the link https://example.org/notes',
    'Hej Søren, checking in with a question: how did the Pleo team handle the Nix cache size once builds grew?',
    'Hi Ana, circling back with the numbers you asked for: churn fell from 4.1% to 2.7% after the pricing change.',
  ])('a nudge that adds something new is only info: %s', (text) => {
    expect(warningsFor('lazy-follow-up', text, FOLLOW).map((w) => w.severity)).toEqual(['info']);
  });
});
