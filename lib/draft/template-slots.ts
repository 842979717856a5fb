/**
 * The slots of a note: the spans a template's user refills for each recipient. Every word
 * becomes an integer, its hash or a negative slot id, so two notes compare as arrays of numbers:
 *
 * - always a slot, in any language: the recipient's name (the draft's recipient, the stored note's
 *   recipient) and any name in the greeting, numbers and dates, links and e-mail addresses, @-mentions,
 *   and the greeting itself ("Hi" or "Hello" does not make a note new);
 * - for the prefilter only (`shingles`): capitalised words inside a sentence as well, where events,
 *   companies, products and places are written ("your talk at KubeCon" and "your talk at SREcon" share
 *   their shingles).
 *
 * Capitalised words are not slots when two notes are aligned (frame.ts): German capitalises every
 * noun, so "a capitalised word is a slot" would make every German note alike. There a span is a slot
 * only where the words around it match and it differs: the cross-note view.
 */
import { type Greeting, parseGreeting } from './greeting';
import { fold, type Sentence, splitSentences, type Token, tokenize } from './tokenizer';

/** The recipient's or a greeted name. */
export const SLOT_NAME = -1;
/** A number or a date ("12", "30%", "12.03.2026", "Q3"). */
const SLOT_NUMBER = -2;
/** A URL, a bare domain with a path or a known ending, an e-mail address. */
const SLOT_LINK = -3;
/** "@Ana Lopez". */
const SLOT_MENTION = -4;
/** A capitalised word inside a sentence (prefilter shingles only). */
const SLOT_CAPITAL = -5;
/** The greeting's words before the name: "Hi", "Hello", "Dear Dr." are one greeting. */
export const SLOT_GREETING = -6;

/** Only the first part of a long text is compared: that is where templates show. */
export const SLOT_TEXT_CAP = 2000;
/** Words aligned per note (frame.ts); a 300-character note has about 50. */
export const ALIGN_WORDS = 160;

export interface SlotWords {
  /** The text the offsets refer to. */
  text: string;
  /** One id per word, slot spans merged into one word: a non-negative hash, or a SLOT_* id. */
  ids: Int32Array;
  /** Where each word is in the text, [start, end). */
  starts: Uint32Array;
  ends: Uint32Array;
  /** Word 3-shingles with capitalised words inside sentences masked too: sorted, unique hashes. */
  shingles: Uint32Array;
  /** The first ALIGN_WORDS ids, sorted: their overlap with another note's bounds any frame (frame.ts). */
  sorted: Int32Array;
}

const TLDS = new Set(
  'com io ai co org net dev app ly me xyz gg so tech info biz us uk de fr es it nl se dk no fi pl tr pt br vn cn jp in ca au ch at be link page site tv to sh cc fm eu online store shop blog news cloud agency studio design'.split(
    ' ',
  ),
);

/** Capitalised pronouns that are the frame, not a slot: English "I", German formal address. */
const CAPITAL_FRAME = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'sie',
  'ihnen',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'ihres',
]);

function hashWord(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) & 0x3fffffff;
}

function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(0x811c9dc5 ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The first letter is upper case (a cased script; Han or Arabic have none). */
function startsUpper(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(text.codePointAt(start) as number);
  return ch !== ch.toLowerCase();
}

/** An upper-case letter after the first: "SREcon", "iOS", "eBay". */
function innerUpper(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** The parts of a name worth finding in a text: capitalised (or caseless) parts, folded. */
export function nameParts(name: string | null | undefined): string[] {
  if (!name) return [];
  const out: string[] = [];
  for (const t of tokenize(name.slice(0, 120)))
    if (
      !hasDigit(name, t.start, t.end) &&
      (startsUpper(name, t.start) || !/\p{Ll}/u.test(name[t.start] ?? ''))
    )
      out.push(fold(name.slice(t.start, t.end)));
  return out;
}

/** Text between two neighbouring words (end of one, start of the next) has no space: "acme.io", "12.03". */
function joined(text: string, end: number, next: number): boolean {
  if (next - end > 3) return false;
  for (let i = end; i < next; i++) if (isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Words i..j-1 written without a space between them form a link: a scheme (https://), www., an
 * e-mail address, or a dotted name ending in a known domain ending.
 */
function isLink(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i < 2) return false;
  const first = tokens[i] as Token;
  if (first.lower === 'www') return true;
  for (let k = i; k + 1 < j; k++) {
    const sep = text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start);
    if (sep.includes('//') || sep === '@') return true;
    if (sep === '.' && TLDS.has((tokens[k + 1] as Token).lower)) {
      const c = text.charCodeAt((tokens[k + 1] as Token).start);
      if (c >= 97 && c <= 122) return true;
    }
  }
  return false;
}

/** Word indexes that open a sentence (or follow the greeting): a capital there is the frame's. */
function sentenceStarts(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  greeting: Greeting | null,
): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < sentences.length && (sentences[s] as Sentence).end <= t.start) s++;
    const sentence = sentences[s];
    if (sentence && t.start >= sentence.start && (i === 0 || (tokens[i - 1] as Token).start < sentence.start))
      starts[i] = 1;
  }
  if (greeting) {
    for (let i = 0; i < tokens.length; i++)
      if ((tokens[i] as Token).start >= greeting.span.end) {
        starts[i] = 1;
        break;
      }
  }
  return starts;
}

