/**
 * A generated tracker where acceptance depends on what the coach says about the note: notes with no
 * warning 36 of 60 accepted, with a pitch 8 of 40, with a generic opener 2 of 30, blank 36 of 40, and
 * 6 notes with both a generic opener and a pitch (1 accepted) that count in both groups.
 */
import type { TrackedContact } from '../../../lib/tracker/schema';
import { pick, rng } from '../../random';
import { req } from './helpers';

const FIRST = ['Ana', 'Søren', 'José', 'Minh', 'Ayşe', 'Priya', 'Kwame', 'Aiko'];
const TOPIC = ['pricing pages', 'incident reviews', 'design systems', 'hiring loops', 'payments'];

export const NOTE = {
  none: (n: string, t: string) =>
    `Hi ${n}, your talk on ${t} at SaaStock made me rethink how we work. Would be glad to connect.`,
  pitch: (n: string, t: string) =>
    `Hi ${n}, your talk on ${t} at SaaStock was sharp. Our platform helps companies like yours grow revenue.`,
  generic: (n: string, t: string) =>
    `Hi ${n}, I hope this message finds you well. I saw your talk on ${t} at SaaStock. Would be glad to connect.`,
  both: (n: string, t: string) =>
    `Hi ${n}, I hope this message finds you well. I saw your talk on ${t}. Our platform helps companies like yours grow revenue.`,
} as const;

/** `n` requests of one kind, the first `acc` accepted two days later and the first `rep` of those replied. */
export function kind(
  k: keyof typeof NOTE | 'blank',
  n: number,
  acc: number,
  rep: number,
  seed = 1,
): TrackedContact[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const first = pick(r, FIRST);
    const note = k === 'blank' ? (i % 2 ? null : '  ') : NOTE[k](first, pick(r, TOPIC));
    return req(`${k}-${i}`, '2026-02-02', {
      name: `${first} Example`,
      note,
      accountType: 'premium',
      ...(i < acc ? { accepted: '2026-02-04', firstMessage: '2026-02-05' } : {}),
      ...(i < rep ? { replied: '2026-02-06' } : {}),
    });
  });
}

export function coachingTracker(): TrackedContact[] {
  return [
    ...kind('none', 60, 36, 12, 1),
    ...kind('pitch', 40, 8, 2, 2),
    ...kind('generic', 30, 2, 1, 3),
    ...kind('blank', 40, 36, 6, 4),
    ...kind('both', 6, 1, 0, 5),
  ];
}
