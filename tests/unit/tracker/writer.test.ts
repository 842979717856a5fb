import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest, serve } from '../../../lib/protocol/serve';
import { trackerHandlers } from '../../../lib/protocol/tracker-handlers';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { readAllContacts, readContact } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, dump, NOW, seed } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const ANA = 'https://de.linkedin.com/in/Ana-Silva/';
const ANA_ID = 'https://www.linkedin.com/in/ana-silva';

function writer() {
  return new TrackerWriter({ now: () => NOW });
}

const sent = (over: Partial<Parameters<TrackerWriter['recordRequestSent']>[0]> = {}) => ({
  name: 'Ana Silva',
  profileUrl: ANA,
  note: 'Hi Ana, loved your FOSDEM talk.',
  sentAt: '2026-03-02T10:00:00.000Z',
  accountType: 'free' as const,
  version: 'v2-question',
  audience: 'marketing leads',
  ...over,
});

describe('TrackerWriter operations', () => {
  it('recordRequestSent creates a pending contact keyed by the normalised URL', async () => {
    const w = writer();
    const c = await w.recordRequestSent(sent());
    expect(c).toMatchObject({
      id: ANA_ID,
      profileUrl: ANA,
      name: 'Ana Silva',
      status: 'pending',
      channel: 'request',
      version: 'v2-question',
      audience: 'marketing leads',
      request: {
        sentAt: '2026-03-02T10:00:00.000Z',
        note: 'Hi Ana, loved your FOSDEM talk.',
        accountType: 'free',
      },
      createdAt: NOW.toISOString(),
    });
    expect((await readContact(ANA_ID)).contact).toEqual(c);
  });

  it('a blank note is stored as null', async () => {
    const c = await writer().recordRequestSent(sent({ note: '   ' }));
    expect(c.request?.note).toBeNull();
  });

  it('undoLastRequest deletes a contact the request created, and restores one it changed', async () => {
    const w = writer();
    await w.recordRequestSent(sent());
    expect(await w.undoLastRequest(ANA_ID)).toBeNull();
    expect((await readContact(ANA_ID)).contact).toBeNull();

    const existing = contact('ana-silva', { headline: 'CMO', status: 'none' });
    await seed({ [`contact:${existing.id}`]: existing });
    await w.recordRequestSent(sent());
    const restored = await w.undoLastRequest(ANA_ID);
    expect(restored).toEqual({ ...existing, updatedAt: NOW.toISOString() });
    await expect(w.undoLastRequest(ANA_ID)).rejects.toMatchObject({ code: 'nothing-to-undo' });
  });

  it('messages: first, then follow-ups, decided from the history (even back-dated)', async () => {
    const w = writer();
    await w.recordRequestSent(sent());
    await w.markAccepted(ANA_ID, '2026-03-03T10:00:00.000Z');
    await w.recordMessageSent(ANA_ID, '2026-03-04T10:00:00.000Z');
    await w.recordMessageSent(ANA_ID, '2026-03-09T10:00:00.000Z');
    const c = await w.recordMessageSent(ANA_ID, '2026-03-03T12:00:00.000Z');
    expect(c.messages).toEqual([
      { sentAt: '2026-03-03T12:00:00.000Z', kind: 'first' },
      { sentAt: '2026-03-04T10:00:00.000Z', kind: 'follow-up' },
      { sentAt: '2026-03-09T10:00:00.000Z', kind: 'follow-up' },
    ]);
    expect(c.status).toBe('accepted');
    expect(c.degree).toBe(1);
  });

  it('markAccepted keeps the earliest acceptance; replied and withdrawn set status', async () => {
    const w = writer();
    await w.recordRequestSent(sent());
    await w.markAccepted(ANA_ID, '2026-03-05T10:00:00.000Z');
    expect((await w.markAccepted(ANA_ID, '2026-03-07T10:00:00.000Z')).acceptedAt).toBe(
      '2026-03-05T10:00:00.000Z',
    );
    expect((await w.markReplied(ANA_ID, '2026-03-08T10:00:00.000Z')).status).toBe('replied');
    const bo = await w.recordRequestSent(sent({ name: 'Bo', profileUrl: 'linkedin.com/in/bo' }));
    const out = await w.markWithdrawn(bo.id, '2026-03-09T10:00:00.000Z');
    expect(out).toMatchObject({ status: 'withdrawn', request: { withdrawnAt: '2026-03-09T10:00:00.000Z' } });
  });

  it('snooze, markDone and delete', async () => {
    const w = writer();
    await w.recordRequestSent(sent());
    expect((await w.snooze(ANA_ID, '2026-03-12T09:00:00.000Z')).snoozedUntil).toBe(
      '2026-03-12T09:00:00.000Z',
    );
    expect((await w.snooze(ANA_ID, null)).snoozedUntil).toBeUndefined();
    const done = await w.markDone(
      ANA_ID,
      'withdraw-request',
      '2026-03-10T08:00:00.000Z',
      '2026-03-09T10:00:00.000Z',
    );
    expect(done.status).toBe('withdrawn');
    expect(done.doneActions).toEqual([
      { action: 'withdraw-request', at: '2026-03-10T08:00:00.000Z', dueAt: '2026-03-09T10:00:00.000Z' },
    ]);
    expect(await w.deleteContact(ANA_ID)).toBe(true);
    expect(await w.deleteContact(ANA_ID)).toBe(false);
  });

  it('unknown ids and bad input are errors with codes, and do not block the queue', async () => {
    const w = writer();
    await expect(
      w.markAccepted('https://www.linkedin.com/in/nobody', NOW.toISOString()),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(w.recordRequestSent(sent({ profileUrl: 'https://example.com/x' }))).rejects.toMatchObject({
      code: 'bad-input',
    });
    await expect(w.upsertContact({ name: 'x' })).rejects.toMatchObject({ code: 'bad-input' });
    expect((await w.recordRequestSent(sent())).id).toBe(ANA_ID);
  });

  it('upsertContact validates and re-keys by the profile URL', async () => {
    const c = await writer().upsertContact({
      ...contact('zoe'),
      profileUrl: 'https://fr.linkedin.com/in/Zoe/',
    });
    expect(c.id).toBe('https://www.linkedin.com/in/zoe');
  });

  it('importContacts merge: adds, merges and counts unchanged; replace starts over; bad records write nothing', async () => {
    const w = writer();
    await w.recordRequestSent(sent());
    const ana = (await readContact(ANA_ID)).contact as TrackedContact;
    const bo = contact('bo');
    expect(await w.importContacts([ana, bo], 'merge')).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await w.importContacts([{ ...bo, audience: 'x' }], 'merge')).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    const before = await dump();
    await expect(
      w.importContacts([contact('cy'), { ...bo, createdAt: 'yesterday' }], 'merge'),
    ).rejects.toMatchObject({
      message: expect.stringContaining('record 2'),
    });
    expect(await dump()).toEqual(before);
    expect(await w.importContacts([contact('cy')], 'replace')).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await readAllContacts()).contacts.map((c) => c.id)).toEqual(['https://www.linkedin.com/in/cy']);
  });

  it('wipeAll removes tracker keys and keeps settings', async () => {
    const w = writer();
    await seed({ settings: { accountType: 'free' }, 'quarantine:contact:x': { raw: 1 } });
    await w.recordRequestSent(sent());
    expect(await w.wipeAll()).toBe(1);
    expect(Object.keys(await dump())).toEqual(['settings']);
  });
});

