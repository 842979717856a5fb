/**
 * Shapes: the lexicons' patterns, written over WORDS and small per-language word classes instead of
 * characters, and matched in one pass over the text's words with Set lookups.
 *
 * A shape is a space-separated sequence of elements:
 *   word        the folded word ("help"); `pre~` a word starting with pre, `~suf` one ending with suf
 *   @name       any entry of a word class (lexicon `classes`); entries are words, `pre~`, `~suf` or
 *               several words joined by `_` ("free_trial")
 *   #           a number; `#4-59` one in that range; `#%` a percentage; `#+%` a signed one ("+15%");
 *               `#$` an amount with a currency sign; `#:` a clock time ("14:30"); `#>` a number
 *               followed by an arrow ("1 → 9")
 *   @CAP        a capitalised word inside a sentence (a name, a company) or a template slot;
 *               @POSS one with a possessive 's ("Acme's"); @SLOT a word of a template slot only
 *   _           any one word
 *   a|b|@c      any of these; a trailing `?` makes the element optional
 *   *3          up to three words of anything (fewest first)
 *   !a|b        the next word is not one of these (takes no word)
 *   -a|b        the word before the match is not one of these; `-3:a|b` none of the three before
 *   =?          the last word taken is followed by a question mark; `>` a word follows in the sentence
 *   ^           the next word starts a sentence
 * A shape never runs across the end of a sentence. Numbers keep their separators ("1.500", "2,5");
 * a number glued to letters is two words ("15min" → 15 min, "2pm" → 2 pm); French and Italian
 * elisions are two words ("j'accompagne" → j' accompagne).
 */

/** The words of a text as the shapes read them. */
export interface Words {
  n: number;
  /** Folded word. */
  w: string[];
  /** UTF-16 offsets in the text, end exclusive. */
  s: number[];
  e: number[];
  /** Flags, see below. */
  f: number[];
}

export const BRK = 1; // a sentence starts at this word
const NUM = 2; // starts with a digit
const PCT = 4; // followed by %
const CUR = 8; // a currency sign next to it
const SIGN = 16; // preceded by + or −
const QM = 32; // followed by ?
const CAP = 64; // capitalised, inside a sentence
const SLOT = 128; // inside a template slot
const ARROW = 256; // followed by an arrow
const CLOCK = 512; // a clock time

const ELISION = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `tokens`: the text's tokens (lib/draft/text.ts); `lower` and `folded` the lower-cased and folded
 * text (same length as text).
 * `slots`: template-slot spans. Linear in the text's length.
 */
