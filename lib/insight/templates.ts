/**
 * The user's templates, found without labels (pure): sent notes that are one note with its
 * blanks filled in differently, clustered with the draft check's own comparison (lib/draft/slots.ts,
 * frame.ts, similarity.ts), each with sends, acceptances and replies and their Wilson intervals
 * (groups.ts), so "this template: 40 sent, 20% accepted" shows before any version is labelled.
 *
 * - Notes that are the same words once their slots are masked (a name swapped, a date) are one
 *   wording; wordings are taken in the order they were first sent, and each joins the template of the
 *   first indexed wording it is a filled-in copy of, or starts its own. A note belongs to one template
 *   at most, and a later note never moves an earlier one (the background extends the clustering).
 * - A template is a group with two or more sends; a note sent once that matches nothing is a one-off.
 * - Its text is its first wording as sent, with every span that differs between its wordings (and
 *   its names) shown as […].
 *
 * At 20,000 contacts this is about a second of work, so the background computes it in slices
 * (lib/tracker/templates-keeper.ts, with template-cache.ts between passes) and keeps a small record
 * (template-record.ts builds it, template-figures.ts reads it); the stats command computes it
 * directly and prints it with template-report.ts.
 */
import { compareFrames } from '../draft/frame';
import { FrameIndex } from '../draft/similarity';
import { SLOT_GREETING, SLOT_NAME, type SlotWords } from '../draft/template-slots';
import type { Span } from '../draft/types';
import { t } from '../i18n/t';
import type { TrackedContact } from '../tracker/schema';
import { countsFor, type GroupCounts, type GroupStats, statsFromCounts } from './groups';
import type { RequestOutcome } from './outcome';
import { type Entry, SlotWordsCache } from './template-cache';
import { type TemplateView, templateLabel } from './template-figures';

/** A blank in a template's text. */
export const BLANK_MARK = '[…]';
/** Wordings of one template kept in the index: enough to catch its variants, bounded per template. */
const INDEXED_PER_TEMPLATE = 4;
/** Wordings aligned with the leader to find a template's blanks. */
const BLANK_SAMPLE = 24;

export interface TemplateOptions {
  /** Counts young pending requests (see GroupStats.pendingYoung). */
  now?: Date;
  /** Reads dates without an offset on this wall clock; default UTC. */
  timeZone?: string;
  /** Slot words remembered between calls (the background keeps one). */
  cache?: SlotWordsCache;
}

/** One template's figures and what identifies it (the dashboard's view of the stored record too). */
export type TemplateGroup = TemplateView;

export interface TemplateInsight {
  /** Sends with a note (the ones clustered). */
  notes: number;
  /** Most sent first. */
  templates: TemplateGroup[];
  /** The tracked contacts each template went to, template by template. */
  members: string[][];
  /** Notes written once (sent once and like no other), as one group; null when there are none. */
  oneOffs: GroupStats | null;
}

interface Send {
  contact: TrackedContact;
  outcome: RequestOutcome;
}

/** Notes that are the same once their slots are masked: their sends, and the earliest one's words. */
interface Wording {
  key: string;
  words: SlotWords;
  sends: Send[];
  /** When the earliest send went out (ms), and to whom (ties are broken by contact id). */
  first: number;
  firstId: string;
}

interface Cluster {
  /** Its wordings' keys, in the order they were placed (the first is the leader). */
  keys: string[];
  /** How many of them are in the index. */
  indexed: number;
  /** Its text, and from how many wordings and sends it was worked out. */
  text: { from: number; text: string } | null;
}

/**
 * The clustering so far: wordings are placed in the order they were first sent, so a later note
 * only extends it, and the same contacts always give the same templates whether clustered at once or
 * one send at a time.
 */
export interface Clustering {
  index: FrameIndex;
  /** Index position → wording key. */
  indexed: string[];
  /** Wording key → its cluster, and the earliest send it was placed with. */
  placed: Map<string, { cluster: number; first: number }>;
  clusters: Cluster[];
  /** The last wording placed, [first sent, key]. */
  last: [number, string] | null;
}

const NOT_BLANK = /\S/;

