import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, warningsFor } from '../helpers';

const FIRES: [string, Ctx][] = [
  [
    'Hi, I am a designer. I have 10 years of experience and I love my job. My portfolio is on my profile.',
    {},
  ],
  [
    'Hi Zoë, we are a Lyon agency. We build apps, our team is great and our clients love us.',
    { surface: 'message' },
  ],
  ["Hola José, I'm starting my new business and I'd like my network to grow. I think I can add value.", {}],
  [
    'Hej Søren 👋\nI run a studio. I work with startups. I am always busy but I make time for my network.',
    {},
  ],
  [
    'Hi Nguyễn, I am a recruiter. I place engineers. My clients are in Hanoi and I want to grow my pipeline.',
    {},
  ],
  [
    "Dear Ayşe,\n\nI'm a consultant. I've helped our clients in Istanbul and I'd like to tell you about my results. Thanks.",
    { surface: 'inmail-body' },
  ],
  [
    'Hi 李小龍, I have been coding for years. I built my own framework, I wrote my own compiler and I love it.',
    {},
  ],
  [
    'I just wanted to say I loved meeting everyone. I learned so much and my team did too. We will be back!',
    { surface: 'message' },
  ],
  ['Hi Sam, we met at the Leeds meetup. I run a studio; I build apps, I teach and I love my job.', {}],
];

const QUIET: [string, Ctx][] = [
  [
    "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. Your point about predictive analytics was spot-on.",
    {},
  ],
  ['Hi, I am a designer and I love my job.', {}],
  [
    'Hi Zoë, I loved your talk. I use your library daily and my team owes you a coffee. What are you building next?',
    {},
  ],
  [
    'Hola José, felicidades por el nuevo puesto. Me encantó tu charla en Madrid y mi equipo la comparte mucho.',
    {},
  ],
  [
    'I shipped my first app! I learned so much and I thank my team, my mentors and my family. 🎉',
    { surface: 'post' },
  ],
  ['I agree, I saw the same in my team and I think we should write it down. 🙌', { surface: 'comment' }],
  ['Hej Søren, your FOSDEM talk was great. You made Nix sound easy. Do you have the slides you showed?', {}],
  [
    'Hi Nguyễn, you wrote the best guide on Vietnamese payments. I read it twice and shared it with my team.',
    {},
  ],
  ['Hi 李小龍 👋 we both spoke at KubeCon. Your demo was the highlight for me.', {}],
  [
    'Hi Sam, we met at the Leeds Elixir meetup last night. I was the one asking about LiveView. I’d love to keep in touch; I’m in Leeds most weeks.',
    {},
  ],
];

describe('self-focused', () => {
  it.each(FIRES)('fires: %s', (text, ctx) => {
    const [w] = warningsFor('self-focused', text, ctx);
    expect(w).toBeDefined();
    expect(w?.evidence).toBe(EVIDENCE.recipientFocus);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('self-focused', text, ctx)).toEqual([]);
  });

  it('is a warn on a first touch and info in a follow-up', () => {
    const text =
      'I am a designer. I have 10 years of experience and I love my job. My portfolio is on my profile.';
    expect(warningsFor('self-focused', text, {})[0]?.severity).toBe('warn');
    expect(warningsFor('self-focused', text, { surface: 'message', stage: 'follow-up' })[0]?.severity).toBe(
      'info',
    );
  });
});
