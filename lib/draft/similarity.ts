/**
 * Template similarity: exact Jaccard on FNV-1a hashed word 3-shingles (research/text-analysis.md §3:
 * about 0.6 µs per stored note, exact, no library). Stored notes are prepared once into sorted
 * Uint32Arrays so a keystroke only shingles the draft and merges sorted arrays.
 */
import { tokenize } from './text';
import type { PreparedHistory } from './types';

/** Only the first part of a long draft is compared: that is where templates show. */
export const SHINGLE_CAP = 2000;
/** Below this many words every short note looks alike. */
export const MIN_SIMILARITY_WORDS = 8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sorted, de-duplicated hashes of the word 3-shingles of the text (capped). */
export function shingleSet(text: string): Uint32Array {
  const words = tokenize(text.length > SHINGLE_CAP ? text.slice(0, SHINGLE_CAP) : text).map((t) => t.lower);
  if (words.length < 3) return new Uint32Array(0);
  const hashes = new Uint32Array(words.length - 2);
  for (let i = 0; i + 2 < words.length; i++) hashes[i] = fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i] as number;
  return hashes.slice(0, n);
}

/** |A ∩ B| / |A ∪ B| of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

export function prepareHistory(notes: readonly string[]): PreparedHistory {
  const sets: Uint32Array[] = [];
  for (const note of notes) {
    const set = shingleSet(note);
    if (set.length > 0) sets.push(set);
  }
  return { kind: 'prepared-history', sets };
}

// Callers that pass the same string array on every keystroke prepare it only once.
const prepared = new WeakMap<readonly string[], PreparedHistory>();

export function toPrepared(history: PreparedHistory | readonly string[]): PreparedHistory {
  if (!Array.isArray(history)) return history as PreparedHistory;
  const notes = history as readonly string[];
  let p = prepared.get(notes);
  if (!p) {
    p = prepareHistory(notes);
    prepared.set(notes, p);
  }
  return p;
}

export interface BestMatch {
  similarity: number;
  index: number;
}

/** The most similar stored note, skipping any whose size alone rules out reaching minSimilarity. */
export function mostSimilar(
  draft: Uint32Array,
  history: PreparedHistory,
  minSimilarity = 0,
): BestMatch | null {
  let best: BestMatch | null = null;
  const n = draft.length;
  if (n === 0) return null;
  history.sets.forEach((set, index) => {
    const m = set.length;
    // Jaccard ≤ min/max of the sizes.
    const bound = Math.min(n, m) / Math.max(n, m);
    const floor = Math.max(minSimilarity, best?.similarity ?? 0);
    if (bound < floor || (best && bound <= best.similarity)) return;
    const similarity = jaccard(draft, set);
    if (similarity >= floor && (!best || similarity > best.similarity)) best = { similarity, index };
  });
  return best;
}
