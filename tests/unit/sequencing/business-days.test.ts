import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  type BusinessCalendar,
  isBusinessDay,
  nextBusinessDay,
} from '../../../lib/sequencing/business-days';

const UTC: BusinessCalendar = { workingDays: [1, 2, 3, 4, 5], timeZone: 'UTC', holidays: [] };
const LA: BusinessCalendar = { ...UTC, timeZone: 'America/Los_Angeles' };
const BERLIN: BusinessCalendar = { ...UTC, timeZone: 'Europe/Berlin' };
// A Sunday–Thursday week (e.g. Israel, several Gulf states).
const SUN_THU: BusinessCalendar = { workingDays: [0, 1, 2, 3, 4], timeZone: 'Asia/Jerusalem', holidays: [] };

describe('addBusinessDays', () => {
  it.each([
    // [label, from, days, calendar, expected]
    ['Monday + 4 → Friday', '2026-03-02T10:00:00Z', 4, UTC, '2026-03-06T10:00:00.000Z'],
    ['Friday + 4 → Thursday', '2026-03-06T10:00:00Z', 4, UTC, '2026-03-12T10:00:00.000Z'],
    ['Friday + 1 → Monday', '2026-03-06T10:00:00Z', 1, UTC, '2026-03-09T10:00:00.000Z'],
    ['Friday + 5 → next Friday', '2026-03-06T10:00:00Z', 5, UTC, '2026-03-13T10:00:00.000Z'],
    ['Saturday + 1 → Monday', '2026-03-07T10:00:00Z', 1, UTC, '2026-03-09T10:00:00.000Z'],
    ['Sunday + 4 → Thursday', '2026-03-08T10:00:00Z', 4, UTC, '2026-03-12T10:00:00.000Z'],
    ['+ 0 keeps the instant', '2026-03-07T10:00:00Z', 0, UTC, '2026-03-07T10:00:00.000Z'],
    ['Thursday − 4 → Friday before', '2026-03-12T10:00:00Z', -4, UTC, '2026-03-06T10:00:00.000Z'],
    // 18:00 Friday in Los Angeles is 02:00 Saturday in UTC: the user's Friday counts, and DST
    // starts on 8 March 2026, so the local 18:00 is 01:00 UTC afterwards.
    ['LA Friday evening + 4 → LA Thursday', '2026-03-07T02:00:00Z', 4, LA, '2026-03-13T01:00:00.000Z'],
    [
      'same instant in UTC is Saturday + 4 → Thursday',
      '2026-03-07T02:00:00Z',
      4,
      UTC,
      '2026-03-12T02:00:00.000Z',
    ],
    // 00:30 Monday in Berlin is still Sunday in UTC.
    ['Berlin Monday 00:30 + 1 → Tuesday', '2026-03-08T23:30:00Z', 1, BERLIN, '2026-03-09T23:30:00.000Z'],
    ['Sun–Thu week: Thursday + 1 → Sunday', '2026-03-05T08:00:00Z', 1, SUN_THU, '2026-03-08T08:00:00.000Z'],
    ['Sun–Thu week: Wednesday + 4 → Tuesday', '2026-03-04T08:00:00Z', 4, SUN_THU, '2026-03-10T08:00:00.000Z'],
  ])('%s', (_label, from, days, cal, expected) => {
    expect(addBusinessDays(new Date(from), days, cal).toISOString()).toBe(expected);
  });

  it.each([
    // [label, holidays, expected]
    ['no holidays', [], '2026-03-12T10:00:00.000Z'],
    ['Monday off', ['2026-03-09'], '2026-03-13T10:00:00.000Z'],
    ['Monday and Tuesday off', ['2026-03-09', '2026-03-10'], '2026-03-16T10:00:00.000Z'],
    ['a weekend holiday changes nothing', ['2026-03-07'], '2026-03-12T10:00:00.000Z'],
  ])('Friday + 4 with %s', (_label, holidays, expected) => {
    expect(addBusinessDays(new Date('2026-03-06T10:00:00Z'), 4, { ...UTC, holidays }).toISOString()).toBe(
      expected,
    );
  });

  it('reads holidays as local days in the calendar zone', () => {
    // 2026-12-24 23:00 in Los Angeles is already the 25th in UTC; Christmas is the LA 25th.
    const cal = { ...LA, holidays: ['2026-12-25'] };
    const from = new Date('2026-12-24T23:00:00-08:00');
    expect(addBusinessDays(from, 1, cal).toISOString()).toBe('2026-12-29T07:00:00.000Z');
  });

  it('rejects a calendar without working days and fractional counts', () => {
    expect(() => addBusinessDays(new Date(), 1, { ...UTC, workingDays: [] })).toThrow(RangeError);
    expect(() => addBusinessDays(new Date(), 1.5, UTC)).toThrow(RangeError);
  });
});

describe('isBusinessDay / nextBusinessDay', () => {
  it.each([
    ['Friday', '2026-03-06T12:00:00Z', UTC, true],
    ['Saturday', '2026-03-07T12:00:00Z', UTC, false],
    ['Saturday in UTC, Friday in LA', '2026-03-07T02:00:00Z', LA, true],
    ['Sunday in a Sun–Thu week', '2026-03-08T08:00:00Z', SUN_THU, true],
    ['Friday in a Sun–Thu week', '2026-03-06T08:00:00Z', SUN_THU, false],
    ['a holiday', '2026-05-01T08:00:00Z', { ...BERLIN, holidays: ['2026-05-01'] }, false],
  ])('%s', (_label, at, cal, expected) => {
    expect(isBusinessDay(new Date(at), cal)).toBe(expected);
  });

  it('moves a weekend to Monday and keeps a working day', () => {
    expect(nextBusinessDay(new Date('2026-03-07T09:00:00Z'), UTC).toISOString()).toBe(
      '2026-03-09T09:00:00.000Z',
    );
    expect(nextBusinessDay(new Date('2026-03-06T09:00:00Z'), UTC).toISOString()).toBe(
      '2026-03-06T09:00:00.000Z',
    );
  });
});