export function readWords(
  text: string,
  lower: string,
  folded: string,
  tokens: readonly { start: number; end: number }[],
  slots: readonly { start: number; end: number }[],
  /** Each token's folded word, when the caller has them (the same strings: hashed once). */
  tokenWords?: readonly string[],
): Words {
  const w: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const push = (a: number, b: number) => {
    w.push(folded.slice(a, b));
    s.push(a);
    e.push(b);
  };
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti] as { start: number; end: number };
    const c0 = folded.charCodeAt(t.start);
    if (isDigit(c0)) {
      // "15min", "2pm", "14h30", "3x": runs of digits and of letters.
      let a = t.start;
      for (let i = t.start + 1; i <= t.end; i++) {
        if (i === t.end || isDigit(folded.charCodeAt(i)) !== isDigit(folded.charCodeAt(i - 1))) {
          // "1.500", "2,5", "14:30": glue a number to the one before across one separator.
          const prev = w.length - 1;
          const sep = folded.charCodeAt(a - 1);
          if (
            isDigit(folded.charCodeAt(a)) &&
            prev >= 0 &&
            e[prev] === a - 1 &&
            (sep === 46 || sep === 44 || sep === 58) &&
            isDigit(folded.charCodeAt(a - 2))
          ) {
            e[prev] = i;
            w[prev] = folded.slice(s[prev] as number, i);
          } else push(a, i);
          a = i;
        }
      }
      continue;
    }
    // An elision's apostrophe is the second or third character ("j'", "qu'", "jusqu'" the sixth).
    let q = -1;
    for (let k = t.start + 1; k < t.end - 1 && k <= t.start + 6; k++)
      if (folded.charCodeAt(k) === 39) {
        q = k;
        break;
      }
    if (q > 0 && ELISION.has(folded.slice(t.start, q))) {
      push(t.start, q + 1);
      push(q + 1, t.end);
      continue;
    }
    w.push(tokenWords ? (tokenWords[ti] as string) : folded.slice(t.start, t.end));
    s.push(t.start);
    e.push(t.end);
  }
  const n = w.length;
  const f = new Array<number>(n).fill(0);
  let slot = 0;
  for (let i = 0; i < n; i++) {
    const a = s[i] as number;
    const b = e[i] as number;
    let flags = 0;
    // What lies between the previous word and this one.
    const from = i === 0 ? 0 : (e[i - 1] as number);
    if (i === 0 || breaksBetween(text, from, a)) flags |= BRK;
    const word = w[i] as string;
    if (isDigit(word.charCodeAt(0))) {
      flags |= NUM;
      if (word.includes(':')) flags |= CLOCK;
      const after = nextChar(text, b);
      if (after === 37) flags |= PCT; // %
      if (after === 0x20ac || after === 0xa3 || after === 36) flags |= CUR;
      if (
        after === 0x2192 ||
        ((after === 45 || after === 61) && text.charCodeAt(skipSpace(text, b) + 1) === 62)
      )
        flags |= ARROW;
      const before = prevChar(text, a);
      if (before === 36 || before === 0x20ac || before === 0xa3) flags |= CUR;
      if (before === 43 || before === 0x2212 || ((before === 45 || before === 0x2013) && a - from > 1))
        flags |= SIGN;
      if (text.charCodeAt(b) === 0x20ac) flags |= CUR;
      // A quote of a figure keeps its signs: "40%", "$49".
      if (flags & PCT) e[i] = text.indexOf('%', b) + 1;
      if (before === 36 || before === 0x20ac || before === 0xa3 || flags & SIGN)
        s[i] = text.lastIndexOf(String.fromCharCode(before), a);
    } else if (
      !(flags & BRK) &&
      text.charCodeAt(a) !== lower.charCodeAt(a) &&
      word !== 'i' &&
      !word.startsWith("i'")
    )
      flags |= CAP;
    if (nextChar(text, b) === 63) flags |= QM;
    while (slot < slots.length && (slots[slot] as { end: number }).end <= a) slot++;
    const sl = slots[slot];
    if (sl && sl.start <= a && b <= sl.end) flags |= SLOT;
    f[i] = flags;
  }
  return { n, w, s, e, f };
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return j;
}

function nextChar(text: string, i: number): number {
  return text.charCodeAt(skipSpace(text, i));
}

function prevChar(text: string, i: number): number {
  let j = i - 1;
  if (text.charCodeAt(j) === 32) j--;
  return j >= 0 ? text.charCodeAt(j) : -1;
}

/**
 * A sentence ends between two words: . ! ? … followed by a space, a blank line, or a line break
 * before a capital (a hard-wrapped line that goes on in lower case is the same sentence).
 */
function breaksBetween(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 33 || c === 63 || c === 0x2026 || c === 0x3002) return true;
    else if (c === 46 && i + 1 < to && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10))
      return true;
  }
  if (lines === 0) return false;
  if (lines > 1) return true;
  const next = text.charAt(to);
  return next === next.toUpperCase();
}

// ---- Compiling -------------------------------------------------------------------------------------

/** A word class: whole words, word starts, word ends and runs of words. */
export interface WordClass {
  words: Set<string>;
  pre: string[];
  suf: string[];
  runs: string[][];
}

enum Kind {
  Atoms = 0,
  Gap = 1,
  Not = 2,
  NotBefore = 3,
  Question = 4,
  Start = 5,
  More = 6,
}

enum A {
  Word = 0,
  Pre = 1,
  Suf = 2,
  Class = 3,
  Num = 4,
  Cap = 5,
  Any = 6,
}

interface Atom {
  a: A;
  v: string;
  cls?: WordClass;
  /** Number flags required (PCT, CUR…) or a range. */
  flags?: number;
  lo?: number;
  hi?: number;
}

interface Elem {
  k: Kind;
  atoms: Atom[];
  opt: boolean;
  n: number;
}

export interface Shape {
  elems: Elem[];
  /** The source, for tests and errors. */
  src: string;
}

export type Classes = ReadonlyMap<string, WordClass>;

