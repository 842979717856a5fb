/**
 * A write sent again after the background was stopped before it answered is stored once: the writer's
 * changes are idempotent, and the pages' sender sends again only what is safe to send again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundKind, RequestOf } from '../../../lib/protocol/requests';
import { canResend, sendWithResend } from '../../../lib/protocol/resend';
import { serve } from '../../../lib/protocol/serve';
import { trackerHandlers } from '../../../lib/protocol/tracker-handlers';
import { readAllContacts, readContact } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { NOW } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const ANA = 'https://www.linkedin.com/in/ana-silva/';
const ANA_ID = 'https://www.linkedin.com/in/ana-silva';
const noWait = { sleep: async () => {} };
const handle = (w: TrackerWriter, request: unknown) => serve(trackerHandlers(w), request);

describe('the writer applies a write sent twice once', () => {
  it('every request type except Undo, applied twice, stores what applying it once stores', async () => {
    const requests: RequestOf<BackgroundKind>[] = [
      {
        type: 'tracker/request-sent',
        input: {
          name: 'Ana Silva',
          profileUrl: ANA,
          note: 'Hi Ana, your FOSDEM talk on CRDTs was great.',
          sentAt: '2026-03-02T10:00:00.000Z',
          accountType: 'free',
          version: 'v1',
        },
      },
      { type: 'tracker/accepted', id: ANA_ID, at: '2026-03-03T09:00:00.000Z' },
      { type: 'tracker/message-sent', id: ANA_ID, at: '2026-03-03T10:00:00.000Z' },
      { type: 'tracker/message-sent', id: ANA_ID, at: '2026-03-09T10:00:00.000Z' },
      { type: 'tracker/done', id: ANA_ID, action: 're-engage', at: '2026-03-12T10:00:00.000Z' },
      { type: 'tracker/replied', id: ANA_ID, at: '2026-03-13T10:00:00.000Z' },
      { type: 'tracker/snooze', id: ANA_ID, until: '2026-03-20T10:00:00.000Z' },
    ];
    const once = new TrackerWriter({ now: () => NOW });
    for (const r of requests) expect((await handle(once, r)).ok).toBe(true);
    const expected = (await readContact(ANA_ID)).contact;
    const undoOnce = await fakeBrowser.storage.local.get('trackerUndo');

    fakeBrowser.reset();
    const twice = new TrackerWriter({ now: () => NOW });
    for (const r of requests) {
      expect((await handle(twice, r)).ok).toBe(true);
      expect((await handle(twice, r)).ok).toBe(true);
    }
    const got = (await readContact(ANA_ID)).contact;
    expect(got).toEqual(expected);
    expect(got?.messages).toHaveLength(2);
    expect(got?.doneActions).toHaveLength(1);
    // One Undo entry for one request, so Undo still restores the state before it.
    expect(await fakeBrowser.storage.local.get('trackerUndo')).toEqual(undoOnce);
    expect((await readAllContacts()).contacts).toHaveLength(1);
  });

  it('a request with another note or time is a new request, not a repeat', async () => {
    const w = new TrackerWriter({ now: () => NOW });
    const input = {
      name: 'Ana Silva',
      profileUrl: ANA,
      note: 'Hi Ana',
      sentAt: '2026-03-02T10:00:00.000Z',
      accountType: null,
    };
    await w.recordRequestSent(input);
    await w.recordRequestSent({ ...input, note: 'Hi Ana, again' });
    await w.recordRequestSent({ ...input, note: 'Hi Ana, again', sentAt: '2026-04-02T10:00:00.000Z' });
    const undo = (await fakeBrowser.storage.local.get('trackerUndo')).trackerUndo as unknown[];
    expect(undo).toHaveLength(3);
    expect((await readContact(ANA_ID)).contact?.request?.sentAt).toBe('2026-04-02T10:00:00.000Z');
  });
});

describe('sendWithResend', () => {
  it('sends again after a thrown error or no answer, and stops at the first answer', async () => {
    const outcomes: (() => unknown)[] = [
      () => {
        throw new Error('The message port closed before a response was received.');
      },
      () => undefined,
      () => ({ ok: true }),
    ];
    let calls = 0;
    const answer = await sendWithResend(
      'tracker/message-sent',
      async () => (outcomes[calls++] as () => unknown)(),
      noWait,
    );
    expect(answer).toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      sendWithResend(
        'tracker/accepted',
        async () => {
          calls++;
          throw new Error(`down ${calls}`);
        },
        { ...noWait, delays: [1, 1] },
      ),
    ).rejects.toThrow('down 3');
  });

  it('Undo is sent once: a second Undo would undo an earlier request too', async () => {
    expect(canResend('tracker/undo-request')).toBe(false);
    expect(canResend('tracker/request-sent')).toBe(true);
    // Only writes are sent again: an advice request is asked again by its caller on the next change.
    expect(canResend('advice/get')).toBe(false);
    let calls = 0;
    await expect(
      sendWithResend(
        'tracker/undo-request',
        async () => {
          calls++;
          throw new Error('no answer');
        },
        noWait,
      ),
    ).rejects.toThrow('no answer');
    expect(calls).toBe(1);
  });
});
