/**
 * What the coach says today about each note the user sent, and the request outcomes grouped by it
 * (pure). A note is judged again with the current engine (analyzeDraft on the connection-note
 * surface, with the contact's name and account type), so old notes benefit from a better engine.
 *
 * Groups: `none` (no warning at warn or error level), one per rule id that fired at warn or error
 * level (a note with two warnings counts in both), and `blank` (a request sent without a note).
 * Left out: template-similarity, which depends on the notes sent before this one, not on its text.
 *
 * The result is a small record (WarningFigures, figures.ts) of counts per group: the background computes it
 * over every contact, cached per contact and per note text (VerdictCache), and keeps it in a storage
 * key; the dashboard and the panel read that key, the stats command builds it directly.
 */
import { analyzeDraft, type RuleId } from '../draft';
import { EVIDENCE } from '../evidence';
import type { AccountType } from '../limits';
import type { TrackedContact } from '../tracker/schema';
import { type CoachingInsight, coachingInsight } from './coaching';
import type { EvidenceId } from './evidence';
import { BLANK, type FigureRow, NO_WARNING, type WarningFigures, type WarningKey } from './figures';
import { fingerprintOf, requestHash } from './fingerprint';
import { countsFor, type GroupCounts } from './groups';
import { type RequestOutcome, requestOutcome } from './outcome';

export {
  BLANK,
  type FigureRow,
  NO_WARNING,
  repairWarningFigures,
  sameFigures,
  type WarningFigures,
  type WarningKey,
} from './figures';

/** One group a note falls in, with the evidence the warning cites (null for `none`). */
export interface VerdictEntry {
  key: WarningKey;
  cites: EvidenceId | null;
}

/** What the coach says about one note: `blank`, `none`, or the rules that fired, each once. */
export type NoteVerdict = readonly VerdictEntry[];

const BLANK_VERDICT: NoteVerdict = Object.freeze([{ key: BLANK, cites: 'blankBeatsGeneric' }]);
const NONE_VERDICT: NoteVerdict = Object.freeze([{ key: NO_WARNING, cites: null }]);
const NOT_BLANK = /\S/;

/** Judged on the note's text alone: a rule that needs the earlier notes cannot be judged afterwards. */
const NOT_JUDGED: ReadonlySet<RuleId> = new Set<RuleId>(['template-similarity']);

// The engine hands out the registry's own objects, so the id is found by identity.
const EVIDENCE_ID = new Map<unknown, EvidenceId>(
  (Object.keys(EVIDENCE) as EvidenceId[]).map((id) => [EVIDENCE[id], id]),
);

/** The coach's verdict on one sent note, with the current engine. */
export function noteVerdict(
  note: string | null | undefined,
  context: { name?: string | null; account?: AccountType | null } = {},
): NoteVerdict {
  if (!note || !NOT_BLANK.test(note)) return BLANK_VERDICT;
  const report = analyzeDraft(note, {
    surface: 'connection-note',
    recipientName: context.name ?? null,
    account: context.account ?? null,
  });
  const out: VerdictEntry[] = [];
  for (const w of report.warnings) {
    if (w.severity === 'info' || NOT_JUDGED.has(w.rule) || out.some((e) => e.key === w.rule)) continue;
    out.push({ key: w.rule, cites: EVIDENCE_ID.get(w.evidence) ?? null });
  }
  return out.length ? out : NONE_VERDICT;
}

/** One sent request: its outcome and the groups its note falls in. */
export interface Contribution {
  outcome: RequestOutcome;
  verdict: NoteVerdict;
}

/**
 * Verdicts remembered per contact object (the background keeps the same object until the contact
 * changes) and per note text with the name and account (a full re-read gives new objects with the
 * same notes). Each pass forgets the texts it did not see, so the cache never outgrows the tracker.
 */
export class VerdictCache {
  #byContact = new WeakMap<TrackedContact, { tz: string; text: string | null; c: Contribution | null }>();
  #byText = new Map<string, { v: NoteVerdict; pass: number }>();
  #hashes = new WeakMap<TrackedContact, readonly [number, number] | null>();
  #pass = 0;
  /** Notes analysed by the engine since the cache was made (for tests and the benchmark). */
  analysed = 0;

