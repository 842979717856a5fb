import { describe, expect, it } from 'vitest';
import { notesUsedThisMonth } from '../../../lib/insight/quota';
import { requestsInLast7Days } from '../../../lib/insight/volume';
import { notesFrom } from '../../../lib/tracker/note-history';
import { recentRequests } from '../../../lib/tracker/volume-cache';
import { contact, NOW, SETTINGS } from './helpers';

const DAY = 86_400_000;

describe('recentRequests: the background computes the panel figures over recent requests only', () => {
  // Requests every 9 hours over 120 days, some without an offset (read on the wall clock), some free
  // with a note, plus contacts with no request.
  const people = Array.from({ length: 320 }, (_, i) => {
    const t = NOW.getTime() - i * 9 * 3_600_000 + 3 * DAY;
    const iso = new Date(t).toISOString();
    return contact(`p-${i}`, {
      ...(i % 11 === 0
        ? {}
        : {
            request: {
              sentAt: i % 3 === 0 ? iso.slice(0, 16) : iso,
              note: i % 2 ? 'Hi there' : null,
              accountType: i % 4 ? 'free' : 'premium',
            },
          }),
    });
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'])(
    'gives the same 7-day volume and note quota as every contact (%s)',
    (tz) => {
      for (const now of [NOW, new Date('2026-03-31T23:30:00.000Z'), new Date('2026-03-01T00:30:00.000Z')]) {
        const recent = recentRequests(people, now);
        expect(recent.length).toBeLessThan(people.length / 2);
        expect(requestsInLast7Days(recent, now, tz)).toBe(requestsInLast7Days(people, now, tz));
        const settings = { ...SETTINGS, accountType: 'free' as const };
        expect(notesUsedThisMonth(recent, now, tz, settings).used).toBe(
          notesUsedThisMonth(people, now, tz, settings).used,
        );
      }
    },
  );

  it('keeps a request whose date does not parse, for the figures to judge', () => {
    const odd = contact('odd', { request: { sentAt: 'not a date', note: null } });
    expect(recentRequests([odd], NOW)).toEqual([odd]);
  });
});

describe('notesFrom: the recent notes the draft panel compares against', () => {
  it('newest first, blank and missing notes left out, at most the limit', () => {
    const at = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
    const people = [
      contact('a', { request: { sentAt: at(3), note: 'third' } }),
      contact('b', { request: { sentAt: at(1), note: 'first' } }),
      contact('c', { request: { sentAt: at(2), note: ' \n\t ' } }),
      contact('d', { request: { sentAt: at(2), note: null } }),
      contact('e'),
      contact('f', { request: { sentAt: at(2), note: ' second ' } }),
    ];
    expect(notesFrom(people)).toEqual(['first', ' second ', 'third']);
    expect(notesFrom(people, 2)).toEqual(['first', ' second ']);
  });
});
