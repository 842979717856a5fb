import { describe, expect, it } from 'vitest';
import { isWorkingDay, nextDigestAt } from '../../../lib/tracker/digest';

describe('the daily reminder fires at 09:00 in the user’s zone', () => {
  it('later today before 09:00, tomorrow after it', () => {
    expect(new Date(nextDigestAt(new Date('2026-12-07T06:00:00Z'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-12-07T08:00:00.000Z',
    );
    expect(new Date(nextDigestAt(new Date('2026-12-07T08:00:00Z'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-12-08T08:00:00.000Z',
    );
    expect(new Date(nextDigestAt(new Date('2026-12-07T23:30:00Z'), 'America/New_York')).toISOString()).toBe(
      '2026-12-08T14:00:00.000Z',
    );
  });

  it('follows daylight saving time (09:00 local on both sides of the change)', () => {
    // Europe moves to summer time on 2027-03-28.
    expect(new Date(nextDigestAt(new Date('2027-03-27T10:00:00Z'), 'Europe/Paris')).toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    );
    expect(new Date(nextDigestAt(new Date('2027-03-27T07:00:00Z'), 'Europe/Paris')).toISOString()).toBe(
      '2027-03-27T08:00:00.000Z',
    );
  });

  it('working days are read in the user’s zone, not UTC', () => {
    // Sunday 23:30 in UTC is Monday 08:30 in Tokyo.
    const at = new Date('2026-12-06T23:30:00Z');
    expect(isWorkingDay(at, 'UTC', [1, 2, 3, 4, 5])).toBe(false);
    expect(isWorkingDay(at, 'Asia/Tokyo', [1, 2, 3, 4, 5])).toBe(true);
    expect(isWorkingDay(at, 'Asia/Tokyo', [0, 6])).toBe(false);
  });
});
