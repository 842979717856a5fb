/** Limits LinkedIn shows on the page: a maxlength attribute, or an "N/M" counter beside the field. */
import type { PageLimit } from '../limits';

const COUNTER =
  /^\s*(\d{1,3}(?:[,.\u00a0\u202f]?\d{3})*|\d+)\s*\/\s*(\d{1,3}(?:[,.\u00a0\u202f]?\d{3})*|\d+)\s*$/;

const toNumber = (s: string) => Number(s.replace(/[,.\u00a0\u202f]/g, ''));

/** Parses "12/200", "0 / 300" or "1,024/8,000"; null for anything else. */
export function parseCounter(text: string): { used: number; max: number } | null {
  const m = COUNTER.exec(text);
  if (!m) return null;
  const used = toNumber(m[1] as string);
  const max = toNumber(m[2] as string);
  return max >= 10 && used <= max * 10 ? { used, max } : null;
}

export function maxLengthOf(el: Element): number | null {
  const raw = el.getAttribute('maxlength');
  if (raw === null) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The counter's M, looked for among the leaf elements of `scope` (the dialog or form), outside the
 * field itself (the user may type "1/200"). Prefers the counter closest after the field.
 */
function findCounter(scope: Element, field: Element): number | null {
  let best: number | null = null;
  for (const el of scope.querySelectorAll('span, div, p, small, label, output')) {
    if (el.childElementCount > 0 || field.contains(el) || el.contains(field)) continue;
    const text = el.textContent ?? '';
    if (text.length > 24) continue;
    const parsed = parseCounter(text);
    if (!parsed) continue;
    const after = (field.compareDocumentPosition(el) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (after) return parsed.max;
    best ??= parsed.max;
  }
  return best;
}

export function pageLimitOf(field: Element, scope: Element | null): PageLimit {
  return { maxLength: maxLengthOf(field), counter: scope ? findCounter(scope, field) : null };
}
