/**
 * The background's side of the one protocol: every message is checked against its kind's schema
 * before a handler sees it, and whatever arrives gets an answer a page can show (never a throw, never
 * silence, which would make the client send a write again).
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL } from '../../../lib/protocol/requests';
import { canResend } from '../../../lib/protocol/resend';
import { type Handlers, parseRequest, serve } from '../../../lib/protocol/serve';

const person = { name: 'Ana Silva', profileUrl: 'https://www.linkedin.com/in/ana-silva/' };

describe('serve', () => {
  it('answers a valid request with its handler’s result, and passes the sender on', async () => {
    const seen: unknown[] = [];
    const handlers: Partial<Handlers> = {
      'ui/load': (_, sender) => {
        seen.push(sender);
        return true;
      },
      'advice/track': async (r) => ({ error: r.person.name === 'Ana Silva' ? null : 'who?' }),
    };
    expect(await serve(handlers, { type: 'ui/load' }, { tab: { id: 7 }, frameId: 2 })).toEqual({
      ok: true,
      type: 'ui/load',
      result: true,
    });
    expect(seen).toEqual([{ tab: { id: 7 }, frameId: 2 }]);
    expect(await serve(handlers, { type: 'advice/track', person })).toEqual({
      ok: true,
      type: 'advice/track',
      result: { error: null },
    });
  });

  it('never calls the handler for a bad request, and names the field in plain words', async () => {
    let called = 0;
    const handlers: Partial<Handlers> = {
      'advice/signal': () => {
        called++;
        return { error: null };
      },
    };
    const bad = await serve(handlers, { type: 'advice/signal', person, signal: 'famous', value: true });
    expect(bad).toMatchObject({ ok: false, type: 'advice/signal', error: { code: 'invalid-request' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^signal: /);
    const noPerson = await serve(handlers, { type: 'advice/signal', signal: 'mutual', value: true });
    expect(noPerson.ok ? '' : noPerson.error.message).toMatch(/^person: /);
    expect(called).toBe(0);
  });

  it('answers anything else with a plain error rather than silence', async () => {
    for (const raw of [null, 'tracker/wipe', 42, {}, { type: 'tracker/nope' }, { type: 7 }]) {
      const answer = await serve({}, raw);
      expect(answer, JSON.stringify(raw)).toMatchObject({
        ok: false,
        type: null,
        error: { code: 'invalid-request' },
      });
    }
    // A message for a LinkedIn tab or the pages is not the background's to answer.
    expect(await serve({}, { type: 'content/ping' })).toMatchObject({
      ok: false,
      error: { message: 'content/ping is not a request for the background' },
    });
    // A valid request with no handler here.
    expect(await serve({}, { type: 'tracker/wipe' })).toMatchObject({
      ok: false,
      type: 'tracker/wipe',
      error: { code: 'invalid-request', message: 'tracker/wipe is not handled here' },
    });
  });

  it('turns a handler’s failure into an answer with its code', async () => {
    const handlers: Partial<Handlers> = {
      'tracker/delete': () => {
        throw Object.assign(new Error('no contact with id x'), { code: 'not-found' });
      },
      'tracker/wipe': async () => {
        throw new Error('storage is full');
      },
    };
    expect(await serve(handlers, { type: 'tracker/delete', id: 'x' })).toEqual({
      ok: false,
      type: 'tracker/delete',
      error: { code: 'not-found', message: 'no contact with id x' },
    });
    expect(await serve(handlers, { type: 'tracker/wipe' })).toEqual({
      ok: false,
      type: 'tracker/wipe',
      error: { code: 'failed', message: 'storage is full' },
    });
  });
});

describe('the requests', () => {
  it('a focus report and an advice request as the tabs send them pass; a malformed one does not', () => {
    const report = { url: 'https://www.linkedin.com/in/ana-silva/', recognised: false, reasons: [], at: 1 };
    expect(parseRequest({ type: 'focus-report', report: { ...report, noBox: true, person } }).ok).toBe(true);
    expect(parseRequest({ type: 'focus-report', report: { ...report, kind: 'tweet' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^report\.kind: /),
    });
    const facts = {
      name: 'Ana Silva',
      profileUrl: person.profileUrl,
      profile: { state: 'first-degree', degree: 1, firstName: 'Ana' },
      thread: { lastBy: 'them', lastAt: '2026-12-01T10:00:00.000Z', precision: 'minute', mine: 1, theirs: 2 },
    };
    const draft = { surface: 'message', empty: false, hasHook: true, greeting: 'Ana' };
    expect(parseRequest({ type: 'advice/get', person, facts, draft, tabId: 3 }).ok).toBe(true);
    expect(parseRequest({ type: 'advice/get', person, tabId: 3.5 }).ok).toBe(false);
  });

  it('only tracker writes are sent again after no answer, and never Undo', () => {
    const kinds = Object.keys(PROTOCOL);
    expect(kinds.filter(canResend).sort()).toEqual(
      kinds.filter((k) => k.startsWith('tracker/') && k !== 'tracker/undo-request').sort(),
    );
  });
});
