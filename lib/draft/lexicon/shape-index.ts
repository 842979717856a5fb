/**
 * Which shapes can start at a word, and every match of every shape in one pass over a text's words
 * (only the shapes that can start at a word are tried there; typing re-reads only the changed end).
 */
import { A, type Atom, type Elem, Kind, matchAt, type Shape, type WordClass } from './shape';
import { BRK, CAP, NUM, SLOT, type Words } from './words';

export interface Indexed<K> {
  key: K;
  shape: Shape;
  /** Word index of the last attempt, shared by a shape's places (skips a second try at one word). */
  stamp: { seen: number };
  /**
   * The words the next word must be once this place took the first word ("i" opens dozens of
   * shapes; most attempts end at this Set lookup), or null when it cannot be told.
   */
  second: ReadonlySet<string> | null;
}

const ZERO_WIDTH = (el: Elem) =>
  el.k === Kind.Not ||
  el.k === Kind.NotBefore ||
  el.k === Kind.Start ||
  el.k === Kind.Question ||
  el.k === Kind.More;

/** The words an element can take one at a time, or null when it can take others (starts, ends, runs…). */
function plainWords(el: Elem): Set<string> | null {
  const out = new Set<string>();
  for (const a of el.atoms) {
    if (a.a === A.Word) out.add(a.v);
    else if (a.a === A.Class) {
      const c = a.cls as WordClass;
      if (c.pre.length > 0 || c.suf.length > 0 || c.runs.length > 0) return null;
      for (const w of c.words) out.add(w);
    } else return null;
  }
  return out;
}

/** After element k took one word: the words the next can be (through optional elements), or null. */
function nextWords(elems: readonly Elem[], k: number): Set<string> | null {
  const first = elems[k] as Elem;
  // A class with runs may take several words: the next word is not the one after the first.
  if (first.atoms.some((a) => a.a === A.Class && (a.cls as WordClass).runs.length > 0)) return null;
  const out = new Set<string>();
  for (let j = k + 1; j < elems.length; j++) {
    const el = elems[j] as Elem;
    if (ZERO_WIDTH(el)) continue;
    if (el.k === Kind.Gap) return null;
    const words = plainWords(el);
    if (words === null) return null;
    for (const w of words) out.add(w);
    if (!el.opt) return out;
  }
  return null; // the shape may end here: any next word will do
}

export interface ShapeIndex<K> {
  byWord: Map<string, Indexed<K>[]>;
  /** Shapes starting with a number, a word start, a word end, a capital or any word. */
  byNumber: Indexed<K>[];
  byCap: Indexed<K>[];
  byPrefix: Map<string, Indexed<K>[]>;
  bySuffix: Map<string, Indexed<K>[]>;
  always: Indexed<K>[];
  /** The most words any shape takes or looks at: how far back a change can reach. */
  span: number;
  /** The last text's words and matches, for the next keystroke. */
  last: { T: Words; out: ShapeMatch<K>[] } | null;
}

/** The most words a shape can take (a gap up to its length, a run its words), plus one it may look at. */
function spanOf(shape: Shape): number {
  let n = 1;
  for (const el of shape.elems) {
    if (el.k === Kind.Gap) n += el.n;
    else if (el.k === Kind.NotBefore) n += el.n;
    else if (el.k === Kind.Atoms) {
      let most = 1;
      for (const a of el.atoms)
        if (a.a === A.Class) for (const r of (a.cls as WordClass).runs) most = Math.max(most, r.length);
      n += most;
    }
  }
  return n;
}

const add = <K>(m: Map<string, Indexed<K>[]>, key: string, e: Indexed<K>) => {
  const list = m.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else m.set(key, [e]);
};

/** Keys of a word start or end: its first (last) three letters; shorter ones always run. */
const KEY = 3;

function place<K>(ix: ShapeIndex<K>, a: Atom, e: Indexed<K>): void {
  switch (a.a) {
    case A.Word:
      add(ix.byWord, a.v, e);
      break;
    case A.Class: {
      const c = a.cls as WordClass;
      for (const w of c.words) add(ix.byWord, w, e);
      for (const r of c.runs) add(ix.byWord, r[0] as string, e);
      for (const p of c.pre)
        if (p.length >= KEY) add(ix.byPrefix, p.slice(0, KEY), e);
        else ix.always.push(e);
      for (const p of c.suf)
        if (p.length >= KEY) add(ix.bySuffix, p.slice(-KEY), e);
        else ix.always.push(e);
      break;
    }
    case A.Pre:
      if (a.v.length >= KEY) add(ix.byPrefix, a.v.slice(0, KEY), e);
      else ix.always.push(e);
      break;
    case A.Suf:
      if (a.v.length >= KEY) add(ix.bySuffix, a.v.slice(-KEY), e);
      else ix.always.push(e);
      break;
    case A.Num:
      ix.byNumber.push(e);
      break;
    case A.Cap:
      ix.byCap.push(e);
      break;
    default:
      ix.always.push(e);
  }
}

