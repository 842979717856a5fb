import { describe, expect, it } from 'vitest';
import { audienceMix, compareTopTwo, compareVersions, topTwoLabels } from '../../../lib/insight/compare';
import { formatP } from '../../../lib/insight/format';
import { groupStats } from '../../../lib/insight/groups';
import { batch } from './helpers';

const side = (key: string, sent: number, accepted: number) => ({ key, sent, accepted });

describe('compareVersions', () => {
  it('too few sends on either side: no verdict on the difference, says how many more', () => {
    const c = compareVersions(side('A', 12, 3), side('B', 9, 4));
    expect(c.tooFew).toBe(true);
    expect(c.significant).toBe(false);
    expect(c.higher).toBeNull();
    expect(c.verdict).toBe(
      'Too few sends to tell: 12 and 9; collect at least 25 of each (13 more of “A” and 16 more of “B”).',
    );
    expect(compareVersions(side('A', 40, 3), side('B', 24, 4)).verdict).toBe(
      'Too few sends to tell: 40 and 24; collect at least 25 of each (1 more of “B”).',
    );
  });

  it('a real difference: names the higher version, the p-value and the interval of the gap', () => {
    const c = compareVersions(side('v1', 50, 10), side('v2', 50, 22));
    expect(c.significant).toBe(true);
    expect(c.higher).toBe('b');
    expect(c.pValue).toBeCloseTo(0.010097, 5);
    expect(c.difference).toBeCloseTo(0.24, 12);
    expect(c.verdict).toBe(
      '“v2”’s acceptance is higher (44% vs 20%), and the difference is unlikely to be chance (p = 0.01): 24 points, 95% interval 6 to 40.',
    );
    // The same pair the other way round: A is the higher one, the interval is flipped.
    const r = compareVersions(side('v2', 50, 22), side('v1', 50, 10));
    expect(r.higher).toBe('a');
    expect(r.verdict).toBe(c.verdict);
  });

  it('a gap that could be chance: says so, with the p-value and the sends it would take', () => {
    const c = compareVersions(side('v1', 40, 12), side('v2', 40, 15));
    expect(c.significant).toBe(false);
    expect(c.pValue).toBeCloseTo(0.478122, 5);
    expect(c.sendsNeededEach).toBe(623);
    expect(c.verdict).toBe(
      'No clear difference yet: “v1” 30% vs “v2” 38% (p = 0.48); a gap this size (+8 points) could be chance at 40 and 40 sends. Telling a gap this size from chance would take about 623 sends of each.',
    );
  });

  it('equal rates, and an empty side', () => {
    expect(compareVersions(side('a', 30, 9), side('b', 30, 9)).verdict).toBe(
      'No difference: both are accepted at 30% (30 and 30 sends).',
    );
    const e = compareVersions(side('a', 30, 9), side('b', 0, 0));
    expect(e.verdict).toBe('Nothing to compare yet: “b” has no sends.');
    expect(e.difference).toBeNull();
    expect(e.pValue).toBeNull();
  });

  it('p-values: two decimals, three under 0.01, "< 0.001", and never "0.05" for a significant one', () => {
    expect(formatP(0.4781)).toBe('p = 0.48');
    expect(formatP(0.0284)).toBe('p = 0.03');
    expect(formatP(0.0041)).toBe('p = 0.004');
    expect(formatP(0.00004)).toBe('p < 0.001');
    expect(formatP(0.0497)).toBe('p = 0.0497');
    expect(formatP(0.04996)).toBe('p = 0.0499');
    expect(formatP(0.0503)).toBe('p = 0.05');
  });

  it('carries the 25–50 sends evidence', () => {
    expect(compareVersions(side('a', 1, 0), side('b', 1, 1)).evidence[0]?.id).toBe('measure25to50');
  });
});

describe('choosing and qualifying a comparison', () => {
  const contacts = [
    ...batch('a', 40, 10, 2, { version: 'v1', audience: 'founders' }),
    ...batch('b', 30, 15, 5, { version: 'v2', audience: 'founders' }),
    ...batch('c', 8, 3, 1, { version: 'v3' }),
    ...batch('d', 50, 3, 1),
  ];
  const groups = groupStats(contacts, { by: 'version' });

  it('the two most-sent labelled versions, never "(no label)"', () => {
    expect(topTwoLabels(groups)).toEqual(['v1', 'v2']);
    expect(compareTopTwo(groups)?.a.key).toBe('v1');
    expect(compareTopTwo(groups.filter((g) => g.key !== 'v2' && g.key !== 'v3'))).toBeNull();
  });

  it('warns when the versions went to different audiences', () => {
    expect(audienceMix(contacts, 'v1', 'v2').note).toBeNull();
    const mix = audienceMix(contacts, 'v1', 'v3');
    expect(mix.distance).toBe(1);
    expect(mix.note).toBe(
      '“v1” and “v3” went to different audiences (founders 100% vs no audience 100%), so part of the gap may be the audience rather than the note: test one change at a time.',
    );
  });
});
