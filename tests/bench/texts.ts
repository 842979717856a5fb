/**
 * Benchmark texts: a realistic 300-character connection note (one emoji, non-ASCII name), an
 * 8,000-character outreach message with what the rules look for (placeholders, links, sales words,
 * passive and lazy follow-up phrases), 1,000 stored notes for template similarity, and the chunk a
 * 1 MB paste is built from. Deterministic.
 */
import { pick, rng } from './util';

export const NOTE_300 =
  "Hi Zoë, your talk at Config on design tokens stuck with me 🙂 especially naming colours by role, not hue. We're rebuilding the design system at Harbour Analytics and hit the same drift between Figma and code that you described. I'd love to stay in touch and hear how the migration went for your team.";

const PARAGRAPHS = [
  'Hi {first_name}, I hope this message finds you well! I came across your profile while researching leaders in the logistics space and was really impressed by what your team at Nordlys has shipped over the last year, especially the new routing engine that was announced at the Hamburg summit in March.',
  'I wanted to reach out because we help companies like yours cut their cloud spend by 30% without slowing delivery. Our platform plugs into your existing stack in under a week, and the ROI is usually visible in the first billing cycle. You can see a short case study at https://example.com/case-studies/fjordbank or on www.example.org/pricing.',
  'Just following up on my last message, since I know inboxes get busy. I am circling back because the pilot slots for Q3 are limited and were already requested by several of your peers at [Company] and <EVENT NAME>. It would be great to get 15 minutes on your calendar this week for a quick demo, ASAP if possible.',
  'A few things our customers mention: the dashboards were built by engineers for engineers, alerts are routed to the right owner automatically, and reports are generated every Monday without anyone having to ask. Mistakes that used to be caught weeks later are now flagged within the hour, which is why finance teams love it too.',
  'If now is not the right time, no worries at all! Could you point me to the right person on your team? I am happy to send over more material, a recording of our last webinar, or a free trial link. Looking forward to hearing from you, and congratulations again on the new role, which was well deserved from everything I have read.',
  'P.S. We also sponsor the Nordic Platform Engineering meetup; I saw that you spoke there in 2024 about incident reviews. Your point that blameless retros only work when the follow-ups are actually tracked really stayed with me, and it is something we built into our product after a customer told us the same thing.',
];

/** 8,000 UTF-16 code units, paragraphs separated by blank lines, ending in an ASCII letter. */
export const MESSAGE_8000 = (() => {
  let out = '';
  for (let i = 0; out.length < 8000; i++)
    out += `${out ? '\n\n' : ''}${(PARAGRAPHS[i % PARAGRAPHS.length] as string).replace('the last year', `the last ${i + 1} years`)}`;
  return `${out.slice(0, 7999)}x`;
})();

/** First names from several cultures, accents and all (the tracker's synthetic contacts use them too). */
export const FIRST_NAMES = [
  'Ana',
  'Søren',
  'José',
  'Minh',
  'Ayşe',
  'Priya',
  'Dmitry',
  'Mary',
  'Zoë',
  'Kwame',
  'Li',
  'Fatima',
];
const COMPANY = [
  'Nordlys',
  'Fjordbank',
  'Brasa Labs',
  'Saigon Cloud',
  'Kaveri AI',
  'Harbour Analytics',
  'Bosphorus Ventures',
];
const TOPIC = [
  'design systems',
  'incident reviews',
  'data contracts',
  'Swift concurrency',
  'payments',
  'recsys',
  'hiring loops',
  'platform teams',
];
const EVENT = ['Config', 'KubeCon', 'the SRE meetup', 'RecSys', 'Web Summit', 'a Women in Data dinner'];
const OPEN = ['Hi {n},', 'Hello {n},', 'Hey {n} —', '{n}, hi!', 'Dear {n},'];
const HOOK = [
  'loved your talk on {t} at {e}.',
  'your post about {t} last week made me rethink how we work.',
  'we were both at {e} and I caught your session on {t}.',
  'I saw that {c} is hiring for {t}, congrats on the growth.',
  'your write-up on {t} is the best thing I read this month.',
];
const BODY = [
  'I lead a small team working on {t} at {c2} and we hit the same problems you described.',
  'We are trying the approach you outlined and would love to compare notes sometime.',
  'I help teams like yours with {t} and think there could be a fit.',
  'No agenda, just keen to follow your work.',
  'I am new to {t} and your perspective really helped.',
];
const CLOSE = [
  'Would be great to connect!',
  'Happy to stay in touch.',
  'Open to connecting?',
  'Let us connect.',
  'Thanks and all the best.',
];

/** The user's earlier notes: template-like, as a real history is. */
export function storedNotes(count: number, seed = 7): string[] {
  const r = rng(seed);
  const fill = (s: string) =>
    s
      .replace('{n}', pick(r, FIRST_NAMES))
      .replace('{t}', pick(r, TOPIC))
      .replace('{e}', pick(r, EVENT))
      .replace('{c}', pick(r, COMPANY))
      .replace('{c2}', pick(r, COMPANY));
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push(
      [pick(r, OPEN), pick(r, HOOK), pick(r, BODY), pick(r, BODY), pick(r, CLOSE)].map(fill).join(' '),
    );
  return out;
}

/**
 * A stored note with its blanks filled in again (issue 19): every name, topic, event and company
 * swapped for another, as a user re-using a template would. The template check aligns it with the
 * stored notes that share its frame and fires.
 */
export function refilled(note: string): string {
  const next = new Map<string, string>();
  for (const list of [FIRST_NAMES, TOPIC, EVENT, COMPANY])
    for (const [i, v] of list.entries()) next.set(v, list[(i + 1) % list.length] as string);
  // One pass, longest values first, whole words only: "Ana" is not the start of "Analytics".
  const values = [...next.keys()]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}])(?:${values.join('|')})(?![\\p{L}])`, 'gu');
  return note.replace(re, (v) => next.get(v) ?? v);
}

/**
 * The unit a 1 MB paste repeats: ASCII, accents (precomposed and combining), CJK, Cyrillic, an emoji
 * with skin tone, a ZWJ family, a flag, CRLF and LF line breaks.
 */
export const PASTE_CHUNK =
  'Plain ASCII words, then Zoë and Ångström, e\u0301 combining, 李小龍, Дмитрий, 👋🏽 wave, 👨‍👩‍👧‍👦 family, 🇺🇸 flag.\r\nNext line\n';
export const PASTE_CODE_UNITS = 1024 * 1024;
