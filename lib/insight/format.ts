/** Plain-words numbers for the insight view and the stats command (pure). */
import type { Interval } from './stats';

/** "43%" (whole percentages: the intervals are wider than a decimal could matter). */
export function pct(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "28–58%". */
export function pctRange(ci: Interval | null): string {
  return ci ? `${Math.round(ci[0] * 100)}–${Math.round(ci[1] * 100)}%` : '–';
}

/** "43% (28–58%)". */
export function pctWithCi(rate: number | null, ci: Interval | null): string {
  return rate === null ? '–' : `${pct(rate)} (${pctRange(ci)})`;
}

/** "2.5" days, or "–". */
export function days(value: number | null): string {
  return value === null ? '–' : value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** "p = 0.03", "p = 0.004", "p < 0.001"; never rounds a p just under 0.05 up to "0.05". */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  const two = p.toFixed(2);
  // 0.0497 is significant and must not read as "0.05": truncate to four decimals instead.
  return `p = ${p < 0.05 && two === '0.05' ? (Math.floor(p * 1e4) / 1e4).toFixed(4) : two}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Curly quotes around a user's label. */
export const q = (label: string): string => `“${label}”`;
