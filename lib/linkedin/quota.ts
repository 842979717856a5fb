/**
 * The monthly note quota as LinkedIn's invitation dialog states it: the page's figure wins over our
 * own count. Read by structure, in any language:
 *
 * - a short text line of the dialog (outside the note field and its "N/M" counter, outside buttons and
 *   links) that holds exactly one whole number from 0 to 100 and no other digits: "1 personalized
 *   invitation remaining for this month." (2026-08, research/linkedin-dom.md §1a), "Il vous reste 3
 *   invitations personnalisées ce mois-ci". The character limit line ("limit personal note to 300
 *   characters") is above 100 and never taken; two such lines make the reading ambiguous: none.
 * - a dialog without a note field whose Premium link says the note limit was reached
 *   (`upsellOrderOrigin=…custom_note_limit`, 2026-05, stickerdaniel extractor.py): 0 left.
 */
import type { QuotaFacts } from './facts-types';
import { parseCounter } from './page-limit';
import { sel } from './selectors';

const INSIDE_CONTROL = 'a, button, [role="button"], textarea, [contenteditable="true"], [role="textbox"]';

export function readNoteQuota(dialog: Element): QuotaFacts | null {
  const field = dialog.querySelector('textarea, [contenteditable="true"], [role="textbox"]');
  if (!field && dialog.querySelector(sel('noteLimitLink'))) return { left: 0 };
  const found: number[] = [];
  for (const el of dialog.querySelectorAll('p, span, div, small, li, label')) {
    if (el.childElementCount > 0 || el.closest(INSIDE_CONTROL)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 8 || text.length > 160) continue;
    if (parseCounter(text)) continue;
    const numbers = text.match(/\d+(?:[.,]\d+)*/g);
    if (numbers?.length !== 1) continue;
    const n = Number(numbers[0]);
    if (!Number.isInteger(n) || n > 100) continue;
    // A line of words around the figure, not a bare number (a counter's half, a badge).
    if (text.replace(/[\d\s.,:;!?()–-]/g, '').length < 6) continue;
    found.push(n);
  }
  return found.length === 1 ? { left: found[0] as number } : null;
}