export function indexShapes<K>(shapes: readonly { key: K; shape: Shape }[]): ShapeIndex<K> {
  const ix: ShapeIndex<K> = {
    byWord: new Map(),
    byNumber: [],
    byCap: [],
    byPrefix: new Map(),
    bySuffix: new Map(),
    always: [],
    span: 1,
    last: null,
  };
  for (const { key, shape } of shapes) {
    const stamp = { seen: -1 };
    const elems = shape.elems;
    ix.span = Math.max(ix.span, spanOf(shape));
    // Every element that can take the shape's first word (through optional ones) is a place.
    for (let k = 0; k < elems.length; k++) {
      const el = elems[k] as Elem;
      if (ZERO_WIDTH(el)) continue;
      if (el.k === Kind.Gap) throw new Error(`a shape cannot open with a gap: ${shape.src}`);
      const e: Indexed<K> = { key, shape, stamp, second: nextWords(elems, k) };
      for (const a of el.atoms) place(ix, a, e);
      if (!el.opt) break;
    }
  }
  for (const list of [ix.byNumber, ix.byCap, ix.always]) {
    const uniq = [...new Set(list)];
    list.length = 0;
    list.push(...uniq);
  }
  return ix;
}

export interface ShapeMatch<K> {
  key: K;
  /** Word indexes, end exclusive. */
  from: number;
  to: number;
  /** Offsets in the text. */
  start: number;
  end: number;
}

let epoch = 0;

/** The first word where two texts' words differ (their words, offsets or flags). */
function firstChange(a: Words, b: Words): number {
  const n = Math.min(a.n, b.n);
  for (let i = 0; i < n; i++)
    if (a.s[i] !== b.s[i] || a.e[i] !== b.e[i] || a.f[i] !== b.f[i] || a.w[i] !== b.w[i]) return i;
  return n;
}

/**
 * Every match of every shape, in text order of their first word. One pass: at each word only the
 * shapes that can start there are tried. Typing changes the end of a text: matches that end well
 * before the first changed word are kept from the last call, and only the rest is searched again.
 */
export function matchAll<K>(ix: ShapeIndex<K>, T: Words): ShapeMatch<K>[] {
  const out: ShapeMatch<K>[] = [];
  let from = 0;
  if (ix.last) {
    const changed = firstChange(ix.last.T, T);
    from = Math.max(0, changed - ix.span);
    for (const m of ix.last.out) if (m.from < from) out.push(m);
  }
  // Stamps unique across calls: no reset of every shape after each text.
  const base = epoch;
  epoch += T.n + 1;
  const tryList = (list: Indexed<K>[] | undefined, i: number) => {
    if (!list) return;
    const next = i + 1 < T.n && !((T.f[i + 1] as number) & BRK) ? (T.w[i + 1] as string) : '';
    for (const e of list) {
      if (e.second !== null && !e.second.has(next)) continue;
      if (e.stamp.seen === base + i) continue;
      e.stamp.seen = base + i;
      const end = matchAt(e.shape, T, i);
      if (end > i)
        out.push({ key: e.key, from: i, to: end, start: T.s[i] as number, end: T.e[end - 1] as number });
    }
  };
  for (let i = from; i < T.n; i++) {
    const word = T.w[i] as string;
    tryList(ix.byWord.get(word), i);
    const f = T.f[i] as number;
    if (f & NUM) tryList(ix.byNumber, i);
    if (f & (CAP | SLOT)) tryList(ix.byCap, i);
    if (word.length >= KEY) {
      if (ix.byPrefix.size > 0) tryList(ix.byPrefix.get(word.slice(0, KEY)), i);
      if (ix.bySuffix.size > 0) tryList(ix.bySuffix.get(word.slice(-KEY)), i);
    }
    tryList(ix.always, i);
  }
  ix.last = { T, out };
  return out;
}
