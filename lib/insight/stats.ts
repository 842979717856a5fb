/**
 * Small, exact statistics for counts (pure, no dependencies): the Wilson score interval for one
 * proportion, Newcombe's hybrid score interval for the difference of two, a pooled two-proportion
 * z-test, and the sample size a two-sided test would need. Every function takes counts, not rates.
 */

/** A closed interval [low, high] on the 0–1 scale. */
export type Interval = [low: number, high: number];

/** z for a two-sided 95% interval, as the brief and most textbooks round it. */
export const Z95 = 1.96;

/**
 * The Wilson score interval for `successes` out of `trials`; null when there are no trials.
 * Unlike the textbook p ± z·√(p(1−p)/n) it never leaves 0–1 and stays honest at 0/n and n/n, which is
 * exactly where small outreach samples live (0 of 10 accepted still allows a true rate up to ~28%).
 *
 *   centre = (p + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²)
 */
export function wilson(successes: number, trials: number, z: number = Z95): Interval | null {
  if (!Number.isFinite(trials) || trials <= 0) return null;
  if (!Number.isFinite(successes) || successes < 0 || successes > trials)
    throw new RangeError(`wilson: ${successes} successes out of ${trials} trials`);
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The bounds are exactly 0 at 0/n and exactly 1 at n/n; floating point only gets within 1e-17.
  const low = successes === 0 ? 0 : Math.max(0, centre - half);
  const high = successes === trials ? 1 : Math.min(1, centre + half);
  return [low, high];
}

/**
 * Newcombe's hybrid score interval (method 10, 1998) for p1 − p2, built from the two Wilson intervals.
 * Null when either sample is empty. Checked against Newcombe's table: 56/70 − 48/80 → [0.0524, 0.3339].
 */
export function newcombeDifference(
  s1: number,
  n1: number,
  s2: number,
  n2: number,
  z: number = Z95,
): Interval | null {
  const w1 = wilson(s1, n1, z);
  const w2 = wilson(s2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = s1 / n1;
  const p2 = s2 / n2;
  const d = p1 - p2;
  const low = d - Math.sqrt((p1 - w1[0]) ** 2 + (w2[1] - p2) ** 2);
  const high = d + Math.sqrt((w1[1] - p1) ** 2 + (p2 - w2[0]) ** 2);
  return [Math.max(-1, low), Math.min(1, high)];
}

/**
 * erfc(x) by the Chebyshev fit of Numerical Recipes (§6.2, "erfcc"): fractional error below 1.2e-7
 * everywhere, which is ample for p-values shown to two or three figures.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** The standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

export interface ZTest {
  /** (p2 − p1) / pooled standard error; 0 when the pooled rate is 0 or 1 (no variation at all). */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
}

/**
 * The pooled two-proportion z-test of H0: p1 = p2 (equivalent to the 2×2 chi-square test without
 * continuity correction). Null when either sample is empty. Sound once each group has a few successes
 * and failures; callers ask for 25+ sends per group before quoting it.
 */
export function twoProportionZTest(s1: number, n1: number, s2: number, n2: number): ZTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (s1 + s2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (s2 / n2 - s1 / n1) / se;
  return { z, pValue: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}

/**
 * The z whose two-sided tail is `alpha` (1.96 for 0.05), for a test at a
 * lowered level (several comparisons at once), by bisection on erfc (the two-sided tail of |z|).
 */
export function zTwoSided(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`zTwoSided: alpha ${alpha}`);
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (erfc(mid / Math.SQRT2) > alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** z for 80% power (one-sided quantile 0.80). */
const Z_POWER_80 = 0.8416212335729143;

/**
 * Sends per group a two-sided 5% test needs to detect p1 vs p2 with 80% power (the usual normal
 * approximation, Fleiss without continuity correction). Null when the rates are equal.
 */
export function sampleSizePerGroup(p1: number, p2: number, z: number = Z95): number | null {
  if (p1 === p2) return null;
  const bar = (p1 + p2) / 2;
  const a = z * Math.sqrt(2 * bar * (1 - bar));
  const b = Z_POWER_80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil(((a + b) / (p1 - p2)) ** 2);
}

/** The median of a list of numbers; null when it is empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
