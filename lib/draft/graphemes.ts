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
const CHUNK = 256;
/** How far past CHUNK to look for a safe cut before giving up on exactness (pathological input only). */
const MAX_STRETCH = 2048;

export function countGraphemes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length - countCrLf(text);
  if (!SEGMENTER) return countCodePoints(text);
  if (text.length <= CHUNK * 2) return segmentCount(SEGMENTER, text);
  let total = 0;
  let start = 0;
  while (start < text.length) {
    const end = nextCut(text, start + CHUNK);
    total += segmentCount(SEGMENTER, text.slice(start, end));
    start = end;
  }
  return total;
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
