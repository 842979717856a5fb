/**
 * Every due date lands on one of the user's working days, in the user's time zone: "due Monday",
 * never "due today" on a Saturday; custom weeks (Sunday–Thursday, four-day weeks) and holidays too.
 */
import { describe, expect, it } from 'vitest';
import {
  type Advice,
  advise,
  isBusinessDay,
  localDay,
  parseAdviceInput,
  type Settings,
} from '../../../lib/sequencing';

function run(contact: object, now: string, settings: Settings = {}): Advice {
  const p = parseAdviceInput({
    contact: { name: 'Ana Silva', degree: 2, signals: {}, ...contact },
    settings,
  });
  return advise(p.contact, new Date(now), p.settings);
}

const weekday = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(new Date(iso));

describe('due dates on working days', () => {
  it('a first approach on a Saturday is due Monday, from the start of that day', () => {
    // Saturday 5 December 2026, 10:00 in Berlin.
    const a = run({}, '2026-12-05T09:00:00Z', { timeZone: 'Europe/Berlin' });
    expect(a.action).toBe('send-request-blank');
    expect(a.dueAt).toBe('2026-12-06T23:00:00.000Z'); // Monday 00:00 in Berlin
    expect(weekday(a.dueAt as string, 'Europe/Berlin')).toBe('Monday');
    expect(a.overdue).toBe(false);
  });

  it('on a working day, "now" stays now', () => {
    const a = run({}, '2026-12-07T09:00:00Z', { timeZone: 'Europe/Berlin' });
    expect(a.dueAt).toBe('2026-12-07T09:00:00.000Z');
  });

  it('the day is the user’s: Friday evening in Los Angeles is already Saturday in UTC', () => {
    // 23:30 UTC Friday 4 Dec = 15:30 Friday in Los Angeles, but 08:30 Saturday in Tokyo.
    const la = run({}, '2026-12-04T23:30:00Z', { timeZone: 'America/Los_Angeles' });
    expect(la.dueAt).toBe('2026-12-04T23:30:00.000Z');
    const tokyo = run({}, '2026-12-04T23:30:00Z', { timeZone: 'Asia/Tokyo' });
    expect(localDay(new Date(tokyo.dueAt as string), 'Asia/Tokyo')).toBe('2026-12-07');
    expect(tokyo.dueAt).toBe('2026-12-06T15:00:00.000Z'); // Monday 00:00 in Tokyo
  });

  it('a reply deadline that falls on Saturday moves to Monday, same local time, and the reason says so', () => {
    // They replied Friday 4 Dec 16:00 in New York: 24 hours later is Saturday.
    const a = run(
      {
        degree: 1,
        acceptedAt: '2026-11-20T10:00:00Z',
        messages: [{ sentAt: '2026-11-21T10:00:00Z', kind: 'first' }],
        repliedAt: '2026-12-04T21:00:00Z',
      },
      '2026-12-04T22:00:00Z',
      { timeZone: 'America/New_York' },
    );
    expect(a.action).toBe('reply');
    expect(weekday(a.dueAt as string, 'America/New_York')).toBe('Monday');
    expect(a.dueAt).toBe('2026-12-07T21:00:00.000Z');
    expect(a.reason).toContain('7 December');
  });

  it('a Sunday–Thursday week: Friday and Saturday are off (Tel Aviv, Riyadh)', () => {
    const week = { workingDays: [0, 1, 2, 3, 4], timeZone: 'Asia/Jerusalem' } satisfies Settings;
    // Friday 4 Dec 2026, 10:00 in Jerusalem.
    const friday = run({}, '2026-12-04T08:00:00Z', week);
    expect(weekday(friday.dueAt as string, 'Asia/Jerusalem')).toBe('Sunday');
    // Sunday is a working day there: due now.
    const sunday = run({}, '2026-12-06T08:00:00Z', week);
    expect(sunday.dueAt).toBe('2026-12-06T08:00:00.000Z');
  });

  it('a four-day week and a holiday are skipped', () => {
    const settings = {
      workingDays: [1, 2, 3, 4],
      holidays: ['2026-12-07'],
      timeZone: 'Europe/London',
    } satisfies Settings;
    // Friday 4 Dec is off in a Monday–Thursday week, Monday 7 Dec is a holiday: due Tuesday.
    const a = run({}, '2026-12-04T12:00:00Z', settings);
    expect(localDay(new Date(a.dueAt as string), 'Europe/London')).toBe('2026-12-08');
  });

  it('stale requests, follow-ups and first messages all land on working days', () => {
    const cal = { workingDays: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris', holidays: [] as string[] };
    const contacts: object[] = [
      // Accepted on a Thursday: 48 hours later is Saturday.
      { degree: 1, acceptedAt: '2026-12-03T10:00:00Z' },
      // Sent on a Saturday: 21 days later is a Saturday.
      { request: { sentAt: '2026-11-14T10:00:00Z', note: null } },
      // A message on a Sunday.
      {
        degree: 1,
        acceptedAt: '2026-11-01T10:00:00Z',
        messages: [{ sentAt: '2026-11-29T10:00:00Z', kind: 'first' }],
      },
      // Escalation 7 days after a Saturday message.
      {
        degree: 1,
        highValue: true,
        acceptedAt: '2026-11-01T10:00:00Z',
        messages: [
          { sentAt: '2026-11-28T10:00:00Z', kind: 'first' },
          { sentAt: '2026-12-01T10:00:00Z', kind: 'follow-up' },
          { sentAt: '2026-12-02T10:00:00Z', kind: 'follow-up' },
        ],
      },
    ];
    for (const c of contacts)
      for (const now of ['2026-12-05T09:00:00Z', '2026-12-06T09:00:00Z', '2026-12-09T09:00:00Z']) {
        const a = run(c, now, cal);
        if (!a.dueAt) continue;
        expect(isBusinessDay(new Date(a.dueAt), cal), `${JSON.stringify(c)} at ${now}: ${a.dueAt}`).toBe(
          true,
        );
      }
  });
});
