import { describe, expect, it } from 'vitest';
import { createDueIndex, sameDueInputs } from '../../../lib/tracker/due-index';
import { dueItems, nextChangeAt } from '../../../lib/tracker/reminders';
import type { TrackedContact } from '../../../lib/tracker/schema';
import type { Settings } from '../../../lib/tracker/settings';
import { rng } from '../../random';
import { contact, NOW, SETTINGS } from './helpers';

const H = 3_600_000;
const D = 24 * H;

/** A few hundred contacts whose steps fall due, go stale, lapse and get snoozed over the next weeks. */
function people(n: number, seed = 3): TrackedContact[] {
  const r = rng(seed);
  const at = (days: number) => new Date(NOW.getTime() + Math.round(days * D)).toISOString();
  const out: TrackedContact[] = [];
  for (let i = 0; i < n; i++) {
    const back = -40 * r() + 3;
    const pick = i % 8;
    const over: Partial<TrackedContact> = { name: `P${i % 37}` };
    if (pick === 0) Object.assign(over, { request: { sentAt: at(back), note: null }, status: 'pending' });
    if (pick === 1)
      Object.assign(over, {
        request: { sentAt: at(back - 2), note: null },
        acceptedAt: at(back),
        degree: 1,
        status: 'accepted',
      });
    if (pick === 2 || pick === 3)
      Object.assign(over, {
        request: { sentAt: at(back - 5), note: null },
        acceptedAt: at(back - 3),
        degree: 1,
        status: 'accepted',
        messages: [
          { sentAt: at(back), kind: 'first' },
          ...(pick === 3 ? [{ sentAt: at(back + 4), kind: 'follow-up' as const }] : []),
        ],
        highValue: r() < 0.5,
      });
    if (pick === 4)
      Object.assign(over, {
        request: { sentAt: at(back - 25), note: null, withdrawnAt: at(back) },
        status: 'withdrawn',
        signals: r() < 0.5 ? { iEngagedWithTheirs: at(back + 20) } : { sharedGroup: 'TS' },
      });
    if (pick === 5)
      Object.assign(over, {
        degree: 1,
        connectedAt: at(back - 30),
        messages: [{ sentAt: at(back - 3), kind: 'first' }],
        repliedAt: at(back),
        status: 'replied',
      });
    if (pick === 6) Object.assign(over, { degree: 1, status: 'accepted', lastInteractionAt: at(back - 80) });
    if (pick === 7)
      Object.assign(over, {
        headline: 'VP Sales',
        signals: { trigger: { kind: 'new role', at: at(back - 50) } },
        doneActions: [{ action: 'send-request-with-note', at: at(2) }],
      });
    if (r() < 0.1) over.snoozedUntil = at(r() * 6);
    if (r() < 0.1) over.highValue = true;
    out.push(contact(`p-${i}`, over));
  }
  return out;
}

const ZONED: Settings[] = [
  SETTINGS,
  { ...SETTINGS, timeZone: 'America/Los_Angeles', inmailCredits: 3, accountType: 'premium' },
  { ...SETTINGS, timeZone: 'Europe/Berlin', holidays: ['2026-03-16', '2026-04-03'] },
];