/** "¡Hola Lucía!" and "¿Qué tal, Ana?": the greeting after an opening mark the greeting reader skips. */
function greetingAfterMark(text: string): Greeting | null {
  const m = /^\s*[¡¿"“«(]+/.exec(text);
  if (!m) return null;
  const k = m[0].length;
  const g = parseGreeting(text.slice(k));
  if (!g) return null;
  return {
    span: { start: g.span.start + k, end: g.span.end + k },
    name: g.name ? { start: g.name.start + k, end: g.name.end + k, text: g.name.text } : null,
  };
}

/**
 * The note as slot words. `tokens`, `sentences` and `greeting` are the engine's (computed once per
 * keystroke); `names` are the recipient's name parts (nameParts).
 */
export function slotWords(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  given: Greeting | null,
  names: readonly string[],
): SlotWords {
  let count = tokens.length;
  while (count > 0 && (tokens[count - 1] as Token).start >= SLOT_TEXT_CAP) count--;
  const greeting = given ?? greetingAfterMark(text);
  const opens = sentenceStarts(tokens, sentences, greeting);
  const nameSpan = greeting?.name ?? null;
  // At most one word per token: typed arrays filled in place, cut to length at the end.
  const ids = new Int32Array(count);
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let n = 0;
  // The prefilter's words: capitals inside a sentence masked as well.
  const loose = new Int32Array(count);
  let nLoose = 0;
  const push = (id: number, looseId: number, start: number, end: number) => {
    // A slot running over several words is one slot: "Sarah Chen", "12 . 03 . 2026".
    if (id < 0 && n > 0 && ids[n - 1] === id) ends[n - 1] = end;
    else {
      ids[n] = id;
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    if (!(looseId < 0 && nLoose > 0 && loose[nLoose - 1] === looseId)) loose[nLoose++] = looseId;
  };
  for (let i = 0; i < count; i++) {
    const t = tokens[i] as Token;
    // Words written together: a link, or a number with its separators.
    let j = i + 1;
    while (j < count && joined(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) j++;
    if (j - i > 1 && isLink(text, tokens, i, j)) {
      push(SLOT_LINK, SLOT_LINK, t.start, (tokens[j - 1] as Token).end);
      i = j - 1;
      continue;
    }
    const at = t.start > 0 && text.charCodeAt(t.start - 1) === 0x40;
    if (at && (t.start < 2 || isSpace(text.charCodeAt(t.start - 2)) || text[t.start - 2] === '(')) {
      // "@Ana Lopez": the mention and the capitalised words right after it.
      let end = t.end;
      let k = i + 1;
      while (
        k < count &&
        k < i + 3 &&
        (tokens[k] as Token).start === end + 1 &&
        text.charCodeAt(end) === 0x20 &&
        startsUpper(text, (tokens[k] as Token).start)
      )
        end = (tokens[k++] as Token).end;
      push(SLOT_MENTION, SLOT_MENTION, t.start - 1, end);
      i = k - 1;
      continue;
    }
    if (hasDigit(text, t.start, t.end)) {
      push(SLOT_NUMBER, SLOT_NUMBER, t.start, t.end);
      continue;
    }
    if (greeting && t.end <= (nameSpan ? nameSpan.start : greeting.span.end)) {
      push(SLOT_GREETING, SLOT_GREETING, t.start, t.end);
      continue;
    }
    const upper = startsUpper(text, t.start);
    const greeted = nameSpan !== null && t.start >= nameSpan.start && t.end <= nameSpan.end;
    if (greeted || (upper && names.length > 0 && names.includes(foldWord(text, t)))) {
      push(SLOT_NAME, SLOT_NAME, t.start, t.end);
      continue;
    }
    const id = hashWord(t.lower);
    const capital = ((upper && !opens[i]) || innerUpper(text, t.start, t.end)) && !CAPITAL_FRAME.has(t.lower);
    push(id, capital ? SLOT_CAPITAL : id, t.start, t.end);
  }
  const idArray = ids.slice(0, n);
  return {
    text,
    ids: idArray,
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    shingles: shinglesOf(loose.subarray(0, nLoose)),
    sorted: idArray.slice(0, ALIGN_WORDS).sort(),
  };
}

function foldWord(text: string, t: Token): string {
  // ASCII words fold to their lower case; fold() normalises, which costs more.
  for (let i = t.start; i < t.end; i++) if (text.charCodeAt(i) > 127) return fold(text.slice(t.start, t.end));
  return t.lower;
}

function shinglesOf(words: Int32Array): Uint32Array {
  if (words.length < 3) return new Uint32Array(0);
  const hashes = new Uint32Array(words.length - 2);
  for (let i = 0; i + 2 < words.length; i++)
    hashes[i] = hash3(words[i] as number, words[i + 1] as number, words[i + 2] as number);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i] as number;
  return hashes.slice(0, n);
}

/** slotWords for a text on its own (a stored note), with its recipient's name when known. */
export function slotWordsOf(text: string, name?: string | null): SlotWords {
  const capped = text.length > SLOT_TEXT_CAP ? text.slice(0, SLOT_TEXT_CAP) : text;
  return slotWords(capped, tokenize(capped), splitSentences(capped), parseGreeting(capped), nameParts(name));
}

const SLOT_NAMES: Readonly<Record<number, string>> = {
  [SLOT_NAME]: '{name}',
  [SLOT_NUMBER]: '{number}',
  [SLOT_LINK]: '{link}',
  [SLOT_MENTION]: '{mention}',
  [SLOT_GREETING]: '{greeting}',
};

/** The words as the comparison sees them, slots written {name}, {number}…: for tests and debugging. */
export function renderSlots(words: SlotWords): string {
  const out: string[] = [];
  for (let i = 0; i < words.ids.length; i++) {
    const id = words.ids[i] as number;
    out.push(SLOT_NAMES[id] ?? words.text.slice(words.starts[i], words.ends[i]).toLowerCase());
  }
  return out.join(' ');
}