const before = (a: [number, string], b: [number, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Merges overlapping or touching spans. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The leader's text with its blanks: its names, the slots its own sends fill differently (numbers,
 * links…), and every span the other wordings fill differently (a different greeting word is not a
 * blank). `same` are other sends of the leader's wording, `others` the template's other wordings.
 */
function templateText(leader: SlotWords, same: readonly SlotWords[], others: readonly SlotWords[]): string {
  const spans: Span[] = [];
  const piece = (w: SlotWords, i: number) => w.text.slice(w.starts[i], w.ends[i]).toLowerCase();
  for (let i = 0; i < leader.ids.length; i++) {
    const id = leader.ids[i] as number;
    if (
      id !== SLOT_NAME &&
      !(id < 0 && id !== SLOT_GREETING && same.some((w) => piece(w, i) !== piece(leader, i)))
    )
      continue;
    spans.push({ start: leader.starts[i] as number, end: leader.ends[i] as number });
  }
  for (const o of others)
    for (const s of compareFrames(o, leader).slots) if (s.kind !== 'greeting') spans.push({ ...s.b });
  let text = '';
  let at = 0;
  for (const s of mergeSpans(spans)) {
    text += leader.text.slice(at, s.start) + BLANK_MARK;
    at = s.end;
  }
  return (text + leader.text.slice(at)).replace(/\s+/g, ' ').trim();
}

function newClustering(): Clustering {
  return { index: new FrameIndex(), indexed: [], placed: new Map(), clusters: [], last: null };
}

/** Puts a wording in the template it is a filled-in copy of, or in a new one. */
function place(state: Clustering, w: Wording): void {
  const match = w.words.shingles.length ? state.index.best(w.words, { first: true }) : null;
  let cluster: number;
  if (match) {
    cluster = (state.placed.get(state.indexed[match.index] as string) as { cluster: number }).cluster;
    (state.clusters[cluster] as Cluster).keys.push(w.key);
  } else {
    cluster = state.clusters.length;
    state.clusters.push({ keys: [w.key], indexed: 0, text: null });
  }
  const c = state.clusters[cluster] as Cluster;
  if (w.words.shingles.length && c.indexed < INDEXED_PER_TEMPLATE) {
    state.index.add(w.words);
    state.indexed.push(w.key);
    c.indexed++;
  }
  state.placed.set(w.key, { cluster, first: w.first });
  state.last = [w.first, w.key];
}

/**
 * The work, as steps: it yields between units (a note read, a wording placed, a template built) so
 * the sliced runner can pause; the plain runner runs it through.
 */
function* steps(
  contacts: readonly TrackedContact[],
  options: TemplateOptions,
): Generator<void, TemplateInsight> {
  const tz = options.timeZone ?? 'UTC';
  const cache = options.cache ?? new SlotWordsCache();
  const wordings = new Map<string, Wording>();
  let notes = 0;
  cache.beginPass();
  for (const contact of contacts) {
    const note = contact.request?.note;
    if (!note || !NOT_BLANK.test(note)) continue;
    const outcome = cache.outcome(contact, tz);
    if (!outcome) continue;
    notes++;
    let entry: Entry;
    try {
      entry = cache.entry(contact, note);
    } catch {
      // A note the tokenizer cannot read is left out, never a broken page.
      continue;
    }
    const at = outcome.sentAt.getTime();
    const w = wordings.get(entry.key);
    if (!w)
      wordings.set(entry.key, {
        key: entry.key,
        words: entry.words,
        sends: [{ contact, outcome }],
        first: at,
        firstId: contact.id,
      });
    else {
      w.sends.push({ contact, outcome });
      if (at < w.first || (at === w.first && contact.id < w.firstId)) {
        w.first = at;
        w.firstId = contact.id;
        w.words = entry.words;
      }
    }
    yield;
  }
  cache.endPass();
  // Placed in the order first sent; the clustering so far is kept when every wording it placed is
  // still there as it was and every new one came later.
  let state = cache.clustering;
  if (state) {
    for (const [key, p] of state.placed) {
      const w = wordings.get(key);
      if (!w || w.first !== p.first) {
        state = null;
        break;
      }
    }
  }
  const order = (a: Wording, b: Wording) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  let todo = [...wordings.values()].filter((w) => !state?.placed.has(w.key)).sort(order);
  const firstNew = todo[0];
  if (state?.last && firstNew && before([firstNew.first, firstNew.key], state.last)) state = null;
  if (!state) {
    state = newClustering();
    todo = [...wordings.values()].sort(order);
    cache.rebuilt++;
  }
  for (const w of todo) {
    place(state, w);
    yield;
  }
  cache.clustering = state;
  const subject = t('templates_subject');
  const found: { group: TemplateGroup; ids: string[] }[] = [];
  const oneOff: RequestOutcome[] = [];
  for (const cluster of state.clusters) {
    const members = cluster.keys.map((k) => wordings.get(k) as Wording);
    const sends = members.flatMap((w) => w.sends);
    // Notes without a single word (emoji, punctuation) are never one note "with its blanks filled".
    if (sends.length < 2 || (members[0] as Wording).words.ids.length === 0) {
      for (const s of sends) oneOff.push(s.outcome);
      continue;
    }
    const leader = members[0] as Wording;
    const from =
      Math.min(members.length, BLANK_SAMPLE + 1) * 1000 + Math.min(leader.sends.length, BLANK_SAMPLE + 1);
    if (cluster.text?.from !== from) {
      const same: SlotWords[] = [];
      for (const s of leader.sends.slice(0, BLANK_SAMPLE + 1)) {
        const note = s.contact.request?.note as string;
        const w = cache.entry(s.contact, note).words;
        if (w !== leader.words && w.ids.length === leader.words.ids.length) same.push(w);
      }
      cluster.text = {
        from,
        text: templateText(
          leader.words,
          same,
          members.slice(1, BLANK_SAMPLE + 1).map((w) => w.words),
        ),
      };
    }
    found.push({
      group: templateGroup(members, sends, cluster.text.text, subject, options.now),
      ids: sends.map((s) => s.contact.id),
    });
    yield;
  }
  found.sort(
    (a, b) =>
      b.group.sent - a.group.sent || (a.group.text < b.group.text ? -1 : a.group.text > b.group.text ? 1 : 0),
  );
  found.forEach(({ group }, i) => {
    group.number = i + 1;
    group.key = `template-${i + 1}`;
    group.label = templateLabel(i + 1, group.versions);
  });
  return {
    notes,
    templates: found.map((f) => f.group),
    members: found.map((f) => f.ids),
    oneOffs: oneOff.length
      ? statsFromCounts('one-off', countsFor(oneOff, options.now), t('templates_subject_one_offs'))
      : null,
  };
}

function templateGroup(
  members: readonly Wording[],
  sends: readonly Send[],
  text: string,
  subject: string,
  now: Date | undefined,
): TemplateGroup {
  const leader = members[0] as Wording;
  const counts: GroupCounts = countsFor(
    sends.map((s) => s.outcome),
    now,
  );
  const versions = new Map<string, number>();
  for (const s of sends) {
    const v = s.contact.version?.trim() ?? '';
    versions.set(v, (versions.get(v) ?? 0) + 1);
  }
  const example = leader.sends.find((s) => s.contact.id === leader.firstId) ?? (leader.sends[0] as Send);
  return {
    ...statsFromCounts('', counts, subject),
    labelled: true,
    number: 0,
    label: '',
    text,
    example: { text: example.contact.request?.note ?? '', name: example.contact.name },
    wordings: members.length,
    versions: [...versions]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)),
  };
}

/** Sends with a note grouped into templates and one-offs, at once (the stats command, tests). */
export function findTemplates(
  contacts: readonly TrackedContact[],
  options: TemplateOptions = {},
): TemplateInsight {
  const it = steps(contacts, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * The same, awaiting `pause()` whenever `budgetMs` (default 8) passed since the last pause, so the
 * background (or a page) stays responsive through 20,000 notes.
 */
export async function findTemplatesSliced(
  contacts: readonly TrackedContact[],
  options: TemplateOptions & { budgetMs?: number; clock?: () => number },
  pause: () => Promise<void>,
): Promise<TemplateInsight> {
  const budget = options.budgetMs ?? 8;
  const clock = options.clock ?? (() => performance.now());
  const it = steps(contacts, options);
  let since = clock();
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    if (clock() - since >= budget) {
      await pause();
      since = clock();
    }
  }
}
