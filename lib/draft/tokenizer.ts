/**
 * The tokenizer: words, sentences and lines, computed once per analysis and handed to every rule.
 * Loop based, so it is linear (Node 20's Intl.Segmenter is quadratic on long text; see
 * research/text-analysis.md).
 */
import type { Span } from './types';

export interface Token extends Span {
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
}

export interface Sentence extends Span {
  question: boolean;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/gu;

// Character classes for the scanner: 0 other, 1 letter or number (starts a word), 2 combining mark.
// Unicode property regexes cost microseconds per 300 characters in V8; a table for ASCII and a small
// cache for the rest make tokenising a note several times faster. A token is what the regex
// /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu would find: letters and digits with
// their marks, contractions kept whole ("I'd", "you’re"), a run of ideographs as one token (the
// tokenizer test holds it to that regex).
const WORD_START = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const ASCII_CLASS = new Uint8Array(128).map((_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);
const classCache = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp] as number;
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = WORD_START.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
    if (classCache.size < 8192) classCache.set(cp, c);
  }
  return c;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (classOf(cp) !== 1) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    for (;;) {
      // [\p{L}\p{M}\p{N}]* then (['’][\p{L}\p{M}\p{N}]+)*
      while (i < n) {
        const c = text.codePointAt(i) as number;
        if (classOf(c) === 0) break;
        i += c > 0xffff ? 2 : 1;
      }
      const q = text.charCodeAt(i);
      if (i + 1 < n && (q === APOSTROPHE || q === RIGHT_QUOTE)) {
        const next = text.codePointAt(i + 1) as number;
        if (classOf(next) !== 0) {
          i += 1;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    let lower = word.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    out.push({ start, end: i, lower });
  }
  return out;
}

/**
 * Lower-case copy with the same length, so a match index in it is an index in the original text
 * (toLowerCase can change length, e.g. "İ" becomes two code units; such characters are kept as is).
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(UPPER, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

const SPECIAL_FOLD: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};
const SPECIAL_FOLD_RE = /[øæœßđðłıþ]/g;
const MARKS = /\p{M}/gu;

/** Case- and accent-insensitive form for comparing names: "Zoë Ångström" → "zoe angstrom". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_FOLD_RE, (c) => SPECIAL_FOLD[c] ?? c);
}

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'jr',
  'sr',
  'sra',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'no',
  'approx',
  'dept',
  'mt',
]);

function isTerminal(c: number): boolean {
  // . ! ? … 。 ！ ？
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f
  );
}

function isCjkTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

function isClosing(c: number): boolean {
  // quotes and brackets that may follow the full stop: " ' ) ] ” ’ » 」
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 0x300d
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

/** "Dr." in "Dear Dr. Chen" or an initial in "J. Smith" does not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 8 && !isSpace(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * Sentences: a run ending in . ! ? … followed by a space or the end, or a line break. Only runs with
 * a letter or digit count, so emoji-only lines and blank lines are not sentences.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    const body = text.slice(s, e);
    if (!HAS_WORD.test(body)) return;
    let q = e - 1;
    while (q > s && isClosing(text.charCodeAt(q))) q--;
    const last = text.charCodeAt(q);
    const question = last === 0x3f || last === 0xff1f || (isTerminal(last) && /[?？][!.…]*$/.test(body));
    out.push({ start: s, end: e, question });
  };
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!isTerminal(c)) continue;
    let j = i + 1;
    while (j < n && (isTerminal(text.charCodeAt(j)) || isClosing(text.charCodeAt(j)))) j++;
    const ends = j >= n || isSpace(text.charCodeAt(j)) || isCjkTerminal(c);
    if (ends && !(c === 0x2e && j === i + 1 && isAbbreviation(text, i))) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, n);
  return out;
}

/** The [start, end) ranges of lines, for paragraph-level checks. */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    out.push({ start, end: i });
    start = i + 1;
  }
  out.push({ start, end: text.length });
  return out;
}