describe('one writer, two tabs', () => {
  it('200 concurrent writes from two interleaving producers lose nothing', async () => {
    const w = writer();
    const shared = contact('shared', { status: 'none' });
    await seed({ [`contact:${shared.id}`]: shared });

    // Each "tab" fires 100 requests without waiting: 50 new contacts and 50 messages to one shared
    // contact, through the message protocol, yielding between sends so the two interleave.
    const tab = async (name: string) => {
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 100; i++) {
        const at = new Date(NOW.getTime() - (i * 2 + (name === 'A' ? 0 : 1)) * 60_000).toISOString();
        pending.push(
          i % 2 === 0
            ? serve(trackerHandlers(w), {
                type: 'tracker/request-sent',
                input: {
                  ...sent(),
                  name: `${name} ${i}`,
                  profileUrl: `https://www.linkedin.com/in/${name}-${i}`,
                  sentAt: at,
                },
              })
            : serve(trackerHandlers(w), { type: 'tracker/message-sent', id: shared.id, at }),
        );
        if (i % 3 === 0) await Promise.resolve();
        if (i % 7 === 0) await new Promise((r) => setTimeout(r, 0));
      }
      return Promise.all(pending);
    };
    const [a, b] = await Promise.all([tab('A'), tab('B')]);
    for (const r of [...a, ...b]) expect(r).toMatchObject({ ok: true });

    const { contacts, problems } = await readAllContacts();
    expect(problems).toEqual([]);
    expect(contacts).toHaveLength(1 + 100);
    const s = contacts.find((c) => c.id === shared.id) as TrackedContact;
    expect(s.messages).toHaveLength(100);
    expect(s.messages.filter((m) => m.kind === 'first')).toHaveLength(1);
    expect(new Set(s.messages.map((m) => m.sentAt)).size).toBe(100);
  });

  it('without the queue the same interleaving would lose updates (the test can tell)', async () => {
    // Plain read-modify-write from two producers: the baseline the writer exists to prevent.
    const shared = contact('shared');
    await seed({ [`contact:${shared.id}`]: shared });
    const key = `contact:${shared.id}`;
    const add = async (at: string) => {
      const cur = (await fakeBrowser.storage.local.get(key))[key] as typeof shared;
      await new Promise((r) => setTimeout(r, 0));
      await fakeBrowser.storage.local.set({
        [key]: { ...cur, messages: [...cur.messages, { sentAt: at, kind: 'follow-up' }] },
      });
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(new Date(NOW.getTime() + i).toISOString())));
    const after = (await fakeBrowser.storage.local.get(key))[key] as typeof shared;
    expect(after.messages.length).toBeLessThan(20);
  });
});