const EMPTY_CLASS: WordClass = { words: new Set(), pre: [], suf: [], runs: [] };

export function makeClass(entries: Iterable<string>): WordClass {
  const c: WordClass = { words: new Set(), pre: [], suf: [], runs: [] };
  for (const x of entries) {
    if (!x) continue;
    if (x.includes('_')) c.runs.push(x.split('_'));
    else if (x.endsWith('~')) c.pre.push(x.slice(0, -1));
    else if (x.startsWith('~')) c.suf.push(x.slice(1));
    else c.words.add(x);
  }
  return c;
}

function atom(src: string, classes: Classes): Atom {
  if (src === '_') return { a: A.Any, v: src };
  if (src === '@CAP' || src === '@POSS' || src === '@SLOT') return { a: A.Cap, v: src };
  if (src.startsWith('@')) return { a: A.Class, v: src, cls: classes.get(src.slice(1)) ?? EMPTY_CLASS };
  if (src.startsWith('#')) {
    const m = /^#([%+$:>]*)(?:(\d+)-(\d+))?$/.exec(src);
    const flags = m
      ? { '': 0, '%': PCT, '+%': PCT | SIGN, $: CUR, ':': CLOCK, '>': ARROW }[m[1] as string]
      : undefined;
    if (!m || flags === undefined) throw new Error(`bad number atom ${src}`);
    return m[2]
      ? { a: A.Num, v: src, flags, lo: Number(m[2]), hi: Number(m[3]) }
      : { a: A.Num, v: src, flags };
  }
  if (src.endsWith('~')) return { a: A.Pre, v: src.slice(0, -1) };
  if (src.startsWith('~')) return { a: A.Suf, v: src.slice(1) };
  return { a: A.Word, v: src };
}

export function compileShape(src: string, classes: Classes): Shape {
  const elems: Elem[] = [];
  for (const part of src.trim().split(/\s+/)) {
    if (part === '^') elems.push({ k: Kind.Start, atoms: [], opt: false, n: 0 });
    else if (part === '>') elems.push({ k: Kind.More, atoms: [], opt: false, n: 0 });
    else if (part === '=?') elems.push({ k: Kind.Question, atoms: [], opt: false, n: 0 });
    else if (/^\*\d+$/.test(part))
      elems.push({ k: Kind.Gap, atoms: [], opt: false, n: Number(part.slice(1)) });
    else if (part.startsWith('!'))
      elems.push({
        k: Kind.Not,
        atoms: part
          .slice(1)
          .split('|')
          .map((x) => atom(x, classes)),
        opt: false,
        n: 0,
      });
    else if (part.startsWith('-') && part.length > 1) {
      const m = /^-(?:(\d+):)?(.+)$/.exec(part) as RegExpExecArray;
      const atoms = (m[2] as string).split('|').map((x) => atom(x, classes));
      elems.push({ k: Kind.NotBefore, atoms, opt: false, n: m[1] ? Number(m[1]) : 1 });
    } else {
      const opt = part.endsWith('?') && part !== '?';
      const body = opt ? part.slice(0, -1) : part;
      elems.push({ k: Kind.Atoms, atoms: body.split('|').map((x) => atom(x, classes)), opt, n: 0 });
    }
  }
  return { elems, src };
}

// ---- Matching --------------------------------------------------------------------------------------

function inClass(c: WordClass, word: string): boolean {
  if (c.words.has(word)) return true;
  for (const p of c.pre) if (word.startsWith(p)) return true;
  for (const p of c.suf) if (word.endsWith(p)) return true;
  return false;
}

/** "1.500" and "1,500" are 1500, "2,5" is 2.5, "1.650,00" is 1650. */
export function numValue(word: string): number {
  // A clock time reads as its hour: "14:30" is 14.
  const colon = word.indexOf(':');
  if (colon > 0) return Number(word.slice(0, colon));
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?$/.exec(word);
  if (grouped) {
    const sep = grouped[1] as string;
    const rest = word.split(sep).join('');
    return Number(rest.replace(',', '.'));
  }
  return Number(word.replace(',', '.'));
}

