/**
 * Counting as LinkedIn counts: JavaScript string length (UTF-16 code units), a line break is 1.
 * Graphemes (what a person sees as one character) are shown beside it when the two differ.
 * research/text-analysis.md §1.
 */

/** CRLF and lone CR become LF, as the browser's textarea value does. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

import { countGraphemes } from './graphemes';

export { countGraphemes };

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
