/**
 * Two notes aligned word by word: the frame they share and the slots where they differ.
 *
 * The longest common subsequence of their slot words (slots.ts) gives the words both say in the same
 * order; single matching words between differences ("the", "on") are not a frame and are dropped, so
 * the frame is made of runs of two or more words. Between two runs (or before the first, after the
 * last), a short difference on both sides is a slot: "KubeCon" → "SREcon", "platform teams" → "error
 * budgets". A longer difference, or words only one note has, is simply different text.
 *
 * A note is a filled-in template of another when the frame carries at least half of the longer note's
 * words and frame plus slots explain at least 80% of each note, with a shared run of 3+ words. Nothing
 * here reads capitals or knows a language: what is a slot follows from what the two notes share.
 */
import { ALIGN_WORDS, type SlotWords } from './template-slots';
import type { Span } from './types';

/** Slots are short: a name, an event, a topic of a few words. */
const SLOT_MAX_WORDS = 5;
/** Single shared words that may sit between the slots of one difference. */
const MAX_SHARED_INSIDE = 2;
/** The frame's share of the longer note's words. */
export const MIN_FRAME_SHARE = 0.6;
/** Frame plus slots, of each note's words. */
const MIN_COVERAGE = 0.8;
/** At least one shared run this long: a real phrase, not scattered words. */
const MIN_LONGEST_RUN = 3;
/** Below this many words every short note looks alike. */
const MIN_FRAME_WORDS = 8;

export interface SlotChange {
  /** A name, number, link, mention or greeting both notes have in the same place, or other words. */
  kind: 'name' | 'number' | 'link' | 'mention' | 'greeting' | 'words';
  /** Short enough to count as a slot (a longer difference is reported, not excused). */
  slot: boolean;
  /** The slot in the first note (the draft). */
  a: Span;
  /** The slot in the second (the earlier note). */
  b: Span;
}

export interface FrameMatch {
  /** Words in the shared frame over the longer note's words (0–1). */
  frameShare: number;
  /** The smaller of the two notes' shares explained by the frame and the slots (0–1). */
  coverage: number;
  /** The spans that differ on both sides of the shared frame, in the first note's order (names included). */
  slots: SlotChange[];
  /** Differences where only one note has words (added or left out). */
  edits: number;
  /** One is the other with its blanks filled differently. */
  templated: boolean;
}

const KIND: readonly (SlotChange['kind'] | undefined)[] = [
  undefined,
  'name',
  'number',
  'link',
  'mention',
  undefined,
  'greeting',
];

let table = new Uint16Array(0);

