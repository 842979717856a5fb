/**
 * Perceived-character count. Intl.Segmenter is exact but Node 20's is quadratic on long input
 * (research/text-analysis.md §2), so ASCII takes a fast path and other text is segmented in chunks
 * cut only where a grapheme boundary is certain, which keeps the cost linear.
 */
const SEGMENTER: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

// Anything but printable ASCII, tab and line breaks (other control characters just take the slow path).
const NON_ASCII = /[^\t\n\r -~]/;
const EXT_PICT = /^\p{Extended_Pictographic}/u;
const CHUNK = 512;
/** How far past CHUNK to look for a safe cut before giving up on exactness (pathological input only). */
const MAX_STRETCH = 2048;

export function countGraphemes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length - countCrLf(text);
  if (!SEGMENTER) return countCodePoints(text);
  // Prepend characters (Arabic number signs and a few others) join what follows: rare, so exact and slow.
  if (PREPEND.test(text)) return segmentChunked(SEGMENTER, text);
  const hasCr = text.includes('\r');
  // ASCII runs count one per character. Non-ASCII islands (with the character before them, which
  // an accent may combine with) take a regex fast path when they hold only simple letters and
  // combining accents; the rest are joined with NUL (always a boundary) and segmented in chunks,
  // because each segment() call has a high fixed cost in Node.
  let total = 0;
  let i = 0;
  const n = text.length;
  const complex: string[] = [];
  while (i < n) {
    NON_ASCII_G.lastIndex = i;
    const m = NON_ASCII_G.exec(text);
    if (!m) {
      total += asciiCount(text, i, n, hasCr);
      break;
    }
    const j = m.index;
    const islandStart = j > i && text.charCodeAt(j - 1) >= 0x20 ? j - 1 : j;
    total += asciiCount(text, i, islandStart, hasCr);
    ASCII_G.lastIndex = j;
    const a = ASCII_G.exec(text);
    const k = a ? a.index : n;
    const island = text.slice(islandStart, k);
    if (SIMPLE_OR_MARK.test(island)) total += simpleCount(island);
    else if (LONE_EMOJI.test(island)) total += emojiCount(island);
    else complex.push(island);
    i = k;
  }
  if (complex.length > 0) total += segmentChunked(SEGMENTER, complex.join('\0')) - (complex.length - 1);
  return total;
}

const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e]|[\ud804-\ud807]/;
const NON_ASCII_G = /[^\t\n\r -~]/g;
const ASCII_G = /[\t\n\r -~]/g;
/**
 * Characters that are a cluster of their own (Grapheme_Cluster_Break=Other, BMP): Latin-1 and Latin
 * Extended letters, Greek, Cyrillic, Vietnamese precomposed letters, general punctuation, kana, CJK
 * ideographs, Hangul syllables, full-width forms; plus the combining accents that join them.
 */
const SIMPLE_CHARS = String.raw` -~\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u3098\u309b-\u9fff\uac00-\ud7a3\uff01-\uff9d`;
const ACCENTS = String.raw`\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f`;
const SIMPLE_OR_MARK = new RegExp(`^[${SIMPLE_CHARS}${ACCENTS}]*$`);
const ACCENT_G = new RegExp(`[${ACCENTS}]`, 'g');

/**
 * Emoji without joiners, flags or keycaps (🙂, 👍🏽, ❤️), after at most one simple character: each
 * pictograph is one cluster with its variation selector or skin tone. The most common non-ASCII in a
 * note, and the Segmenter's fixed cost per call is what this avoids.
 */
const LONE_EMOJI = new RegExp(
  String.raw`^[${SIMPLE_CHARS}]?(?:\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)+$`,
  'u',
);
const EMOJI_EXTEND = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

function emojiCount(island: string): number {
  let codePoints = 0;
  for (const _ of island) codePoints++;
  let extend = 0;
  for (const _ of island.matchAll(EMOJI_EXTEND)) extend++;
  return codePoints - extend;
}

/** One cluster per base character; an accent with no base before it is a cluster of its own. */
function simpleCount(island: string): number {
  let accents = 0;
  for (const _ of island.matchAll(ACCENT_G)) accents++;
  if (accents === 0) return island.length;
  ACCENT_G.lastIndex = 0;
  const leading = ACCENT_G.test(island[0] as string) ? 1 : 0;
  ACCENT_G.lastIndex = 0;
  return island.length - accents + leading;
}

function segmentChunked(segmenter: Intl.Segmenter, text: string): number {
  if (text.length <= CHUNK * 2) return segmentCount(segmenter, text);
  let total = 0;
  let start = 0;
  while (start < text.length) {
    const end = nextCut(text, start + CHUNK);
    total += segmentCount(segmenter, text.slice(start, end));
    start = end;
  }
  return total;
}

/** ASCII characters are one grapheme each, except CR LF which is one. */
function asciiCount(text: string, from: number, to: number, hasCr: boolean): number {
  if (to <= from) return 0;
  let n = to - from;
  if (hasCr)
    for (let i = from; i + 1 < to; i++)
      if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) n--;
  return n;
}

function segmentCount(segmenter: Intl.Segmenter, text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

function countCrLf(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of a code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

/** First index ≥ from where a grapheme boundary is certain, or the end of the text. */
function nextCut(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_STRETCH);
  for (let i = from; i < limit; i++) if (isSafeBoundary(text, i)) return i;
  if (limit === text.length) return limit;
  // No safe point in a long run (e.g. thousands of flags): cut at a code point boundary.
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit + 1 : limit;
}

/** BMP characters with Grapheme_Cluster_Break=Prepend: they join the character after them. */
function isPrepend(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x0605) ||
    c === 0x06dd ||
    c === 0x070f ||
    c === 0x0890 ||
    c === 0x0891 ||
    c === 0x08e2 ||
    c === 0x0d4e
  );
}

function isCjk(c: number): boolean {
  // Hiragana, Katakana, CJK ideographs (Grapheme_Cluster_Break=Other), minus the combining kana marks.
  return c >= 0x3040 && c <= 0x9fff && c !== 0x3099 && c !== 0x309a && !(c >= 0x302a && c <= 0x302f);
}

/**
 * True when UAX #29 always breaks before index i: an ASCII character (unless CR LF or after a
 * Prepend), an ideograph after an ideograph, or a pictograph not joined by a ZWJ.
 */
function isSafeBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  if (p >= 0xd800 && p <= 0xdfff && c >= 0xdc00 && c <= 0xdfff) return false;
  if (c < 0x80) return !(c === 0x0a && p === 0x0d) && !isPrepend(p);
  if (isCjk(c)) return isCjk(p) || p < 0x80;
  if (c >= 0xd800 && c <= 0xdbff && EXT_PICT.test(text.slice(i, i + 2))) {
    // Not after ZWJ (GB11), not after a high surrogate; a regional indicator before it is fine.
    return p !== 0x200d && !isPrepend(p);
  }
  return false;
}
