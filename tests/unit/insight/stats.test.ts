import { describe, expect, it } from 'vitest';
import {
  erfc,
  median,
  newcombeDifference,
  normalCdf,
  sampleSizePerGroup,
  twoProportionZTest,
  wilson,
} from '../../../lib/insight/stats';

// Expected values computed by hand from the formula (z = 1.96) and cross-checked in Python:
// centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
describe('wilson (95% score interval)', () => {
  it.each([
    [0, 10, 0, 0.27754],
    [5, 10, 0.23659, 0.76341],
    [10, 10, 0.72246, 1],
    [1, 1, 0.206543, 1],
    [0, 1, 0, 0.793457],
    [1, 2, 0.094529, 0.905471],
    [81, 263, 0.255288, 0.366211],
    [10, 40, 0.14187, 0.401943],
    [15, 30, 0.331539, 0.668461],
    [20, 50, 0.276082, 0.538188],
  ])('%i of %i → [%f, %f]', (s, n, low, high) => {
    const ci = wilson(s, n);
    expect(ci).not.toBeNull();
    expect(ci?.[0]).toBeCloseTo(low, 5);
    expect(ci?.[1]).toBeCloseTo(high, 5);
  });

  it('is exactly 0 at 0/n and exactly 1 at n/n, never outside 0–1', () => {
    expect(wilson(0, 10)?.[0]).toBe(0);
    expect(wilson(10, 10)?.[1]).toBe(1);
    for (let n = 1; n <= 60; n++)
      for (let s = 0; s <= n; s++) {
        const [lo, hi] = wilson(s, n) as [number, number];
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(s / n);
        expect(hi).toBeGreaterThanOrEqual(s / n);
      }
  });

  it('no trials → null; impossible counts throw', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
  });

  it('is symmetric: s of n mirrors n−s of n', () => {
    const [a, b] = wilson(3, 17) as [number, number];
    const [c, d] = wilson(14, 17) as [number, number];
    expect(a).toBeCloseTo(1 - d, 12);
    expect(b).toBeCloseTo(1 - c, 12);
  });

  it('a wider z gives a wider interval', () => {
    const [l95, h95] = wilson(5, 20) as [number, number];
    const [l99, h99] = wilson(5, 20, 2.576) as [number, number];
    expect(l99).toBeLessThan(l95);
    expect(h99).toBeGreaterThan(h95);
  });
});

describe('newcombeDifference (hybrid score interval, method 10)', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i → [%f, %f]', (s1, n1, s2, n2, lo, hi) => {
    const ci = newcombeDifference(s1, n1, s2, n2);
    expect(ci?.[0]).toBeCloseTo(lo, 4);
    expect(ci?.[1]).toBeCloseTo(hi, 4);
  });

  it('null when either sample is empty', () => {
    expect(newcombeDifference(0, 0, 3, 10)).toBeNull();
  });
});

describe('two-proportion z-test', () => {
  // p-values from scipy.stats.norm.sf, two-sided.
  it.each([
    [30, 100, 45, 100, 2.19089, 0.02846],
    [12, 40, 20, 40, 1.825742, 0.067889],
    [10, 50, 22, 50, 2.572479, 0.010097],
    [81, 263, 100, 250, 2.180007, 0.029257],
  ])('%i/%i vs %i/%i → z %f, p %f', (s1, n1, s2, n2, z, p) => {
    const t = twoProportionZTest(s1, n1, s2, n2);
    expect(t?.z).toBeCloseTo(z, 4);
    expect(t?.pValue).toBeCloseTo(p, 5);
  });

  it('no variation at all (0 of both, or all of both) → z 0, p 1', () => {
    expect(twoProportionZTest(0, 30, 0, 40)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(30, 30, 40, 40)).toEqual({ z: 0, pValue: 1 });
  });

  it('null when a sample is empty; the sign follows the second group', () => {
    expect(twoProportionZTest(1, 0, 1, 2)).toBeNull();
    expect(twoProportionZTest(45, 100, 30, 100)?.z).toBeCloseTo(-2.19089, 4);
  });
});

describe('normal distribution helpers', () => {
  it('Φ and erfc match tabulated values to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 7);
    expect(erfc(1)).toBeCloseTo(0.1572992, 7);
    expect(erfc(-1)).toBeCloseTo(1.8427008, 7);
  });

  it('sample size per group for 80% power at the 5% level', () => {
    // (1.96·√(2·.375·.625) + 0.8416·√(.3·.7 + .45·.55))² / .15² = 162.3 → 163
    expect(sampleSizePerGroup(0.3, 0.45)).toBe(163);
    expect(sampleSizePerGroup(0.3, 0.3)).toBeNull();
  });

  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
