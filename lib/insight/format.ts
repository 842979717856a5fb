/** Plain-words numbers for the insight view and the stats command (pure). */
import { formatDecimal } from '../i18n/intl';
import { formatNumber, t } from '../i18n/t';
import type { Interval } from './stats';

/** "43%" (whole percentages: the intervals are wider than a decimal could matter). */
export function pct(rate: number | null): string {
  return rate === null ? '–' : t('format_percent', { value: Math.round(rate * 100) });
}

/** "28–58%". */
export function pctRange(ci: Interval | null): string {
  return ci
    ? t('format_percent_range', { low: Math.round(ci[0] * 100), high: Math.round(ci[1] * 100) })
    : '–';
}

/** "43% (28–58%)". */
export function pctWithCi(rate: number | null, ci: Interval | null): string {
  return rate === null ? '–' : t('format_rate_with_range', { rate: pct(rate), range: pctRange(ci) });
}

/** "2.5" days ("2,5" in German), or "–". */
export function days(value: number | null): string {
  return value === null ? '–' : value < 10 ? formatDecimal(value, 1) : formatNumber(Math.round(value));
}

/** A decimal written by toFixed ("0.004") in the UI's language ("0,004"), keeping its digits. */
const decimal = (fixed: string): string => formatDecimal(Number(fixed), fixed.split('.')[1]?.length ?? 0);

/** "p = 0.03", "p = 0.004", "p < 0.001"; never rounds a p just under 0.05 up to "0.05". */
export function formatP(p: number): string {
  if (p < 0.001) return t('format_p_below', { p: decimal('0.001') });
  if (p < 0.01) return t('format_p_equals', { p: decimal(p.toFixed(3)) });
  const two = p.toFixed(2);
  // 0.0497 is significant and must not read as "0.05": truncate to four decimals instead.
  return t('format_p_equals', {
    p: decimal(p < 0.05 && two === '0.05' ? (Math.floor(p * 1e4) / 1e4).toFixed(4) : two),
  });
}

/** A count as the sentences show it: "1,234" ("1.234" in German). */
export const num = (n: number): string => formatNumber(n);

/** Curly quotes around a user's label. */
export const q = (label: string): string => t('common_quote', { text: label });

/** "a and b", or just "a". */
export const pair = (items: readonly string[]): string =>
  items.length >= 2
    ? t('format_pair', { first: items[0] as string, second: items[1] as string })
    : (items[0] ?? '');
