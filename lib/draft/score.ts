import type { Severity, Warning } from './types';

/**
 * Score = 100 − 30 per error − 12 per warn − 4 per info, clamped to 0-100 and rounded. A blank
 * connection note scores a neutral 70: sending without a note is fine, but a specific note does better.
 */
export const PENALTY: Record<Severity, number> = { error: 30, warn: 12, info: 4 };
export const BLANK_NOTE_SCORE = 70;

export function scoreWarnings(warnings: readonly Warning[], blankNote: boolean): number {
  if (blankNote) return BLANK_NOTE_SCORE;
  let score = 100;
  for (const w of warnings) score -= PENALTY[w.severity];
  return Math.max(0, Math.min(100, Math.round(score)));
}

const RANK: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

/** Most severe first, then in text order; warnings without a span after those with one. */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort(
      (a, b) =>
        RANK[a.w.severity] - RANK[b.w.severity] ||
        (a.w.span?.start ?? Number.MAX_SAFE_INTEGER) - (b.w.span?.start ?? Number.MAX_SAFE_INTEGER) ||
        a.i - b.i,
    )
    .map(({ w }) => w);
}