/** Words both notes share in the same order, as [i, j] index pairs (longest common subsequence). */
function commonWords(a: Int32Array, n: number, b: Int32Array, m: number): Int32Array {
  const w = m + 1;
  if (table.length < (n + 1) * w) table = new Uint16Array((n + 1) * w);
  const L = table;
  // Suffix lengths, so the walk below goes forward from (0, 0).
  for (let j = 0; j <= m; j++) L[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    L[row + m] = 0;
    const ai = a[i];
    for (let j = m - 1; j >= 0; j--) {
      if (ai === b[j]) L[row + j] = (L[next + j + 1] as number) + 1;
      else {
        const down = L[next + j] as number;
        const right = L[row + j + 1] as number;
        L[row + j] = down >= right ? down : right;
      }
    }
  }
  const pairs = new Int32Array(2 * (L[0] as number));
  let k = 0;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs[k++] = i++;
      pairs[k++] = j++;
    } else if ((L[(i + 1) * w + j] as number) >= (L[i * w + j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

const sameText = (x: SlotWords, i: number, y: SlotWords, j: number) =>
  x.text.slice(x.starts[i], x.ends[i]).toLowerCase() === y.text.slice(y.starts[j], y.ends[j]).toLowerCase();

/**
 * Words two notes have in common, counted with repeats (from their sorted ids): no alignment can
 * share more, so a frame of MIN_FRAME_SHARE is ruled out without aligning when this is below it.
 */
function sharedWords(a: SlotWords, b: SlotWords): number {
  const x = a.sorted;
  const y = b.sorted;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      both++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return both;
}

/** Whether the two could be templated at all: a cheap upper bound on the frame they can share. */
export function mayShareFrame(a: SlotWords, b: SlotWords): boolean {
  const n = Math.min(a.ids.length, ALIGN_WORDS);
  const m = Math.min(b.ids.length, ALIGN_WORDS);
  const longer = Math.max(n, m);
  if (Math.min(n, m) < MIN_FRAME_SHARE * longer) return false;
  return sharedWords(a, b) >= Math.max(MIN_FRAME_WORDS, MIN_FRAME_SHARE * longer);
}

const fits = (x: number, y: number) => x <= SLOT_MAX_WORDS && y <= SLOT_MAX_WORDS;
const onlySpace = (text: string, from: number, to: number) => /^\s*$/.test(text.slice(from, to));

/** Aligns `a` (the draft) with `b` (an earlier note). */
export function compareFrames(a: SlotWords, b: SlotWords): FrameMatch {
  const n = Math.min(a.ids.length, ALIGN_WORDS);
  const m = Math.min(b.ids.length, ALIGN_WORDS);
  if (n === 0 || m === 0) return { frameShare: 0, coverage: 0, slots: [], edits: 0, templated: false };
  const pairs = commonWords(a.ids, n, b.ids, m);
  const changes: SlotChange[] = [];
  let frame = 0;
  let longest = 0;
  let slotA = 0;
  let slotB = 0;
  let edits = 0;
  // The end of the last run of 2+ words, and the single matching words since ([i, j]…).
  let pa = 0;
  let pb = 0;
  let weak: number[] = [];
  const span = (w: SlotWords, s: number, e: number): Span => ({
    start: w.starts[s] as number,
    end: w.ends[e - 1] as number,
  });
  /** The difference from the last run to (ia, ib): a slot, other words, or words only one note has. */
  const closeGap = (ia: number, ib: number) => {
    const ga = ia - pa;
    const gb = ib - pb;
    if (ga === 0 || gb === 0) {
      if (ga + gb > 0) edits++;
      weak = [];
      return;
    }
    // The single matching words cut it into segments: "KubeCon | on | platform teams".
    const segs: number[] = [];
    let sa = pa;
    let sb = pb;
    for (let w = 0; w < weak.length; w += 2) {
      segs.push(sa, sb, weak[w] as number, weak[w + 1] as number);
      sa = (weak[w] as number) + 1;
      sb = (weak[w + 1] as number) + 1;
    }
    segs.push(sa, sb, ia, ib);
    let twoSided = true;
    let eachFits = true;
    for (let s = 0; s < segs.length; s += 4) {
      const x = (segs[s + 2] as number) - (segs[s] as number);
      const y = (segs[s + 3] as number) - (segs[s + 1] as number);
      if (x < 1 || y < 1) twoSided = false;
      if (!fits(x, y)) eachFits = false;
    }
    // A short difference is a slot; so are short ones around one or two shared words ("{event} on
    // {topic}", "{event} sobre {topic} de {field}").
    const slot = fits(ga, gb) || (weak.length <= 2 * MAX_SHARED_INSIDE && twoSided && eachFits);
    if (slot) {
      slotA += ga;
      slotB += gb;
    }
    if (twoSided && segs.length > 4)
      for (let s = 0; s < segs.length; s += 4)
        changes.push({
          kind: 'words',
          slot,
          a: span(a, segs[s] as number, segs[s + 2] as number),
          b: span(b, segs[s + 1] as number, segs[s + 3] as number),
        });
    else changes.push({ kind: 'words', slot, a: span(a, pa, ia), b: span(b, pb, ib) });
    weak = [];
  };
  for (let p = 0; p < pairs.length; ) {
    const i = pairs[p] as number;
    const j = pairs[p + 1] as number;
    let len = 1;
    while (p + 2 * len < pairs.length && pairs[p + 2 * len] === i + len && pairs[p + 2 * len + 1] === j + len)
      len++;
    p += 2 * len;
    // A single matching word ("the", "on") is not a frame.
    if (len < 2) {
      weak.push(i, j);
      continue;
    }
    closeGap(i, j);
    frame += len;
    if (len > longest) longest = len;
    // Matching slot words (two names, two numbers) written differently are changed slots too.
    for (let k = 0; k < len; k++)
      if ((a.ids[i + k] as number) < 0 && !sameText(a, i + k, b, j + k))
        changes.push({
          kind: KIND[-(a.ids[i + k] as number)] ?? 'words',
          slot: true,
          a: span(a, i + k, i + k + 1),
          b: span(b, j + k, j + k + 1),
        });
    pa = i + len;
    pb = j + len;
  }
  closeGap(n, m);
  const frameShare = frame / Math.max(n, m);
  const coverage = Math.min((frame + slotA) / n, (frame + slotB) / m);
  return {
    frameShare,
    coverage,
    slots: mergeNeighbours(a.text, b.text, changes),
    edits,
    templated:
      frameShare >= MIN_FRAME_SHARE &&
      coverage >= MIN_COVERAGE &&
      longest >= MIN_LONGEST_RUN &&
      frame >= MIN_FRAME_WORDS,
  };
}

/** "5" + "April" where it said "3" + "March" reads as one change: neighbours with only a space between. */
function mergeNeighbours(aText: string, bText: string, changes: SlotChange[]): SlotChange[] {
  const out: SlotChange[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind !== 'name' &&
      c.kind !== 'name' &&
      last.kind !== 'greeting' &&
      c.kind !== 'greeting' &&
      onlySpace(aText, last.a.end, c.a.start) &&
      onlySpace(bText, last.b.end, c.b.start)
    ) {
      out[out.length - 1] = {
        kind: last.kind === c.kind ? c.kind : 'words',
        slot: last.slot && c.slot,
        a: { start: last.a.start, end: c.a.end },
        b: { start: last.b.start, end: c.b.end },
      };
    } else out.push(c);
  }
  return out;
}
