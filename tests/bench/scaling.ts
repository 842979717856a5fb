/**
 * How cost grows with size, in Node (the figures that used to be time bounds inside unit tests):
 * - the due list over 20,000 synthetic contacts (tests/synthetic-contacts.ts): dueItems, and the due
 *   index's first read, a read a minute later and the reads after it (bounds: 1,500 ms plain, 500 ms
 *   a minute later);
 * - the note engine: an 8,000-character message against a 300-character note per call (≤ 60×: about
 *   linear), similarity against 1,000 stored notes against the rules alone (≤ 20×), and 1 MB texts
 *   (a paste, runs of one kind of character, grapheme counting) that must not go quadratic.
 * Node 20's Intl.Segmenter is slower than Chromium's, so the engine's milliseconds that matter to a
 * user are area analysis's (in the browser); here ratios and generous bounds catch an accidental O(n²).
 */
import { analyzeDraft, countGraphemes, prepareHistory } from '../../lib/draft';
import { countText } from '../../lib/text/count';
import { createDueIndex } from '../../lib/tracker/due-index';
import { dueItems } from '../../lib/tracker/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/tracker/settings';
import { syntheticContacts } from '../synthetic-contacts';
import { atMost, type BenchOptions, median, type Row, round } from './util';

const AREA = 'scaling';

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Median time of `runs` calls (after one warm-up call). */
function medianOf(f: () => void, runs: number): number {
  f();
  return median(Array.from({ length: runs }, () => time(f)));
}

function dueList(opts: BenchOptions): Row[] {
  const now = new Date('2026-03-10T09:00:00.000Z');
  const contacts = syntheticContacts(20_000, now);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    timeZone: 'America/Los_Angeles',
    holidays: ['2026-03-06', '2026-03-13', '2026-04-03'],
    inmailCredits: 2,
    accountType: 'premium',
  };
  dueItems(contacts.slice(0, 500), now, settings); // warm up
  const runs = opts.quick ? 3 : 7;
  let due = 0;
  const plain = medianOf(() => {
    due = dueItems(contacts, now, settings).length;
  }, runs);
  const index = createDueIndex(settings);
  const first = time(() => index.items(contacts, now));
  const later = new Date(now.getTime() + 60_000);
  const minuteLater = time(() => index.items(contacts, later));
  const advisedAgain = index.recomputed;
  let k = 0;
  const reads = medianOf(() => {
    k++;
    index.items(contacts, new Date(later.getTime() + k * 1000));
  }, runs);
  return [
    atMost(
      {
        area: AREA,
        name: 'dueItems over 20,000 contacts (Node)',
        value: round(plain, 1),
        unit: 'ms',
        n: runs,
        note: `${due} due`,
      },
      1500,
    ),
    { area: AREA, name: 'due index over 20,000 contacts: first read', value: round(first, 1), unit: 'ms' },
    atMost(
      {
        area: AREA,
        name: 'due index: a read a minute later',
        value: round(minuteLater, 2),
        unit: 'ms',
        note: `${advisedAgain} contacts advised again`,
      },
      500,
    ),
    { area: AREA, name: 'due index: the reads after it', value: round(reads, 2), unit: 'ms', n: runs },
  ];
}

const PARA =
  'Hi Zoë, loved your FOSDEM talk on Rust 🦀 and the part about async traits. We at Acme build similar tooling; how did you handle the cache? 👨‍👩‍👧‍👦 🇩🇰\n';
const make = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

function engine(opts: BenchOptions): Row[] {
  const runs = opts.quick ? 3 : 7;
  const rows: Row[] = [];
  const short = make(300);
  const long = make(8000);
  // Warm up the JIT and the regex caches.
  for (let i = 0; i < 30; i++) {
    analyzeDraft(short, { surface: 'connection-note' });
    analyzeDraft(long, { surface: 'message' });
  }
  const batch = (text: string, n: number) => () => {
    for (let i = 0; i < n; i++) analyzeDraft(text, { surface: 'message' });
  };
  const tShort = medianOf(batch(short, 40), runs) / 40;
  const tLong = medianOf(batch(long, 4), runs) / 4;
  rows.push(
    atMost(
      {
        area: AREA,
        name: 'engine: 8,000 chars ÷ 300 chars, per call (Node)',
        value: round(tLong / tShort, 1),
        unit: '×',
        note: `${round(tShort, 3)} ms and ${round(tLong, 2)} ms; 27× the length`,
      },
      60,
    ),
  );

  const history = prepareHistory(
    Array.from(
      { length: 1000 },
      (_, i) => `Hi person ${i}, I loved your talk number ${i} on Rust and async traits at FOSDEM.`,
    ),
  );
  for (let i = 0; i < 20; i++) analyzeDraft(short, { surface: 'connection-note', history });
  const calls = opts.quick ? 11 : 31;
  const without = medianOf(() => analyzeDraft(short, { surface: 'connection-note' }), calls);
  const withHistory = medianOf(() => analyzeDraft(short, { surface: 'connection-note', history }), calls);
  rows.push(
    atMost(
      {
        area: AREA,
        name: 'engine + similarity (1,000 notes) ÷ engine alone, 300 chars (Node)',
        value: round(withHistory / without, 1),
        unit: '×',
        note: `${round(without, 3)} ms and ${round(withHistory, 3)} ms`,
      },
      20,
    ),
  );

  const mb = make(1_000_000);
  rows.push(
    atMost(
      {
        area: AREA,
        name: 'analyzeDraft on a 1 MB paste (Node)',
        value: round(
          time(() => analyzeDraft(mb, { surface: 'message' })),
          1,
        ),
        unit: 'ms',
      },
      2000,
    ),
  );
  const runsOf: [string, string][] = [
    ['dots', 'a.'.repeat(500_000)],
    ['hyphens', 'a-'.repeat(500_000)],
    ['capitals', 'ABCD '.repeat(200_000)],
    ['flags', '🇩🇰'.repeat(250_000)],
    ['combining accents', 'e\u0301'.repeat(500_000)],
    ['ideographs', '李小龍你好我很喜歡你的演講。'.repeat(70_000)],
  ];
  for (const [label, text] of runsOf) {
    const ms = time(() =>
      analyzeDraft(text, { surface: 'inmail-subject', recipientName: 'Zoë', history: ['a b c d e f g h i'] }),
    );
    rows.push(
      atMost(
        {
          area: AREA,
          name: `analyzeDraft on a 1 MB run of ${label} (Node)`,
          value: round(ms, 1),
          unit: 'ms',
        },
        2000,
      ),
    );
  }
  rows.push(
    atMost(
      {
        area: AREA,
        name: 'countGraphemes on 1 MB of mixed text (Node)',
        value: round(
          time(() => countGraphemes(mb)),
          1,
        ),
        unit: 'ms',
      },
      1500,
    ),
  );
  const chunk = 'Zoë said 😀 hi.\n';
  const counted = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
  rows.push(
    atMost(
      {
        area: AREA,
        name: 'countText (code units + graphemes) on 1 MB (Node)',
        value: round(
          time(() => countText(counted)),
          1,
        ),
        unit: 'ms',
      },
      3000,
    ),
  );
  return rows;
}

export function benchScaling(opts: BenchOptions): { rows: Row[]; detail: unknown } {
  opts.log('  due list over 20,000 contacts…');
  const due = dueList(opts);
  opts.log('  note engine on long texts…');
  const rows = [...due, ...engine(opts)];
  return { rows, detail: Object.fromEntries(rows.map((r) => [r.name, r.value])) };
}