/** One word matches the atom (runs of words are tried by the caller). */
function atomHas(x: Atom, T: Words, i: number): boolean {
  const word = T.w[i] as string;
  // The words of a template slot ("{{similar_company}}") are not the writer's: only @CAP and _ read them.
  if (x.a < A.Num && (T.f[i] as number) & SLOT) return false;
  switch (x.a) {
    case A.Word:
      return word === x.v;
    case A.Pre:
      return word.startsWith(x.v);
    case A.Suf:
      return word.endsWith(x.v);
    case A.Class:
      return inClass(x.cls as WordClass, word);
    case A.Num: {
      const f = T.f[i] as number;
      if (!(f & NUM) || (f & (x.flags as number)) !== x.flags) return false;
      if (x.lo === undefined) return true;
      const v = numValue(word);
      return v >= x.lo && v <= (x.hi as number);
    }
    case A.Cap:
      if (x.v === '@SLOT') return ((T.f[i] as number) & SLOT) !== 0;
      return ((T.f[i] as number) & (CAP | SLOT)) !== 0 && (x.v === '@CAP' || word.endsWith("'s"));
    default:
      return true;
  }
}

/** A run of words of a class entry, starting at word i; returns the index after it or -1. */
function runAt(run: readonly string[], T: Words, i: number): number {
  if (i + run.length > T.n) return -1;
  for (let k = 0; k < run.length; k++) {
    if (T.w[i + k] !== run[k] || (T.f[i + k] as number) & SLOT) return -1;
    if (k > 0 && (T.f[i + k] as number) & BRK) return -1;
  }
  return i + run.length;
}

function anyAtom(atoms: readonly Atom[], T: Words, i: number): boolean {
  for (const x of atoms) if (atomHas(x, T, i)) return true;
  return false;
}

function anyRun(atoms: readonly Atom[], T: Words, i: number): boolean {
  for (const x of atoms)
    if (x.a === A.Class) for (const run of (x.cls as WordClass).runs) if (runAt(run, T, i) > 0) return true;
  return false;
}

/** The index after the match of elements k… from word i, or -1. `started`: a word was taken. */
function matchFrom(el: readonly Elem[], k: number, T: Words, i: number, started: boolean): number {
  if (k === el.length) return i;
  const x = el[k] as Elem;
  // A word after the first must be in the same sentence.
  const open = i < T.n && !(started && (T.f[i] as number) & BRK);
  switch (x.k) {
    case Kind.Gap: {
      // A gap never opens a shape (indexShapes refuses it), so a word was taken before it.
      for (let g = 0; ; g++) {
        const r = matchFrom(el, k + 1, T, i + g, true);
        if (r >= 0) return r;
        const skip = i + g;
        if (g === x.n || skip >= T.n || (T.f[skip] as number) & BRK) return -1;
      }
    }
    case Kind.Not:
      if (open && (anyAtom(x.atoms, T, i) || anyRun(x.atoms, T, i))) return -1;
      return matchFrom(el, k + 1, T, i, started);
    case Kind.NotBefore: {
      for (let j = i - 1, left = x.n; j >= 0 && left > 0; j--, left--) {
        if (anyAtom(x.atoms, T, j)) return -1;
        if ((T.f[j] as number) & BRK) break;
      }
      return matchFrom(el, k + 1, T, i, started);
    }
    case Kind.Question:
      return i > 0 && (T.f[i - 1] as number) & QM ? matchFrom(el, k + 1, T, i, started) : -1;
    case Kind.Start:
      return i < T.n && (T.f[i] as number) & BRK ? matchFrom(el, k + 1, T, i, started) : -1;
    case Kind.More:
      return open ? matchFrom(el, k + 1, T, i, started) : -1;
    default: {
      if (open) {
        for (const a of x.atoms) {
          if (atomHas(a, T, i)) {
            const r = matchFrom(el, k + 1, T, i + 1, true);
            if (r >= 0) return r;
          }
          if (a.a === A.Class)
            for (const run of (a.cls as WordClass).runs) {
              const end = runAt(run, T, i);
              if (end < 0) continue;
              const r = matchFrom(el, k + 1, T, end, true);
              if (r >= 0) return r;
            }
        }
      }
      return x.opt ? matchFrom(el, k + 1, T, i, started) : -1;
    }
  }
}

/** The index after a match of the shape starting at word i, or -1. */
export function matchAt(shape: Shape, T: Words, i: number): number {
  return matchFrom(shape.elems, 0, T, i, false);
}

// ---- Indexing: which shapes can start at a word ----------------------------------------------------

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
