/** A rate against the seeds' healthy range, with its uncertainty taken into account (pure). */

import { t } from '../i18n/t';
import { cite, type EvidenceRef } from './evidence';
import { pct, pctRange } from './format';
import type { Interval } from './stats';

/** Seed 004: acceptance 30–50%, reply rate after acceptance 15–30%. */
export const HEALTHY_ACCEPTANCE: Interval = [0.3, 0.5];
export const HEALTHY_REPLY: Interval = [0.15, 0.3];

export type RangePosition = 'below' | 'within' | 'above';

export interface RangeCheck {
  rate: number | null;
  ci95: Interval | null;
  range: Interval;
  /** Where the observed rate falls; null without a rate. */
  position: RangePosition | null;
  /**
   * True when the whole 95% interval is on the same side of the range as the rate (or inside it), so
   * chance alone is an unlikely explanation. Without an interval, taken at face value (true).
   */
  clear: boolean;
  message: string;
  evidence: EvidenceRef[];
}

function check(
  what: 'acceptance' | 'reply',
  rate: number | null,
  ci95: Interval | null | undefined,
  range: Interval,
): Omit<RangeCheck, 'evidence'> {
  const ci = ci95 ?? null;
  const band = pctRange(range);
  if (rate === null) {
    const message = t(what === 'acceptance' ? 'health_no_acceptance' : 'health_no_reply');
    return { rate, ci95: ci, range, position: null, clear: false, message };
  }
  const position: RangePosition = rate < range[0] ? 'below' : rate > range[1] ? 'above' : 'within';
  const clear =
    !ci ||
    (position === 'below'
      ? ci[1] < range[0]
      : position === 'above'
        ? ci[0] > range[1]
        : ci[0] >= range[0] && ci[1] <= range[1]);
  const head = ci
    ? t(what === 'acceptance' ? 'health_head_acceptance_ci' : 'health_head_reply_ci', {
        rate: pct(rate),
        range: pctRange(ci),
      })
    : t(what === 'acceptance' ? 'health_head_acceptance' : 'health_head_reply', { rate: pct(rate) });
  let message: string;
  // Within the range the interval is shown in the head; at outreach sample sizes it nearly always
  // reaches outside the range, and saying so every time would drown the one caveat that matters:
  // a rate that looks outside the range but may not be.
  if (position === 'within') message = t('health_within', { head, band });
  else if (clear) message = t(position === 'below' ? 'health_below' : 'health_above', { head, band });
  else message = t(position === 'below' ? 'health_maybe_below' : 'health_maybe_above', { head, band });
  return { rate, ci95: ci, range, position, clear, message };
}

/** The acceptance rate against the healthy 30–50% (seed 004); pass its interval to weigh chance. */
export function acceptanceVsHealthy(rate: number | null, ci95?: Interval | null): RangeCheck {
  return { ...check('acceptance', rate, ci95, HEALTHY_ACCEPTANCE), evidence: [cite('healthyAcceptance')] };
}

/** The reply rate after acceptance against the healthy 15–30% (seed 004). */
export function replyVsHealthy(rate: number | null, ci95?: Interval | null): RangeCheck {
  return { ...check('reply', rate, ci95, HEALTHY_REPLY), evidence: [cite('healthyAcceptance')] };
}
