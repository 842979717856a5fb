import { describe, expect, it } from 'vitest';
import {
  decodeContact,
  encodeContact,
  fastDecode,
  isCompact,
  packDate,
  unpackDate,
} from '../../../lib/tracker/codec';
import { repairContact } from '../../../lib/tracker/repair-contact';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { readContactsFrom } from '../../../lib/tracker/store';
import { contact } from './helpers';

/** Encode, store as JSON, read back through the store's reader (decode + validate). */
function roundTrip(c: TrackedContact): TrackedContact {
  const stored = JSON.parse(JSON.stringify(encodeContact(c)));
  const r = readContactsFrom({ [`contact:${c.id}`]: stored });
  expect(r.problems).toEqual([]);
  return r.contacts[0] as TrackedContact;
}

describe('compact stored form (codec.ts)', () => {
  it('dates: canonical UTC ISO strings become epoch ms, every other form stays text', () => {
    expect(packDate('2026-03-02T10:15:00.000Z')).toBe(Date.UTC(2026, 2, 2, 10, 15));
    for (const kept of [
      '2026-03-02',
      '2026-03-02T10:15',
      '2026-03-02T10:15:00+01:00',
      '2026-03-02T10:15:00Z',
    ])
      expect(packDate(kept)).toBe(kept);
    expect(unpackDate(Date.UTC(2026, 2, 2, 10, 15))).toBe('2026-03-02T10:15:00.000Z');
    expect(unpackDate(Number.NaN)).toBeNaN();
    expect(unpackDate(1e20)).toBe(1e20);
  });

  it.each<[string, Partial<TrackedContact>]>([
    ['a bare contact', {}],
    ['a profile URL with a trailing slash', { profileUrl: 'https://www.linkedin.com/in/ana/' }],
    ['a profile URL on another host', { profileUrl: 'https://de.linkedin.com/in/Ana/' }],
    ['a blank request and an empty note', { request: { sentAt: '2026-03-02T10:15:00.000Z', note: '' } }],
    [
      'a request with every field',
      {
        request: {
          sentAt: '2026-03-02',
          note: 'Hi Ana 👋🏽\nline two',
          withdrawnAt: '2026-03-25T10:00:00+01:00',
          approximate: true,
          accountType: null,
        },
        status: 'withdrawn',
      },
    ],
    [
      'messages, signals, done actions and a snooze',
      {
        degree: 1,
        acceptedAt: '2026-03-03T09:00:00.000Z',
        status: 'accepted',
        messages: [
          { sentAt: '2026-03-03T12:00:00.000Z', kind: 'first' },
          { sentAt: '2026-03-09T12:00:00.000Z', kind: 'follow-up' },
        ],
        signals: {
          engagedWithMyContent: '2026-02-01T00:00:00.000Z',
          iEngagedWithTheirs: '2026-02-02',
          mutualConnection: 'Bo',
          sharedGroup: 'Rust',
          sharedEvent: 'FOSDEM',
          trigger: { kind: 'new-role', at: '2026-02-03T00:00:00.000Z' },
          openProfile: false,
        },
        doneActions: [
          { action: 'send-follow-up', at: '2026-03-09T12:00:00.000Z' },
          { action: 'reply', at: '2026-03-09T12:00:00.000Z', dueAt: '2026-03-10T12:00:00.000Z' },
        ],
        snoozedUntil: '2026-03-20T00:00:00.000Z',
        highValue: false,
        headline: '',
        audience: 'CTOs',
        version: 'v2',
        channel: 'inmail',
        connectedAt: '2026-03-03T09:00:00.000Z',
        lastInteractionAt: '2026-03-09T12:00:00.000Z',
        repliedAt: undefined,
        updatedAt: '2026-03-09T12:00:00.000Z',
      },
    ],
    ['an empty done list (kept apart from none)', { doneActions: [] }],
    [
      'an ignored contact',
      { request: { sentAt: '2026-03-02T10:15:00.000Z', note: null }, status: 'ignored' },
    ],
    // A status the dates do not imply is the user's record: it is stored as it is.
    ['a status the dates do not imply', { status: 'pending' }],
  ])('%s reads back exactly', (_label, over) => {
    const c = contact('ana', over);
    expect(roundTrip(c)).toEqual(JSON.parse(JSON.stringify(c)));
  });

  it('leaves out what the key and the defaults already say', () => {
    const c = contact('ana', { profileUrl: 'https://www.linkedin.com/in/ana/' });
    expect(encodeContact(c)).toEqual({ v: 2, n: 'Ana', us: '/', d: 2, c: Date.UTC(2026, 0, 1, 9) });
  });

  it('400 generated records of every shape read back exactly', () => {
    let seed = 7;
    const r = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const maybe = <T>(v: T) => (r() < 0.5 ? v : undefined);
    const date = () =>
      r() < 0.8
        ? new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 1e10)).toISOString()
        : `2026-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    for (let i = 0; i < 400; i++) {
      const request =
        r() < 0.8
          ? {
              sentAt: date(),
              note: r() < 0.5 ? `note ${i} é 李` : null,
              ...(r() < 0.3 ? { withdrawnAt: date() } : {}),
              ...(r() < 0.3 ? { approximate: r() < 0.5 } : {}),
              ...(r() < 0.5 ? { accountType: (['free', 'premium', null] as const)[i % 3] } : {}),
            }
          : undefined;
      const c = contact(`p-${i}`, {
        degree: ([1, 2, 3, null] as const)[i % 4],
        headline: maybe(`Head ${i}`),
        acceptedAt: maybe(date()),
        repliedAt: r() < 0.2 ? date() : undefined,
        lastMessageBy: r() < 0.3 ? (['me', 'them'] as const)[i % 2] : undefined,
        messages: Array.from({ length: Math.floor(r() * 3) }, (_, k) => ({
          sentAt: date(),
          kind: k === 0 ? ('first' as const) : ('follow-up' as const),
        })),
        status: (['pending', 'accepted', 'replied', 'withdrawn', 'ignored', 'none'] as const)[i % 6],
        updatedAt: r() < 0.5 ? date() : '2026-01-01T09:00:00.000Z',
        ...(request ? { request } : {}),
      });
      expect(roundTrip(c)).toEqual(JSON.parse(JSON.stringify(c)));
    }
  });

  it('the fast reader accepts only what the full reader reads unchanged, and gives the same record', () => {
    const full = (id: string, raw: Record<string, unknown>) => repairContact(decodeContact(id, raw));
    const base = contact('ana', {
      profileUrl: 'https://www.linkedin.com/in/ana/',
      headline: 'CTO',
      request: {
        sentAt: '2026-03-02T10:15:00.000Z',
        note: 'Hi',
        withdrawnAt: '2026-03-30',
        accountType: null,
      },
      messages: [{ sentAt: '2026-03-03T12:00:00.000Z', kind: 'first' }],
      signals: { trigger: { kind: 'new-role', at: '2026-02-03T00:00:00.000Z' }, openProfile: true },
      doneActions: [{ action: 'reply', at: '2026-03-09T12:00:00.000Z' }],
      lastMessageBy: 'them',
      status: 'withdrawn',
    });
    const encoded = encodeContact(base);
    expect(encoded.lb).toBe(1);
    expect(fastDecode(base.id, encoded)).toEqual(JSON.parse(JSON.stringify(base)));
    const damaged: unknown[] = [null, 5, -1e20, 'x', ' padded ', [], {}, true, [[1, 2]], { s: 'x' }];
    let declined = 0;
    for (const key of [...Object.keys(encoded), 'u', 'us', 'st', 'da', 'hv', 'ch', 'sn', 'lb', 'zz'])
      for (const bad of damaged) {
        const raw = { ...encoded, [key]: bad };
        const fast = fastDecode(base.id, raw);
        const slow = full(base.id, raw);
        if (fast === null) {
          declined++;
          continue;
        }
        expect(slow.ok && slow.repaired).toEqual([]);
        expect(slow.ok && slow.contact).toEqual(fast);
      }
    expect(declined).toBeGreaterThan(50);
    for (const bad of damaged) {
      const raw = { ...encoded, r: { ...(encoded.r as object), n: bad, t: bad } };
      const fast = fastDecode(base.id, raw);
      if (fast) expect(full(base.id, raw)).toMatchObject({ ok: true, repaired: [], contact: fast });
    }
  });

  it('a damaged compact value is repaired or set aside, named by its long field name', () => {
    const key = 'contact:https://www.linkedin.com/in/ana';
    const base = encodeContact(contact('ana'));
    const read = (value: unknown) => readContactsFrom({ [key]: value });
    expect(read({ ...base, h: 5 }).problems).toEqual([
      { key, reason: 'repaired: headline', action: 'repaired' },
    ]);
    expect(read({ ...base, m: [[1, 0], 'x'] }).problems[0]?.reason).toBe('repaired: messages');
    expect(read({ ...base, c: 'yesterday' }).problems[0]).toMatchObject({
      action: 'quarantined',
      reason: expect.stringContaining('createdAt'),
    });
    expect(read({ ...base, r: { s: Number.NaN } }).problems[0]).toMatchObject({
      action: 'quarantined',
      reason: expect.stringContaining('request.sentAt'),
    });
    expect(read({ ...base, n: '' }).problems[0]).toMatchObject({ action: 'quarantined' });
    // A newer compact record is left alone, not destroyed.
    expect(read({ ...base, v: 3 }).problems[0]).toMatchObject({ action: 'skipped' });
  });

  it('last_message_by (added 2026-12 without a schema bump): older records read as before; a damaged value is dropped and named', () => {
    const key = 'contact:https://www.linkedin.com/in/ana';
    const old = encodeContact(contact('ana'));
    expect('lb' in old).toBe(false);
    expect(readContactsFrom({ [key]: old }).contacts[0]?.lastMessageBy).toBeUndefined();
    const me = encodeContact(contact('ana', { lastMessageBy: 'me' }));
    expect(me.lb).toBe(0);
    expect(readContactsFrom({ [key]: me }).contacts[0]?.lastMessageBy).toBe('me');
    const bad = readContactsFrom({ [key]: { ...old, lb: 7 } });
    expect(bad.problems).toEqual([{ key, reason: 'repaired: lastMessageBy', action: 'repaired' }]);
    expect(bad.contacts[0]?.lastMessageBy).toBeUndefined();
    // A long-form (v1) record or JSON export with the field keeps it.
    expect(repairContact({ ...contact('ana'), v: 1, lastMessageBy: 'them' })).toMatchObject({
      ok: true,
      repaired: [],
      contact: { lastMessageBy: 'them' },
    });
  });

  it('tells the compact form from the long form', () => {
    expect(isCompact(encodeContact(contact('ana')))).toBe(true);
    expect(isCompact(contact('ana'))).toBe(false);
    expect(isCompact({ ...contact('ana'), v: 1 })).toBe(false);
    expect(isCompact(null)).toBe(false);
    expect(repairContact(decodeContact('x', { v: 2 })).ok).toBe(false);
  });
});
