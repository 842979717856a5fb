/**
 * Conversations already under way: who wrote last (a sheet's last_message_by), a reply known without
 * its date, and imported history older than settings.historyAfterDays are never "reply to them" or
 * "send your first message" tasks.
 */
import { describe, expect, it } from 'vitest';
import { type Advice, advise, parseAdviceInput, type Settings } from '../../../lib/sequencing';

const NOW = '2026-12-09T09:00:00Z'; // a Wednesday

function run(contact: object, settings: Settings = {}): Advice {
  const p = parseAdviceInput({
    contact: { name: 'Ana Silva', degree: 1, signals: {}, ...contact },
    settings,
  });
  return advise(p.contact, new Date(NOW), p.settings);
}

const conversation = {
  acceptedAt: '2026-10-01T10:00:00Z',
  messages: [{ sentAt: '2026-10-02T10:00:00Z', kind: 'first' }],
  repliedAt: '2026-10-27T10:00:00Z',
};

describe('who wrote last', () => {
  it('a reply 43 days ago is still "reply" for a record the extension followed', () => {
    const a = run({ ...conversation, trackedSince: '2026-09-30T10:00:00Z' });
    expect(a.action).toBe('reply');
    expect(a.overdue).toBe(true);
  });

  it('"me" wrote last: never "reply to them"', () => {
    const a = run({ ...conversation, lastMessageBy: 'me', trackedSince: '2026-09-30T10:00:00Z' });
    expect(a.action).toBe('wait');
    expect(a.reason).toMatch(/You wrote to Ana last/);
  });

  it('a reply without its date: no first message, no reply task; "them" gives an undated reply', () => {
    const base = { acceptedAt: '2026-12-01T10:00:00Z', replied: true, trackedSince: '2026-12-01T10:00:00Z' };
    const silent = run(base);
    expect(silent.action).toBe('wait');
    const theirs = run({ ...base, lastMessageBy: 'them' });
    expect(theirs.action).toBe('reply');
    expect(theirs.dueAt).toBeNull();
  });
});

describe('imported history', () => {
  it('a conversation that came in 43 days after its last event is history, not a task', () => {
    const a = run({ ...conversation, trackedSince: '2026-12-08T10:00:00Z' });
    expect(a.action).toBe('wait');
    expect(a.reason).toMatch(/came in as history/);
    // Once quiet for three months, re-engaging is suggested, still without a date.
    const later = parseAdviceInput({
      contact: {
        name: 'Ana Silva',
        degree: 1,
        signals: {},
        ...conversation,
        trackedSince: '2026-12-08T10:00:00Z',
      },
    });
    const r = advise(later.contact, new Date('2027-02-10T09:00:00Z'), later.settings);
    expect(r.action).toBe('re-engage');
    expect(r.dueAt).toBeNull();
  });

  it("LinkedIn's Connections.csv: old connections get no first-message task, recent ones do", () => {
    const old = run({ acceptedAt: '2025-04-01T10:00:00Z', trackedSince: '2026-12-08T10:00:00Z' });
    expect(old.action).not.toBe('send-first-message');
    expect(old.dueAt).toBeNull();
    const recent = run({ acceptedAt: '2026-12-05T10:00:00Z', trackedSince: '2026-12-08T10:00:00Z' });
    expect(recent.action).toBe('send-first-message');
  });

  it('the window is a setting (default 14 days)', () => {
    const contact = {
      ...conversation,
      repliedAt: '2026-11-28T10:00:00Z',
      trackedSince: '2026-12-08T10:00:00Z',
    };
    expect(run(contact).action).toBe('reply'); // 10 days older than the record: still a task
    expect(run(contact, { historyAfterDays: 7 }).action).toBe('wait');
  });

  it('a stale imported request is still withdrawn: it is a live request, not a conversation', () => {
    const a = run({
      degree: 2,
      request: { sentAt: '2026-10-01T10:00:00Z', note: null },
      trackedSince: '2026-12-08T10:00:00Z',
    });
    expect(a.action).toBe('withdraw-request');
    expect(a.dueAt).not.toBeNull();
  });
});
