import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  badgeText,
  canReinviteAfter,
  dueItems,
  isReinviteBlocked,
  nextChangeAt,
} from '../../../lib/tracker/reminders';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { contact, NOW, SETTINGS } from './helpers';

const H = 3_600_000;
const D = 24 * H;

afterEach(() => {
  vi.useRealTimers();
});

const pending = (slug: string, sentAt: string, over: Partial<TrackedContact> = {}) =>
  contact(slug, { request: { sentAt, note: null }, status: 'pending', ...over });
const accepted = (slug: string, acceptedAt: string, over: Partial<TrackedContact> = {}) =>
  contact(slug, {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: null },
    acceptedAt,
    degree: 1,
    status: 'accepted',
    ...over,
  });

/** A connection who replied in October and has been quiet since 1 November: due to re-engage. */
const quietSinceNovember = (slug: string) =>
  accepted(slug, '2025-10-01T09:00:00.000Z', {
    // Followed since before the request (not imported history: facts.ts).
    createdAt: '2025-09-01T09:00:00.000Z',
    messages: [
      { sentAt: '2025-10-02T09:00:00.000Z', kind: 'first' },
      { sentAt: '2025-10-04T09:00:00.000Z', kind: 'follow-up' },
    ],
    repliedAt: '2025-10-03T09:00:00.000Z',
    lastInteractionAt: '2025-11-01T09:00:00.000Z',
  });

describe('dueItems', () => {
  it('a fresh acceptance: the first message is due now, by 48 hours later, not yet overdue', () => {
    const [item] = dueItems([accepted('ana', '2026-03-09T09:00:00.000Z')], NOW, SETTINGS);
    expect(item).toMatchObject({
      contactId: 'https://www.linkedin.com/in/ana',
      name: 'Ana',
      profileUrl: 'https://www.linkedin.com/in/ana',
      action: 'send-first-message',
      kind: 'first-message',
      dueAt: '2026-03-11T09:00:00.000Z',
      overdueBy: 0,
    });
    expect(item?.reason).toContain('Ana');
    expect(item?.evidence.figure).toBeTruthy();
  });

  it('overdue items are kept, with overdueBy in ms', () => {
    const [item] = dueItems([accepted('ana', '2026-03-01T09:00:00.000Z')], NOW, SETTINGS);
    expect(item).toMatchObject({ kind: 'first-message', overdueBy: 7 * D });
  });

  it('a stale request (21 days) is a withdraw item from the day it goes stale, and stays', () => {
    const c = pending('bo', '2026-02-17T09:00:00.000Z');
    expect(dueItems([c], new Date('2026-03-10T08:59:59.000Z'), SETTINGS)).toEqual([]);
    expect(dueItems([c], NOW, SETTINGS)[0]).toMatchObject({ kind: 'withdraw', overdueBy: 0 });
    expect(dueItems([c], new Date(NOW.getTime() + 30 * D), SETTINGS)[0]).toMatchObject({
      kind: 'withdraw',
      overdueBy: 30 * D,
    });
  });

  it('a young pending request is a wait: not due', () => {
    expect(dueItems([pending('cy', '2026-03-05T09:00:00.000Z')], NOW, SETTINGS)).toEqual([]);
  });

  it('high-value pending a week with InMail credits: an inmail item', () => {
    const c = pending('dee', '2026-03-02T09:00:00.000Z', { highValue: true });
    expect(dueItems([c], NOW, { ...SETTINGS, inmailCredits: 3, accountType: 'premium' })[0]).toMatchObject({
      kind: 'inmail',
      action: 'send-inmail',
    });
  });

  it('a follow-up becomes due 4 business days after the first message', () => {
    // First message Wednesday 4 March → due Tuesday 10 March 09:00.
    const c = accepted('eve', '2026-03-03T09:00:00.000Z', {
      messages: [{ sentAt: '2026-03-04T09:00:00.000Z', kind: 'first' }],
    });
    expect(dueItems([c], new Date(NOW.getTime() - H), SETTINGS)).toEqual([]);
    expect(dueItems([c], NOW, SETTINGS)[0]).toMatchObject({
      kind: 'follow-up',
      dueAt: '2026-03-10T09:00:00.000Z',
    });
  });

  it('a reply is due at once, within 24 hours', () => {
    const c = accepted('fay', '2026-03-03T09:00:00.000Z', {
      messages: [{ sentAt: '2026-03-04T09:00:00.000Z', kind: 'first' }],
      repliedAt: '2026-03-10T08:00:00.000Z',
      status: 'replied',
    });
    expect(dueItems([c], NOW, SETTINGS)[0]).toMatchObject({
      kind: 'reply',
      dueAt: '2026-03-11T08:00:00.000Z',
    });
  });

  it('escalate for a silent high-value contact after two follow-ups; stop is not an item', () => {
    const msgs = [
      { sentAt: '2026-02-20T09:00:00.000Z', kind: 'first' as const },
      { sentAt: '2026-02-26T09:00:00.000Z', kind: 'follow-up' as const },
      { sentAt: '2026-03-04T09:00:00.000Z', kind: 'follow-up' as const },
    ];
    const hv = accepted('gus', '2026-02-19T09:00:00.000Z', { highValue: true, messages: msgs });
    const plain = accepted('hal', '2026-02-19T09:00:00.000Z', { messages: msgs });
    const items = dueItems([hv, plain], NOW, SETTINGS);
    expect(items.map((i) => [i.name, i.kind])).toEqual([['Gus', 'escalate']]);
  });

  it('re-engage a connection quiet for 90 days', () => {
    const c = quietSinceNovember('ida');
    expect(dueItems([c], NOW, SETTINGS)[0]).toMatchObject({ kind: 're-engage' });
  });

  it('snoozed items are hidden until snoozedUntil, then come back overdue', () => {
    const c = accepted('ana', '2026-03-01T09:00:00.000Z', { snoozedUntil: '2026-03-11T09:00:00.000Z' });
    expect(dueItems([c], NOW, SETTINGS)).toEqual([]);
    expect(dueItems([c], new Date('2026-03-11T09:00:00.000Z'), SETTINGS)[0]).toMatchObject({
      kind: 'first-message',
      overdueBy: 8 * D,
    });
  });

  it('ignored contacts and withdrawn requests give no items; first approaches only on request', () => {
    const ignored = pending('jo', '2026-01-01T09:00:00.000Z', { status: 'ignored' });
    const withdrawnLongAgo = contact('kim', {
      request: { sentAt: '2025-12-01T09:00:00.000Z', note: null, withdrawnAt: '2026-01-01T09:00:00.000Z' },
      status: 'withdrawn',
    });
    const tracked = contact('lee', { status: 'none' });
    expect(dueItems([ignored, withdrawnLongAgo, tracked], NOW, SETTINGS)).toEqual([]);
    const all = dueItems([ignored, withdrawnLongAgo, tracked], NOW, SETTINGS, { includeFirstApproach: true });
    expect(all.map((i) => [i.name, i.kind])).toEqual([
      ['Kim', 'other'],
      ['Lee', 'other'],
    ]);
  });

  it('a step ticked off stays hidden for that due date', () => {
    const c = quietSinceNovember('ivy');
    const [item] = dueItems([c], NOW, SETTINGS);
    expect(item?.action).toBe('re-engage');
    const escalated = {
      ...c,
      doneActions: [{ action: 're-engage' as const, at: NOW.toISOString(), dueAt: item?.dueAt }],
    };
    expect(dueItems([escalated], NOW, SETTINGS)).toEqual([]);
  });

  it('sorts by dueAt (most overdue first), then name', () => {
    const items = dueItems(
      [
        accepted('zed', '2026-03-09T09:00:00.000Z'),
        accepted('amy', '2026-03-01T09:00:00.000Z'),
        pending('bob', '2026-02-01T09:00:00.000Z'),
      ],
      NOW,
      SETTINGS,
    );
    expect(items.map((i) => i.name)).toEqual(['Bob', 'Amy', 'Zed']);
  });

  it('works with the clock set by vi.setSystemTime (for code that reads the clock)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-20T09:00:00.000Z'));
    const items = dueItems([pending('bob', '2026-02-27T09:00:00.000Z')], new Date(), SETTINGS);
    expect(items[0]).toMatchObject({ kind: 'withdraw', overdueBy: 0 });
  });
});

