/**
 * Is one version's acceptance really different from another's at this sample size? (pure)
 * The decision is the pooled two-proportion z-test at the 5% level; the size of the gap is given by
 * Newcombe's hybrid score interval for the difference, which behaves well with small counts and
 * rates near 0 or 1. Below 25 sends in either group (seed 004) no verdict is given at all.
 */

import { t, tp } from '../i18n/t';
import type { TrackedContact } from '../tracker/schema';
import { cite, type EvidenceRef } from './evidence';
import { formatP, num, pair, pct, q } from './format';
import { type GroupStats, groupKey, MIN_SENDS, NO_LABEL } from './groups';
import {
  type Interval,
  newcombeDifference,
  sampleSizePerGroup,
  twoProportionZTest,
  Z95,
  zTwoSided,
} from './stats';

export const ALPHA = 0.05;

export interface CompareSide {
  key: string;
  sent: number;
  accepted: number;
}

export interface Comparison {
  a: CompareSide & { rate: number | null };
  b: CompareSide & { rate: number | null };
  /** rate(b) − rate(a); null when either has no sends. */
  difference: number | null;
  /** 95% Newcombe interval for rate(b) − rate(a). */
  differenceCi95: Interval | null;
  z: number | null;
  /** Two-sided p-value of the pooled z-test. */
  pValue: number | null;
  /** Either side has fewer than 25 sends: no verdict on the difference. */
  tooFew: boolean;
  /** Enough sends and p < 0.05. */
  significant: boolean;
  /** The side with the higher acceptance when the difference is significant, else null. */
  higher: 'a' | 'b' | null;
  /** When the gap is not (yet) significant: sends per version needed to detect a gap this size (80% power). */
  sendsNeededEach: number | null;
  verdict: string;
  evidence: EvidenceRef[];
}

const points = (d: number) => `${Math.round(Math.abs(d) * 100)}`;

/** "12", "−3" (a true minus sign). */
function pointsSigned(d: number): string {
  const n = Math.round(d * 100);
  return n < 0 ? `−${-n}` : `${n}`;
}

