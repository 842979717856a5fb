/**
 * Shared tokenisation, computed once per analysis and handed to every rule. Regex and loop based, so
 * it is linear (Node 20's Intl.Segmenter is quadratic on long text; see research/text-analysis.md).
 */
import type { DraftStats, Span } from './types';

export interface Token extends Span {
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
}

export interface Sentence extends Span {
  question: boolean;
}

// Letters/digits with marks, contractions kept whole ("I'd", "you’re"), a run of ideographs is one token.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/gu;

/** The reference tokeniser: WORD_RE as a regex. tokenize() gives the same tokens, faster. */
export function tokenizeByRegex(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

// Character classes for the scanner: 0 other, 1 letter or number (starts a word), 2 combining mark.
// Unicode property regexes cost microseconds per 300 characters in V8; a table for ASCII and a small
// cache for the rest make tokenising a note several times faster with exactly WORD_RE's tokens.
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

// Clusters, not code points: a ZWJ family or a flag is one emoji. ©, ® and ™ are not emoji here.
const EMOJI_RE =
  /\p{RI}\p{RI}|(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*/gu;

export function countEmoji(text: string): number {
  // Every emoji (and every regional indicator) is at U+00A9 or above: start the Unicode regex there.
  let from = 0;
  while (from < text.length && text.charCodeAt(from) < 0xa9) from++;
  if (from === text.length) return 0;
  let n = 0;
  EMOJI_RE.lastIndex = from;
  while (EMOJI_RE.exec(text)) n++;
  return n;
}

// Char loops rather than regexes: this runs for every word on every keystroke.
function isPlainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return false;
  }
  return true;
}

/** Runs of a, e, i, o, u, y (what /[aeiouy]+/g would find). */
function vowelGroups(w: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return groups;
}

/** Vowel-group heuristic, usually within a grade of a dictionary count on prose. */
export function syllables(lowerWord: string): number {
  const w = isPlainAscii(lowerWord) ? lowerWord : fold(lowerWord);
  const groups = vowelGroups(w);
  if (groups === 0) return 1;
  const silentE = groups > 1 && w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee');
  return silentE ? groups - 1 : groups;
}

/** Fewer words than this and a reading grade means nothing. */
export const MIN_WORDS_FOR_GRADE = 10;

/** `pronouns`: I/we and you words, counted in the text's own languages (lib/draft/language.ts). */
export function computeStats(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  pronouns: { self: number; you: number },
): DraftStats {
  let syl = 0;
  for (const t of tokens) syl += syllables(t.lower);
  const youCount = pronouns.you;
  const selfCount = pronouns.self;
  const words = tokens.length;
  const sentenceCount = sentences.length;
  let questions = 0;
  for (const s of sentences) if (s.question) questions++;
  const readingGrade =
    words < MIN_WORDS_FOR_GRADE
      ? null
      : Math.round((0.39 * (words / Math.max(1, sentenceCount)) + 11.8 * (syl / words) - 15.59) * 10) / 10;
  return {
    words,
    sentences: sentenceCount,
    questions,
    youCount,
    selfCount,
    readingGrade,
    emoji: countEmoji(text),
  };
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