describe('badge and schedule', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('badgeText(%i) = %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });

  it('nextChangeAt is the earliest future due date or snooze end', () => {
    const list = [
      pending('a', '2026-03-05T09:00:00.000Z'), // wait until 26 March (stale)
      accepted('b', '2026-03-01T09:00:00.000Z', { snoozedUntil: '2026-03-12T09:00:00.000Z' }),
    ];
    expect(nextChangeAt(list, NOW, SETTINGS)).toBe('2026-03-12T09:00:00.000Z');
    expect(nextChangeAt([], NOW, SETTINGS)).toBeNull();
  });
});

describe('re-invite cooldown', () => {
  const w = contact('max', {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: null, withdrawnAt: '2026-03-01T09:00:00.000Z' },
    status: 'withdrawn',
  });
  it('canReinviteAfter = withdrawnAt + 21 days', () => {
    expect(canReinviteAfter(w)).toBe('2026-03-22T09:00:00.000Z');
    expect(canReinviteAfter(contact('none'))).toBeNull();
  });
  it('blocked before, open from that instant; no due item during the block', () => {
    expect(isReinviteBlocked(w, NOW)).toBe(true);
    expect(isReinviteBlocked(w, new Date('2026-03-22T09:00:00.000Z'))).toBe(false);
    expect(dueItems([w], NOW, SETTINGS, { includeFirstApproach: true })).toEqual([]);
  });
  it('keeps the wall-clock time across a DST change in the user zone', () => {
    // Berlin moves to summer time on 29 March 2026.
    const b = contact('nia', {
      request: { sentAt: '2026-02-01T09:00:00.000Z', note: null, withdrawnAt: '2026-03-20T09:00:00.000Z' },
    });
    expect(canReinviteAfter(b, 'Europe/Berlin')).toBe('2026-04-10T08:00:00.000Z');
  });
});
