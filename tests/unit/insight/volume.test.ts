import { describe, expect, it } from 'vitest';
import { capState } from '../../../lib/insight/evidence';
import {
  dailyVolumeGuard,
  isoWeekOf,
  last7DaysMessage,
  lastIsoWeeks,
  pendingPileOverTime,
  requestsInLast7Days,
  weeklyVolume,
} from '../../../lib/insight/volume';
import { contact, req } from './helpers';

const at = (iso: string) => new Date(iso);

describe('ISO weeks', () => {
  it.each([
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 1–3 Jan 2027 still belong to 2026-W53.
    ['2026-12-31T12:00:00Z', 'UTC', '2026-W53', '2026-12-28'],
    ['2027-01-01T12:00:00Z', 'UTC', '2026-W53', '2026-12-28'],
    ['2027-01-03T23:59:59Z', 'UTC', '2026-W53', '2026-12-28'],
    ['2027-01-04T00:00:00Z', 'UTC', '2027-W01', '2027-01-04'],
    // Late Sunday in UTC is already Monday in Paris, and still Sunday in New York.
    ['2027-01-03T23:30:00Z', 'Europe/Paris', '2027-W01', '2027-01-04'],
    ['2027-01-04T03:00:00Z', 'America/New_York', '2026-W53', '2026-12-28'],
    // The other way round: 29 Dec 2025 (Monday) starts 2026-W01; 3 Jan 2021 is in 2020-W53.
    ['2025-12-29T10:00:00Z', 'UTC', '2026-W01', '2025-12-29'],
    ['2021-01-03T10:00:00Z', 'UTC', '2020-W53', '2020-12-28'],
    ['2027-12-31T10:00:00Z', 'UTC', '2027-W52', '2027-12-27'],
  ])('%s in %s → %s (Monday %s)', (iso, tz, week, monday) => {
    const w = isoWeekOf(at(iso), tz);
    expect(w.week).toBe(week);
    expect(w.startDay).toBe(monday);
  });

  it('weeks start at local Monday midnight, also across a DST change', () => {
    // Paris moves to summer time on Sunday 29 March 2026.
    const [before, after] = lastIsoWeeks(at('2026-03-31T12:00:00Z'), 'Europe/Paris', 2);
    expect(before?.week).toBe('2026-W13');
    expect(before?.start.toISOString()).toBe('2026-03-22T23:00:00.000Z'); // Mon 23 Mar 00:00 CET
    expect(before?.end.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // Mon 30 Mar 00:00 CEST
    expect(after?.start.toISOString()).toBe(before?.end.toISOString());
  });

  it('the last n weeks run oldest first, across the year boundary', () => {
    expect(lastIsoWeeks(at('2027-01-06T12:00:00Z'), 'UTC', 3).map((w) => w.week)).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });
});

describe('weeklyVolume', () => {
  const sundayNight = req('sun', '2027-01-03T23:30:00Z');
  const monday = req('mon', '2027-01-04T10:00:00Z');
  const now = at('2027-01-06T12:00:00Z');

  it('a Sunday-night request counts in the week of the user’s wall clock', () => {
    const utc = weeklyVolume([sundayNight, monday], now, 'UTC', { weeks: 2 });
    expect(utc.weeks.map((w) => [w.week, w.sent])).toEqual([
      ['2026-W53', 1],
      ['2027-W01', 1],
    ]);
    const paris = weeklyVolume([sundayNight, monday], now, 'Europe/Paris', { weeks: 2 });
    expect(paris.weeks.map((w) => [w.week, w.sent])).toEqual([
      ['2026-W53', 0],
      ['2027-W01', 2],
    ]);
    expect(paris.weeks[1]?.current).toBe(true);
    expect(paris.weeks[0]?.current).toBe(false);
  });

  it('against the weekly cap (default 100), with the evidence', () => {
    const many = Array.from({ length: 85 }, (_, i) => req(`m${i}`, '2027-01-05T08:00:00Z'));
    const v = weeklyVolume(many, now, 'UTC', { weeks: 1 });
    expect(v.cap).toBe(100);
    expect(v.weeks[0]).toMatchObject({ sent: 85, state: 'near' });
    expect(weeklyVolume(many, now, 'UTC', { weeks: 1, weeklyCap: 80 }).weeks[0]?.state).toBe('over');
    expect(v.evidence[0]?.id).toBe('weeklyCap');
    expect(weeklyVolume([], now, 'UTC').weeks).toHaveLength(12);
  });

  it('ignores contacts without a request and requests outside the window', () => {
    const v = weeklyVolume([contact('no-request'), req('old', '2026-10-01T10:00:00Z'), monday], now, 'UTC', {
      weeks: 4,
    });
    expect(v.weeks.reduce((s, w) => s + w.sent, 0)).toBe(1);
  });
});

describe('pendingPileOverTime', () => {
  // now: Tuesday 10 March 2026 (2026-W11); the weeks shown: W09 (23 Feb–1 Mar), W10 (2–8 Mar), W11 so far.
  const now = at('2026-03-10T09:00:00Z');
  const contacts = [
    req('a', '2026-02-24', { accepted: '2026-03-03' }), // pending W09 only
    req('b', '2026-02-25', { withdrawn: '2026-03-09T10:00:00Z' }), // W09, W10
    req('c', '2026-03-04'), // W10, now
    req('d1', '2026-03-10T08:00:00Z'), // now
    req('d2', '2026-03-10T08:30:00Z'), // now
    req('later', '2026-03-10T10:00:00Z'), // after now: never
    req('e', '2026-02-20', { replied: '2026-02-22' }), // resolved before any point
    req('f', '2026-03-05', { status: 'ignored' }), // ignored stays pending: W10, now
    // accepted without a date: resolved when the record last changed (6 March)
    req('g', '2026-02-26', { status: 'accepted', degree: 1, updatedAt: '2026-03-06T09:00:00.000Z' }),
    req('h', '2026-03-07'), // W10, now
    contact('no-request', { degree: 1, status: 'none' }),
  ];

  it('counts requests sent by each week end and not yet accepted, replied or withdrawn', () => {
    const pile = pendingPileOverTime(contacts, now, 3, 'UTC');
    expect(pile.points.map((p) => [p.week, p.pending])).toEqual([
      ['2026-W09', 3], // a, b, g
      ['2026-W10', 4], // b, c, f, h
      ['2026-W11', 5], // c, d1, d2, f, h
    ]);
    expect(pile.points[0]?.at.toISOString()).toBe('2026-03-01T23:59:59.999Z');
    expect(pile.points[2]?.at).toEqual(now);
    expect(pile.points[2]?.current).toBe(true);
    expect(pile.ceiling).toBe(500);
    expect(pile.evidence[0]?.id).toBe('pendingCeiling');
  });

  it('defaults to 12 weeks in UTC; state against the ~500 ceiling', () => {
    expect(pendingPileOverTime([], now).points).toHaveLength(12);
    expect(capState(349, 500)).toBe('ok');
    expect(capState(350, 500)).toBe('near');
    expect(capState(500, 500)).toBe('near');
    expect(capState(501, 500)).toBe('over');
    expect(capState(0, 0)).toBe('ok');
  });
});

describe('dailyVolumeGuard', () => {
  // 06:00 UTC on 10 March is still 9 March, 23:00, in Los Angeles (PDT since 8 March).
  const now = at('2026-03-10T06:00:00Z');
  const contacts = [
    req('y', '2026-03-09T06:30:00Z'), // 8 Mar 23:30 local: yesterday
    ...Array.from({ length: 3 }, (_, i) => req(`t${i}`, '2026-03-09T08:00:00Z')), // 9 Mar 01:00 local
  ];

  it('only with a connection count', () => {
    expect(dailyVolumeGuard(contacts, now, 'America/Los_Angeles', null)).toBeNull();
    expect(dailyVolumeGuard(contacts, now, 'America/Los_Angeles', undefined)).toBeNull();
  });

  it('today (user’s day) against 2–5% of connections', () => {
    const g = dailyVolumeGuard(contacts, now, 'America/Los_Angeles', 100);
    expect(g).toMatchObject({ today: 3, connections: 100, low: 2, high: 5, state: 'near' });
    expect(g?.message).toBe(
      '3 requests today, near the top of the safe range (2–5% of your 100 connections is 2–5 a day).',
    );
    expect(g?.evidence[0]?.id).toBe('dailyVolume');
    expect(dailyVolumeGuard(contacts, now, 'America/Los_Angeles', 200)?.state).toBe('ok');
    const over = dailyVolumeGuard(contacts, now, 'America/Los_Angeles', 50);
    expect(over).toMatchObject({ low: 1, high: 2, state: 'over' });
    expect(over?.message).toMatch(
      /^3 requests today, more than 5% of your connections .*: stop for today\.$/,
    );
    // In UTC "today" is 10 March: none yet.
    expect(dailyVolumeGuard(contacts, now, 'UTC', 100)?.today).toBe(0);
  });
});

describe('requestsInLast7Days', () => {
  it('rolling 7 × 24 hours up to now', () => {
    const now = at('2026-03-10T09:00:00Z');
    const contacts = [
      req('edge', '2026-03-03T09:00:00Z'),
      req('in', '2026-03-03T09:00:01Z'),
      req('now', '2026-03-10T09:00:00Z'),
      req('future', '2026-03-10T09:00:01Z'),
    ];
    expect(requestsInLast7Days(contacts, now)).toBe(2);
  });

  it('message', () => {
    expect(last7DaysMessage(87, 100)).toBe('87 requests in the last 7 days (cap ~100)');
    expect(last7DaysMessage(1, 100)).toBe('1 request in the last 7 days (cap ~100)');
    expect(last7DaysMessage(120, 100)).toBe(
      '120 requests in the last 7 days (cap ~100): over the cap, pause for a few days',
    );
  });
});