describe('protocol', () => {
  it('validates requests and names the field', () => {
    expect(parseRequest({ type: 'tracker/message-sent', id: ANA_ID, at: 'yesterday' })).toEqual({
      ok: false,
      error: 'at: expected an ISO date',
    });
    expect(parseRequest({ type: 'tracker/nope' })).toMatchObject({ ok: false });
    expect(parseRequest(null)).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'tracker/wipe' })).toEqual({
      ok: true,
      request: { type: 'tracker/wipe' },
    });
    // A message for a tab is not a request for the background.
    expect(parseRequest({ type: 'toggle-panel' })).toEqual({
      ok: false,
      error: 'toggle-panel is not a request for the background',
    });
  });

  it('answers invalid requests and failures without throwing', async () => {
    const w = writer();
    expect(await serve(trackerHandlers(w), { type: 'tracker/accepted', id: ANA_ID })).toMatchObject({
      ok: false,
      type: 'tracker/accepted',
      error: { code: 'invalid-request' },
    });
    expect(
      await serve(trackerHandlers(w), { type: 'tracker/accepted', id: ANA_ID, at: NOW.toISOString() }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const ok = await serve(trackerHandlers(w), { type: 'tracker/request-sent', input: sent() });
    expect(ok).toMatchObject({ ok: true, type: 'tracker/request-sent', result: { id: ANA_ID } });
    expect(
      await serve(trackerHandlers(w), {
        type: 'tracker/done',
        id: ANA_ID,
        action: 'send-inmail',
        at: NOW.toISOString(),
      }),
    ).toMatchObject({
      ok: true,
      result: { messages: [{ kind: 'first' }] },
    });
  });
});
