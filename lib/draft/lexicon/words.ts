/**
 * A text's words as the lexicons' shapes read them (shape.ts): folded words, their offsets and flags
 * (a sentence starts here, a number, a capital inside a sentence…), in one linear pass.
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
export const NUM = 2; // starts with a digit
export const PCT = 4; // followed by %
export const CUR = 8; // a currency sign next to it
export const SIGN = 16; // preceded by + or −
export const QM = 32; // followed by ?
export const CAP = 64; // capitalised, inside a sentence
export const SLOT = 128; // inside a template slot
export const ARROW = 256; // followed by an arrow
export const CLOCK = 512; // a clock time

const ELISION = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `tokens`: the text's tokens (lib/draft/tokenizer.ts); `lower` and `folded` the lower-cased and folded
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
