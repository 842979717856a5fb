import { describe, expect, it } from 'vitest';
import { notesLeftMessage, notesUsedThisMonth } from '../../../lib/insight/quota';
import { req } from './helpers';

const FREE = { accountType: 'free' as const, monthlyFreeNotes: 5 };
const note = 'Loved your talk on pricing pages; would be glad to connect.';

describe('notesUsedThisMonth', () => {
  // 16:00 UTC on 31 March is already 1 April, 01:00, in Tokyo.
  const now = new Date('2026-03-31T16:00:00Z');
  const contacts = [
    req('late-march-utc', '2026-03-31T14:00:00Z', { note }), // 31 Mar 23:00 Tokyo
    req('april-tokyo', '2026-03-31T15:30:00Z', { note }), // 1 Apr 00:30 Tokyo
    req('early-march', '2026-03-01T00:30:00Z', { note }), // 1 Mar in both
    req('february', '2026-02-28T23:30:00Z', { note }), // still February in UTC, 1 March in Tokyo
  ];

  it('counts the calendar month of the user’s zone', () => {
    expect(notesUsedThisMonth(contacts, now, 'UTC', FREE)).toMatchObject({ used: 3, left: 2, quota: 5 });
    const tokyo = notesUsedThisMonth(contacts, now, 'Asia/Tokyo', FREE);
    expect(tokyo).toMatchObject({ used: 1, left: 4 });
    expect(tokyo.monthStart.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(tokyo.resetsAt.toISOString()).toBe('2026-04-30T15:00:00.000Z');
  });

  it('counts only non-blank notes from a free account (recorded, or unknown while the settings say free)', () => {
    const now2 = new Date('2026-03-20T12:00:00Z');
    const list = [
      req('free', '2026-03-02', { note, accountType: 'free' }),
      req('premium', '2026-03-02', { note, accountType: 'premium' }),
      req('unknown', '2026-03-02', { note }),
      req('null-type', '2026-03-02', { note, accountType: null }),
      req('blank', '2026-03-02', { note: '   ' }),
      req('no-note', '2026-03-02', { note: null }),
    ];
    expect(notesUsedThisMonth(list, now2, 'UTC', FREE).used).toBe(3);
    // Settings unknown: only requests recorded as free count, and the quota does not apply.
    const unknown = notesUsedThisMonth(list, now2, 'UTC', { accountType: null, monthlyFreeNotes: 5 });
    expect(unknown).toMatchObject({ used: 1, applies: false, account: null });
    // Now premium: earlier free requests this month still count, but the quota no longer applies.
    expect(
      notesUsedThisMonth(list, now2, 'UTC', { accountType: 'premium', monthlyFreeNotes: 5 }),
    ).toMatchObject({ used: 1, applies: false });
  });

  it('messages: plural, one left, none left with the reset day; carries its source', () => {
    const now2 = new Date('2026-03-20T12:00:00Z');
    const four = Array.from({ length: 4 }, (_, i) => req(`n${i}`, '2026-03-02', { note }));
    const q = notesUsedThisMonth(four, now2, 'UTC', FREE);
    expect(q.message).toBe('1 personalised note left this month');
    expect(q.applies).toBe(true);
    expect(q.limit.value).toBe(5);
    const six = Array.from({ length: 6 }, (_, i) => req(`s${i}`, '2026-03-02', { note }));
    const none = notesUsedThisMonth(six, now2, 'UTC', FREE);
    expect(none).toMatchObject({ used: 6, left: 0 });
    expect(none.message).toBe('No personalised notes left this month; more on 1 April');
    expect(notesUsedThisMonth([], now2, 'UTC', { ...FREE, monthlyFreeNotes: 3 }).message).toBe(
      '3 personalised notes left this month',
    );
    expect(notesLeftMessage(0)).toBe('No personalised notes left this month');
    expect(notesLeftMessage(2)).toBe('2 personalised notes left this month');
  });
});
