/**
 * First-glance preview: what a notification or inbox line shows, roughly the first sentence, capped
 * near 80 characters at a word boundary with an ellipsis. Seed 000: over 40% decide on the preview.
 */
import type { Sentence } from './tokenizer';

const PREVIEW_MAX = 80;
const GRAPHEMES: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

export function makePreview(text: string, sentences: readonly Sentence[], greetingEnd: number): string {
  // The first sentence, plus the next one when the first is only a greeting ("Hi Ana," on its own line).
  let end = 0;
  for (const s of sentences) {
    end = s.end;
    if (s.end > greetingEnd + 2) break;
  }
  const head = text.slice(0, Math.min(end || text.length, PREVIEW_MAX * 4));
  const flat = head.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_MAX) return flat;
  let cut = flat.lastIndexOf(' ', PREVIEW_MAX - 1);
  if (cut < PREVIEW_MAX / 2) cut = safeCut(flat, PREVIEW_MAX - 1);
  return `${flat.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A cut at or before max that does not split an emoji or accented letter. */
function safeCut(s: string, max: number): number {
  if (!GRAPHEMES) {
    const c = s.charCodeAt(max - 1);
    return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
  }
  let last = 0;
  for (const g of GRAPHEMES.segment(s.slice(0, max + 16))) {
    if (g.index + g.segment.length > max) break;
    last = g.index + g.segment.length;
  }
  return last;
}
