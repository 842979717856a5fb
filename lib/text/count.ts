/**
 * Counting as LinkedIn counts: JavaScript string length (UTF-16 code units), a line break is 1.
 * Graphemes (what a person sees as one character) are shown beside it when the two differ.
 * research/text-analysis.md §1.
 */

/** CRLF and lone CR become LF, as the browser's textarea value does. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const NON_ASCII = /[\u0080-\uffff]/;
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;
/** Node 20's segmenter is quadratic on long input; segmenting in slices keeps it linear. */
const CHUNK = 2048;

/** Perceived characters. ASCII text is one grapheme per unit, except CRLF. */
export function countGraphemes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length - (text.match(/\r\n/g)?.length ?? 0);
  if (!segmenter) return [...text].length;
  let total = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    // Cut only after whitespace so no grapheme cluster is split between slices.
    if (end < text.length) {
      const ws = text.lastIndexOf(' ', end);
      const nl = text.lastIndexOf('\n', end);
      const cut = Math.max(ws, nl);
      if (cut > start) end = cut + 1;
    }
    for (const _ of segmenter.segment(text.slice(start, end))) total++;
    start = end;
  }
  return total;
}

export interface TextCount {
  /** UTF-16 code units: what LinkedIn's limit counts. */
  units: number;
  /** Perceived characters. */
  graphemes: number;
}

export function countText(text: string): TextCount {
  const normalized = normalizeNewlines(text);
  return { units: normalized.length, graphemes: countGraphemes(normalized) };
}