function signedPoints(d: number): string {
  const n = Math.round(d * 100);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/**
 * Compares acceptance of two groups (GroupStats fit: only key, sent and accepted are read). `alpha`
 * is lowered by a caller that makes several comparisons and quotes the strongest (coaching.ts).
 */
export function compareVersions(
  a: CompareSide,
  b: CompareSide,
  minSends: number = MIN_SENDS,
  alpha: number = ALPHA,
): Comparison {
  const rateA = a.sent ? a.accepted / a.sent : null;
  const rateB = b.sent ? b.accepted / b.sent : null;
  const base = {
    a: { key: a.key, sent: a.sent, accepted: a.accepted, rate: rateA },
    b: { key: b.key, sent: b.sent, accepted: b.accepted, rate: rateB },
    evidence: [cite('measure25to50')],
  };
  const test = twoProportionZTest(a.accepted, a.sent, b.accepted, b.sent);
  const differenceCi95 = newcombeDifference(b.accepted, b.sent, a.accepted, a.sent);
  const difference = rateA !== null && rateB !== null ? rateB - rateA : null;
  const tooFew = a.sent < minSends || b.sent < minSends;
  const significant = !tooFew && !!test && test.pValue < alpha;
  const higher = significant && difference !== null ? (difference > 0 ? 'b' : 'a') : null;
  const sendsNeededEach =
    !significant && rateA !== null && rateB !== null
      ? sampleSizePerGroup(rateA, rateB, alpha === ALPHA ? Z95 : zTwoSided(alpha))
      : null;

  let verdict: string;
  if (!a.sent || !b.sent) {
    const empty = [a, b].filter((s) => !s.sent).map((s) => q(s.key));
    verdict = tp('verdict_compare_empty', empty.length, {
      versions: pair(empty),
    });
  } else if (tooFew) {
    const more = pair(
      [a, b]
        .filter((s) => s.sent < minSends)
        .map((s) => t('verdict_compare_more', { count: minSends - s.sent, version: q(s.key) })),
    );
    verdict = t('verdict_compare_too_few', { sent_a: a.sent, sent_b: b.sent, min: minSends, more });
  } else if (significant && test && difference !== null && differenceCi95) {
    const [win, lose] = higher === 'b' ? [base.b, base.a] : [base.a, base.b];
    const ci = higher === 'b' ? differenceCi95 : ([-differenceCi95[1], -differenceCi95[0]] as Interval);
    verdict = t('verdict_compare_higher', {
      version: q(win.key),
      rate: pct(win.rate),
      other_rate: pct(lose.rate),
      p: formatP(test.pValue),
      points: points(difference),
      low: pointsSigned(ci[0]),
      high: pointsSigned(ci[1]),
    });
  } else if (difference === 0) {
    verdict = t('verdict_compare_same', { rate: pct(rateA), sent_a: a.sent, sent_b: b.sent });
  } else {
    const values = {
      version_a: q(a.key),
      rate_a: pct(rateA),
      version_b: q(b.key),
      rate_b: pct(rateB),
      points: signedPoints(difference ?? 0),
      sent_a: a.sent,
      sent_b: b.sent,
    };
    const need = sendsNeededEach
      ? ` ${tp('verdict_compare_need', sendsNeededEach, { count: num(sendsNeededEach) })}`
      : '';
    verdict =
      (test
        ? t('verdict_compare_unclear_p', { ...values, p: formatP(test.pValue) })
        : t('verdict_compare_unclear', values)) + need;
  }
  return {
    ...base,
    difference,
    differenceCi95,
    z: test?.z ?? null,
    pValue: test?.pValue ?? null,
    tooFew,
    significant,
    higher,
    sendsNeededEach,
    verdict,
  };
}

/** The two most-sent labelled groups, most-sent first (ties by label); fewer than two gives []. */
export function topTwoLabels(groups: readonly GroupStats[]): string[] {
  return groups
    .filter((g) => g.labelled)
    .sort((x, y) => y.sent - x.sent || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, 2)
    .map((g) => g.key);
}

/** The two most-sent labelled versions compared (the command line's default); null with fewer than two. */
export function compareTopTwo(groups: readonly GroupStats[]): Comparison | null {
  const [a, b] = topTwoLabels(groups).map((k) => groups.find((g) => g.key === k) as GroupStats);
  return a && b ? compareVersions(a, b) : null;
}

export interface AudienceMix {
  /** Total variation distance between the two versions' audience mixes (0 same … 1 disjoint). */
  distance: number;
  /** A caveat when the mixes differ by more than 20 points; null otherwise. */
  note: string | null;
  evidence: EvidenceRef[];
}

/**
 * Did the two versions go to the same audiences? Seed 004: keep the audience constant while testing
 * one change. When the mixes differ, part of any gap in acceptance may be the audience, not the note.
 */
export function audienceMix(
  contacts: readonly TrackedContact[],
  versionA: string,
  versionB: string,
): AudienceMix {
  const shares = (version: string) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const c of contacts) {
      if (!c.request || groupKey(c, 'version') !== version) continue;
      const k = groupKey(c, 'audience');
      counts.set(k, (counts.get(k) ?? 0) + 1);
      total++;
    }
    return { counts, total };
  };
  const a = shares(versionA);
  const b = shares(versionB);
  const evidence = [cite('measure25to50')];
  if (!a.total || !b.total) return { distance: 0, note: null, evidence };
  const keys = new Set([...a.counts.keys(), ...b.counts.keys()]);
  let distance = 0;
  for (const k of keys)
    distance += Math.abs((a.counts.get(k) ?? 0) / a.total - (b.counts.get(k) ?? 0) / b.total);
  distance /= 2;
  if (distance <= 0.2) return { distance, note: null, evidence };
  const top = (m: typeof a) =>
    [...m.counts]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 2)
      .map(([k, n]) =>
        t('verdict_audience_share', {
          audience: k === NO_LABEL ? t('verdict_no_audience') : k,
          rate: pct(n / m.total),
        }),
      )
      .join(', ');
  return {
    distance,
    note: t('verdict_audience_mix', {
      version_a: q(versionA),
      version_b: q(versionB),
      mix_a: top(a),
      mix_b: top(b),
    }),
    evidence,
  };
}
