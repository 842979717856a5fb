/**
 * A generated tracker with templates: three templates filled in again and again (names,
 * events, topics, companies, cities, numbers), one of them in German, notes written once (some sharing
 * only their greeting and closing with a template, some near a template's topic), and blank requests.
 * Outcomes are set per template so the counts are known:
 *   talk      40 sent, 20 accepted,  8 replied
 *   vortrag   30 sent,  6 accepted,  1 replied
 *   recruiter 12 sent,  2 accepted,  0 replied (six of them the same wording: only the name differs)
 *   one-offs  16 sent, 12 accepted,  6 replied
 *   blank     10 sent (no note: not clustered)
 */
import type { TrackedContact } from '../../../lib/tracker/schema';
import { fill, NEAR_TOPIC, SHARED_GREETING } from '../draft/templates/fixtures';
import { req } from './helpers';

const FIRST = [
  'Ana',
  'Søren',
  'José',
  'Minh',
  'Ayşe',
  'Priya',
  'Kwame',
  'Aiko',
  'Lena',
  'Omar',
  'Zoë',
  'Ivan',
];
const LAST = ['Silva', 'Berg', 'Pérez', 'Nguyen', 'Kaya', 'Nair', 'Mensah', 'Tanaka', 'Vogel', 'Haddad'];
const EVENTS = [
  'KubeCon',
  'SREcon',
  'QCon London',
  'Web Summit',
  'PyData Amsterdam',
  'the Berlin DevOps meetup',
  'NDC Oslo',
];
const TOPICS = [
  'platform teams',
  'error budgets',
  'incident reviews',
  'feature stores',
  'data contracts',
  'on-call rotations',
];
const COMPANIES = ['Fjordbank', 'Nordlys', 'Brasa Labs', 'Kaveri AI', 'Harbour Analytics'];
const DE_EVENTS = ['KubeCon', 'SREcon', 'JAX', 'data2day', 'Berliner DevOps-Konferenz'];
const DE_TOPICS = [
  'Plattformteams',
  'Fehlerbudgets',
  'Datenverträge',
  'Bereitschaftsdienste',
  'modulare Monolithen',
];

export const TALK =
  "Hi {name}, loved your talk at {event} on {topic}. I'm working on the same problem at {company} and would be glad to compare notes. Would be great to connect!";
export const VORTRAG =
  'Hallo {name}, ich habe Ihren Vortrag auf der {event} über {topic} gesehen und fand ihn sehr hilfreich. Wir arbeiten bei {company} an ähnlichen Themen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.';
export const RECRUITER =
  'Hi {name}, I noticed you have been building {topic} at {company} for {years} years. We are hiring a staff engineer in Lisbon and your background stood out. Open to a quick chat?';

/** A day in February, at a minute of its own per contact (no two requests go out at the same time). */
const at = (day: number, minute = 0) =>
  `2026-02-${String(1 + (day % 27)).padStart(2, '0')}T09:${String(minute % 60).padStart(2, '0')}:00.000Z`;
const accepted = (day: number) => `2026-02-${String(1 + (day % 27)).padStart(2, '0')}T15:00:00.000Z`;

function sends(
  prefix: string,
  n: number,
  acc: number,
  rep: number,
  note: (i: number, first: string) => string,
  startDay: number,
): TrackedContact[] {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[(i * 5 + startDay) % FIRST.length] as string;
    const name = `${first} ${LAST[(i * 3 + startDay) % LAST.length]}`;
    return req(`${prefix}-${i}`, at(startDay + i, startDay * 7 + i), {
      name,
      note: note(i, first),
      ...(i < acc ? { accepted: accepted(startDay + i), firstMessage: accepted(startDay + i + 1) } : {}),
      ...(i < rep ? { replied: accepted(startDay + i + 3) } : {}),
    });
  });
}

export function templatesTracker(): TrackedContact[] {
  const talk = sends(
    'talk',
    40,
    20,
    8,
    (i, name) =>
      fill(TALK, {
        name,
        event: EVENTS[i % EVENTS.length] as string,
        topic: TOPICS[(i * 7) % TOPICS.length] as string,
        company: COMPANIES[(i * 3) % COMPANIES.length] as string,
      }),
    0,
  );
  const vortrag = sends(
    'vortrag',
    30,
    6,
    1,
    (i, name) =>
      fill(VORTRAG, {
        name,
        event: DE_EVENTS[i % DE_EVENTS.length] as string,
        topic: DE_TOPICS[(i * 2) % DE_TOPICS.length] as string,
        company: COMPANIES[i % COMPANIES.length] as string,
      }),
    3,
  );
  const recruiter = sends(
    'recruiter',
    12,
    2,
    0,
    (i, name) =>
      fill(RECRUITER, {
        name,
        // The first six: the same wording, only the name differs.
        topic: i < 6 ? 'payment systems' : (TOPICS[i % TOPICS.length] as string),
        company: i < 6 ? 'Adyen' : (COMPANIES[i % COMPANIES.length] as string),
        years: i < 6 ? '6' : String(2 + i),
      }),
    6,
  );
  const once = [...NEAR_TOPIC, ...SHARED_GREETING].slice(0, 16);
  const oneOffs = once.map((n, i) =>
    req(`once-${i}`, at(9 + i, 50 + i), {
      name: n.name,
      note: n.text,
      ...(i < 12 ? { accepted: accepted(9 + i), firstMessage: accepted(10 + i) } : {}),
      ...(i < 6 ? { replied: accepted(12 + i) } : {}),
    }),
  );
  const blank = Array.from({ length: 10 }, (_, i) =>
    req(`blank-${i}`, at(i), { name: `Blank ${i}`, note: i % 2 ? null : '  ' }),
  );
  return [...talk, ...vortrag, ...recruiter, ...oneOffs, ...blank];
}