  /** Starts a pass over every contact; end it with endPass() to forget what was not seen. */
  beginPass(): void {
    this.#pass++;
  }

  endPass(): void {
    for (const [k, e] of this.#byText) if (e.pass !== this.#pass) this.#byText.delete(k);
  }

  get size(): number {
    return this.#byText.size;
  }

  /** The contact's fingerprint hashes (figuresFingerprint), computed once per contact object. */
  hashOf(c: TrackedContact): readonly [number, number] | null {
    let h = this.#hashes.get(c);
    if (h === undefined) {
      h = contactHash(c);
      this.#hashes.set(c, h);
    }
    return h;
  }

  /** The contact's outcome and verdict; null for a contact without a (readable) request. */
  contribution(c: TrackedContact, tz: string): Contribution | null {
    const known = this.#byContact.get(c);
    if (known && known.tz === tz) {
      if (known.text !== null) {
        const e = this.#byText.get(known.text);
        if (e) e.pass = this.#pass;
        else if (known.c) this.#byText.set(known.text, { v: known.c.verdict, pass: this.#pass });
      }
      return known.c;
    }
    const outcome = requestOutcome(c, tz);
    if (!outcome) {
      this.#byContact.set(c, { tz, text: null, c: null });
      return null;
    }
    const note = c.request?.note;
    const blank = !note || !NOT_BLANK.test(note);
    const text = blank ? null : `${c.request?.accountType ?? ''}\u0001${c.name}\u0001${note}`;
    let verdict: NoteVerdict = BLANK_VERDICT;
    if (text !== null) {
      const e = this.#byText.get(text);
      if (e) {
        e.pass = this.#pass;
        verdict = e.v;
      } else {
        verdict = noteVerdict(note, { name: c.name, account: c.request?.accountType ?? null });
        this.analysed++;
        this.#byText.set(text, { v: verdict, pass: this.#pass });
      }
    }
    const contribution = { outcome, verdict };
    this.#byContact.set(c, { tz, text, c: contribution });
    return contribution;
  }
}

export interface FiguresOptions {
  now: Date;
  /** Reads dates without an offset on this wall clock; default UTC. */
  timeZone?: string;
  /** Reuse verdicts between calls (the background keeps one). */
  cache?: VerdictCache;
  /** With `pause`: pause after this many notes analysed (default 250)… */
  sliceSize?: number;
  /** …or once this many ms have passed since the last pause (default 8), whichever comes first. */
  budgetMs?: number;
  /** The clock the budget is read on (default performance.now). */
  clock?: () => number;
}

/** `none` and `blank` first; then the rules, most sent first (ties by id). */
const ORDER: readonly string[] = [NO_WARNING, BLANK];

function rowOrder(a: FigureRow, b: FigureRow): number {
  const fixed = (k: string) => {
    const i = ORDER.indexOf(k);
    return i < 0 ? ORDER.length : i;
  };
  return fixed(a.k) - fixed(b.k) || b.s - a.s || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
}

class Accumulator {
  readonly #groups = new Map<WarningKey, { outcomes: RequestOutcome[]; e: EvidenceId | null }>();
  sends = 0;
  unjudged = 0;

  add(c: Contribution): void {
    this.sends++;
    for (const { key, cites } of c.verdict) {
      const g = this.#groups.get(key);
      if (g) {
        g.outcomes.push(c.outcome);
        g.e ??= cites;
      } else this.#groups.set(key, { outcomes: [c.outcome], e: cites });
    }
  }

  /** One row per group; `between` runs after each (the sliced pass pauses there when due). */
  async figuresAsync(now: Date, between: () => Promise<void> | void): Promise<WarningFigures> {
    const groups: FigureRow[] = [];
    for (const [k, g] of this.#groups) {
      groups.push(row(k, g.e, countsFor(g.outcomes, now)));
      await between();
    }
    return this.#record(now, groups);
  }

