/**
 * Template similarity that sees through slots. Every stored note is prepared once into
 * slot words (slots.ts) and its shingles go into an inverted index; a keystroke then
 *   1. counts, through the index, the shingles the draft shares with each stored note (only notes
 *      sharing one are touched: tens of microseconds for 1,000 notes),
 *   2. aligns the draft with the few most similar notes (frame.ts: a few microseconds each),
 *   3. keeps the best one that is the draft with its blanks filled differently.
 * The same index clusters sent notes into templates (lib/insight/templates.ts).
 */
import { compareFrames, type FrameMatch, MIN_FRAME_SHARE, mayShareFrame } from './frame';
import { type SlotWords, slotWordsOf } from './template-slots';
import type { HistoryNote, PreparedHistory } from './types';

/** Below this many words every short note looks alike. */
export const MIN_SIMILARITY_WORDS = 8;
/** Notes aligned per look-up: the most similar by shingles. */
const CANDIDATES = 8;
/** Shingle Jaccard below this and no alignment is tried (a filled template keeps far more). */
const PREFILTER_MIN = 0.15;

export interface IndexMatch {
  /** The matching note's position in the index. */
  index: number;
  match: FrameMatch;
}

/** Slot words of many notes, with an inverted index from shingle to the notes holding it. */
export class FrameIndex {
  readonly #words: SlotWords[] = [];
  readonly #postings = new Map<number, number[]>();
  #counts = new Uint16Array(0);
  #touched = new Int32Array(0);

  get size(): number {
    return this.#words.length;
  }

  words(index: number): SlotWords {
    return this.#words[index] as SlotWords;
  }

  /** Adds a note; returns its position. */
  add(words: SlotWords): number {
    const index = this.#words.length;
    this.#words.push(words);
    for (const h of words.shingles) {
      const list = this.#postings.get(h);
      if (list) list.push(index);
      else this.#postings.set(h, [index]);
    }
    return index;
  }

  /**
   * The indexed note that `words` is a filled-in template of (or the other way round), best first by
   * how much of both notes the frame and its slots explain; null when none is. With `first`, the
   * first match in order of shingle similarity (clustering, where any match will do).
   */
  best(words: SlotWords, options: { first?: boolean } = {}): IndexMatch | null {
    const shingles = words.shingles;
    if (shingles.length === 0 || this.#words.length === 0) return null;
    if (this.#counts.length < this.#words.length) {
      this.#counts = new Uint16Array(this.#words.length * 2);
      this.#touched = new Int32Array(this.#words.length * 2);
    }
    const counts = this.#counts;
    const touched = this.#touched;
    let nTouched = 0;
    for (const h of shingles) {
      const list = this.#postings.get(h);
      if (!list) continue;
      for (const i of list) {
        const c = counts[i] as number;
        if (c === 0) touched[nTouched++] = i;
        counts[i] = c + 1;
      }
    }
    // The few most similar by shingle Jaccard, whose sizes leave room for a frame.
    const best: number[] = [];
    const score: number[] = [];
    const n = words.ids.length;
    for (let t = 0; t < nTouched; t++) {
      const i = touched[t] as number;
      const c = counts[i] as number;
      counts[i] = 0;
      const other = this.#words[i] as SlotWords;
      const j = c / (shingles.length + other.shingles.length - c);
      if (j < PREFILTER_MIN) continue;
      const m = other.ids.length;
      if (Math.min(n, m) < MIN_FRAME_SHARE * Math.max(n, m)) continue;
      // Insertion into a short sorted list, highest first; ties keep the earlier (newer) note.
      let k = best.length;
      if (k === CANDIDATES && j <= (score[k - 1] as number)) continue;
      while (k > 0 && j > (score[k - 1] as number)) k--;
      best.splice(k, 0, i);
      score.splice(k, 0, j);
      if (best.length > CANDIDATES) {
        best.pop();
        score.pop();
      }
    }
    let found: IndexMatch | null = null;
    for (const i of best) {
      const other = this.#words[i] as SlotWords;
      if (!mayShareFrame(words, other)) continue;
      const match = compareFrames(words, other);
      if (!match.templated) continue;
      if (options.first) return { index: i, match };
      if (
        !found ||
        match.coverage > found.match.coverage ||
        (match.coverage === found.match.coverage && match.frameShare > found.match.frameShare)
      )
        found = { index: i, match };
    }
    return found;
  }
}

const asNote = (n: string | HistoryNote): HistoryNote => (typeof n === 'string' ? { text: n } : n);

// The slot words of the last history prepared: a list that changed by one sent note (the background
// rewrites it after every request) is prepared again without reading the other 999 notes again.
let lastWords = new Map<string, SlotWords>();

/** The user's earlier notes, newest first, prepared for the template check. */
export function prepareHistory(notes: readonly (string | HistoryNote)[]): PreparedHistory {
  const index = new FrameIndex();
  const kept: HistoryNote[] = [];
  const seen = new Map<string, SlotWords>();
  for (const raw of notes) {
    const note = asNote(raw);
    const key = `${note.name ?? ''}\u0001${note.text}`;
    let words = seen.get(key) ?? lastWords.get(key);
    if (!words) words = slotWordsOf(note.text, note.name);
    seen.set(key, words);
    if (words.shingles.length === 0) continue;
    index.add(words);
    kept.push(note);
  }
  lastWords = seen;
  return { kind: 'prepared-history', notes: kept, index };
}

// Callers that pass the same array on every keystroke prepare it only once.
const prepared = new WeakMap<readonly (string | HistoryNote)[], PreparedHistory>();

export function toPrepared(history: PreparedHistory | readonly (string | HistoryNote)[]): PreparedHistory {
  if (!Array.isArray(history)) return history as PreparedHistory;
  const notes = history as readonly (string | HistoryNote)[];
  let p = prepared.get(notes);
  if (!p) {
    p = prepareHistory(notes);
    prepared.set(notes, p);
  }
  return p;
}

export interface TemplateMatch {
  /** The earlier note the draft fills in again. */
  note: HistoryNote;
  match: FrameMatch;
}

/** The earlier note the draft is a filled-in copy of, or null. */
export function findTemplate(draft: SlotWords, history: PreparedHistory): TemplateMatch | null {
  const best = history.index.best(draft);
  return best ? { note: history.notes[best.index] as HistoryNote, match: best.match } : null;
}