describe('createDueIndex', () => {
  it.each(ZONED.map((s) => [s.timeZone, s] as const))(
    'equals dueItems / nextChangeAt at every step as now moves on over two months (%s)',
    (_zone, settings) => {
      const contacts = people(160);
      for (const options of [{}, { includeFirstApproach: true }]) {
        const index = createDueIndex(settings, options);
        const r = rng(9);
        let t = NOW.getTime() - 2 * D;
        let recomputed = 0;
        let steps = 0;
        while (t < NOW.getTime() + 60 * D) {
          const now = new Date(t);
          const expected = dueItems(contacts, now, settings, options);
          const next = nextChangeAt(contacts, now, settings, options);
          expect(index.items(contacts, now)).toEqual(expected);
          recomputed += index.recomputed;
          expect(index.count(contacts, now)).toBe(expected.length);
          // The background's head: the count and the first rows, the same as the full list's.
          const n = Math.floor(r() * 12);
          expect(index.head(contacts, now, n)).toEqual({
            count: expected.length,
            items: expected.slice(0, n),
          });
          expect(index.nextChangeAt(contacts, now)).toBe(next);
          // Minutes, hours or days at a time; sometimes exactly onto the next change.
          t =
            next && r() < 0.2 ? new Date(next).getTime() : t + Math.floor(r() * (r() < 0.5 ? 3 * H : 2 * D));
          steps++;
        }
        // Most lookups are answered from the cache.
        expect(recomputed).toBeLessThan(steps * contacts.length * 0.2);
      }
    },
    30_000,
  );

  it('advises again only contacts that changed or whose next change came', () => {
    const contacts = people(300);
    const index = createDueIndex(SETTINGS);
    index.items(contacts, NOW);
    expect(index.recomputed).toBe(300);
    index.items(contacts, new Date(NOW.getTime() + 1000));
    expect(index.recomputed).toBeLessThan(5);

    // Fresh objects with the same fields (what a store read returns) are recognised.
    const copies = contacts.map((c) => structuredClone(c));
    const later = new Date(NOW.getTime() + 2000);
    expect(index.items(copies, later)).toEqual(dueItems(copies, later, SETTINGS));
    expect(index.recomputed).toBeLessThan(5);

    // One changed record is advised again and its change shows.
    const i = copies.findIndex((c) => c.status === 'accepted' && c.messages.length === 0);
    const before = index.items(copies, later).find((d) => d.contactId === copies[i]?.id);
    expect(before?.kind).toBe('first-message');
    copies[i] = {
      ...(copies[i] as TrackedContact),
      messages: [{ sentAt: later.toISOString(), kind: 'first' }],
    };
    const after = index.items(copies, later);
    expect(index.recomputed).toBe(1);
    expect(after.find((d) => d.contactId === copies[i]?.id)).toBeUndefined();
    expect(after).toEqual(dueItems(copies, later, SETTINGS));
  });

  it('drops removed contacts, survives time going backwards, and invalidate() forgets a contact', () => {
    const contacts = people(120);
    const index = createDueIndex(SETTINGS);
    const later = new Date(NOW.getTime() + 5 * D);
    index.items(contacts, later);
    const fewer = contacts.slice(10);
    expect(index.items(fewer, later)).toEqual(dueItems(fewer, later, SETTINGS));
    expect(index.items(contacts, NOW)).toEqual(dueItems(contacts, NOW, SETTINGS));

    // A record changed in place is only seen after invalidate().
    const c = contacts.find((x) => x.status === 'pending') as TrackedContact;
    c.status = 'ignored';
    index.invalidate(c.id);
    expect(index.items(contacts, NOW)).toEqual(dueItems(contacts, NOW, SETTINGS));
  });

  it('an "act now" step is dated now at every read, and a tick-off at a later instant hides it until then', () => {
    const settings = SETTINGS;
    const c = contact('ana', { degree: 1, status: 'accepted' }); // connected, no dates: message now
    const index = createDueIndex(settings);
    for (const t of [0, 1000, 60_000, D]) {
      const now = new Date(NOW.getTime() + t);
      const [item] = index.items([c], now);
      expect(item).toMatchObject({ action: 'send-first-message', dueAt: now.toISOString(), overdueBy: 0 });
    }
    const done = {
      ...c,
      doneActions: [{ action: 'send-first-message' as const, at: '2026-03-12T09:00:00.000Z' }],
    };
    for (const iso of ['2026-03-11T09:00:00.000Z', '2026-03-12T09:00:00.000Z', '2026-03-12T09:00:00.001Z']) {
      const now = new Date(iso);
      expect(index.items([done], now)).toEqual(dueItems([done], now, settings));
    }
    expect(index.items([done], new Date('2026-03-12T09:00:00.001Z'))).toHaveLength(1);
  });
});

describe('sameDueInputs', () => {
  it('ignores bookkeeping fields and notices every field the advice reads', () => {
    const a = contact('ana', {
      request: { sentAt: '2026-03-01T09:00:00.000Z', note: 'Hi' },
      status: 'pending',
      signals: { trigger: { kind: 'new role', at: '2026-03-01T09:00:00.000Z' } },
    });
    expect(sameDueInputs(a, structuredClone(a))).toBe(true);
    expect(sameDueInputs(a, { ...a, updatedAt: '2026-03-09T09:00:00.000Z', audience: 'CTOs' })).toBe(true);
    const changes: Partial<TrackedContact>[] = [
      { name: 'Anna' },
      { status: 'ignored' },
      { headline: 'CEO' },
      { highValue: true },
      { degree: 1 },
      { snoozedUntil: '2026-03-20T09:00:00.000Z' },
      { request: { sentAt: '2026-03-01T09:00:00.000Z', note: null } },
      {
        request: { sentAt: '2026-03-01T09:00:00.000Z', note: 'Hi', withdrawnAt: '2026-03-05T09:00:00.000Z' },
      },
      { messages: [{ sentAt: '2026-03-02T09:00:00.000Z', kind: 'first' }] },
      { signals: { trigger: { kind: 'funding', at: '2026-03-01T09:00:00.000Z' } } },
      { signals: {} },
      { doneActions: [{ action: 'withdraw-request', at: '2026-03-05T09:00:00.000Z' }] },
      { acceptedAt: '2026-03-05T09:00:00.000Z' },
      { repliedAt: '2026-03-05T09:00:00.000Z' },
      { lastInteractionAt: '2026-03-05T09:00:00.000Z' },
      { connectedAt: '2026-03-05T09:00:00.000Z' },
    ];
    for (const change of changes)
      expect(sameDueInputs(a, { ...a, ...change }), JSON.stringify(change)).toBe(false);
  });
});