  figures(now: Date): WarningFigures {
    const groups: FigureRow[] = [];
    for (const [k, g] of this.#groups) groups.push(row(k, g.e, countsFor(g.outcomes, now)));
    return this.#record(now, groups);
  }

  #record(now: Date, groups: FigureRow[]): WarningFigures {
    return {
      v: 1,
      computedAt: now.toISOString(),
      sends: this.sends,
      unjudged: this.unjudged,
      groups: groups.sort(rowOrder),
    };
  }
}

function row(k: WarningKey, e: EvidenceId | null, n: GroupCounts): FigureRow {
  return {
    k,
    s: n.sent,
    a: n.accepted,
    r: n.replied,
    da: n.medianDaysToAccept,
    dr: n.medianDaysToFirstReply,
    y: n.pendingYoung,
    e,
  };
}

function judge(acc: Accumulator, cache: VerdictCache, c: TrackedContact, tz: string): void {
  let contribution: Contribution | null;
  try {
    contribution = cache.contribution(c, tz);
  } catch {
    // A note the engine cannot read is left out and counted, never a broken page.
    if (requestOutcome(c, tz)) acc.unjudged++;
    return;
  }
  if (contribution) acc.add(contribution);
}

/** The per-warning figures over every contact, at once (the stats command, tests). */
export function warningFigures(contacts: readonly TrackedContact[], options: FiguresOptions): WarningFigures {
  const tz = options.timeZone ?? 'UTC';
  const cache = options.cache ?? new VerdictCache();
  const acc = new Accumulator();
  cache.beginPass();
  for (const c of contacts) judge(acc, cache, c, tz);
  cache.endPass();
  return acc.figures(options.now);
}

/**
 * The same, with `pause()` awaited whenever 250 notes were analysed or 8 ms passed since the last
 * pause, so a background that analyses 20,000 notes still answers messages meanwhile (the engine
 * takes ~35–200 µs a note depending on the machine's load; a cached contact takes microseconds).
 */
export async function warningFiguresSliced(
  contacts: readonly TrackedContact[],
  options: FiguresOptions,
  pause: () => Promise<void>,
): Promise<WarningFigures> {
  const tz = options.timeZone ?? 'UTC';
  const cache = options.cache ?? new VerdictCache();
  const slice = Math.max(1, options.sliceSize ?? 250);
  const budget = options.budgetMs ?? 8;
  const clock = options.clock ?? (() => performance.now());
  const acc = new Accumulator();
  cache.beginPass();
  let since = clock();
  let analysed = 0;
  const isDue = () => analysed >= slice || clock() - since >= budget;
  const turn = async () => {
    await pause();
    analysed = 0;
    since = clock();
  };
  const due = () => (isDue() ? turn() : undefined);
  for (let i = 0; i < contacts.length; i++) {
    const before = cache.analysed;
    judge(acc, cache, contacts[i] as TrackedContact, tz);
    if (cache.analysed !== before) analysed++;
    if (isDue()) await turn();
  }
  cache.endPass();
  return acc.figuresAsync(options.now, due);
}

/** The two hashes of what one contact contributes to the figures (its request's account type too). */
function contactHash(c: TrackedContact): readonly [number, number] | null {
  return requestHash(c, [c.request?.accountType ?? '']);
}

/**
 * A fingerprint of everything the figures depend on: each contact's id, name, request (date, note,
 * account, withdrawal), status, the dates of acceptance, reply, connection and messages (not a
 * headline or a snooze), plus the time zone and the engine's version. Independent of the contacts'
 * order (the per-contact hashes are summed); 64 bits, so two different trackers sharing one is out
 * of reach. With a cache, each contact object is hashed once.
 */
export function figuresFingerprint(
  contacts: readonly TrackedContact[],
  timeZone: string,
  engine: string,
  cache?: VerdictCache,
): string {
  return fingerprintOf(contacts, timeZone, engine, cache ? (c) => cache.hashOf(c) : contactHash);
}

/** The groups straight from contacts (the stats command): the figures, then the groups. */
export function byWarning(contacts: readonly TrackedContact[], options: FiguresOptions): CoachingInsight {
  return coachingInsight(warningFigures(contacts, options));
}
