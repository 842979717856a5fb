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
import { ARROW, BRK, CAP, CLOCK, CUR, NUM, PCT, QM, SIGN, SLOT, type Words } from './words';

// ---- Compiling -------------------------------------------------------------------------------------

/** A word class: whole words, word starts, word ends and runs of words. */
export interface WordClass {
  words: Set<string>;
  pre: string[];
  suf: string[];
  runs: string[][];
}

export enum Kind {
  Atoms = 0,
  Gap = 1,
  Not = 2,
  NotBefore = 3,
  Question = 4,
  Start = 5,
  More = 6,
}

export enum A {
  Word = 0,
  Pre = 1,
  Suf = 2,
  Class = 3,
  Num = 4,
  Cap = 5,
  Any = 6,
}

export interface Atom {
  a: A;
  v: string;
  cls?: WordClass;
  /** Number flags required (PCT, CUR…) or a range. */
  flags?: number;
  lo?: number;
  hi?: number;
}

export interface Elem {
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
