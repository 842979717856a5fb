/**
 * What the page shows, merged into the record before advising: the visible thread (who
 * wrote last and when), the profile's relationship state, the invitation dialog's quota. The page
 * wins when fresher, the record is updated with a history entry, and every surface advises from it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageFacts, PersonFacts } from '../../../lib/linkedin/facts-types';
import { Advisor } from '../../../lib/tracker/advisor';
import { draftVerdict } from '../../../lib/tracker/draft-verdict';
import { mergePageFacts } from '../../../lib/tracker/merge-facts';
import { nextStep } from '../../../lib/tracker/next-step';
import { notesLeftNow, pageQuotaItem } from '../../../lib/tracker/page-quota';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { readContact } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, SETTINGS } from './helpers';

// Wednesday 9 December 2026, 10:00 UTC.
const NOW = new Date('2026-12-09T10:00:00.000Z');
const SOREN = 'https://www.linkedin.com/in/soren-kierkegaard-nielsen';

const thread = (
  lastBy: 'me' | 'them',
  lastAt: string | null,
  precision: 'minute' | 'day' | null = 'minute',
) => ({
  name: 'Søren Kierkegaard-Nielsen',
  profileUrl: `${SOREN}/`,
  thread: { lastBy, lastAt, precision, mine: 1, theirs: 1 },
});

const connected = (over: Partial<TrackedContact> = {}) =>
  contact('soren-kierkegaard-nielsen', {
    name: 'Søren Kierkegaard-Nielsen',
    degree: 1,
    request: { sentAt: '2026-11-01T09:00:00.000Z', note: null },
    acceptedAt: '2026-11-03T09:00:00.000Z',
    messages: [{ sentAt: '2026-11-04T09:00:00.000Z', kind: 'first' }],
    status: 'accepted',
    createdAt: '2026-11-01T09:00:00.000Z',
    ...over,
  });

const step = (record: TrackedContact | null, facts: PersonFacts | null) =>
  nextStep(
    { record, facts, person: { name: 'Søren Kierkegaard-Nielsen', profileUrl: `${SOREN}/` } },
    NOW,
    SETTINGS,
  );

describe('the visible thread', () => {
  it('their message after everything on record: a reply, dated as the page dates it, kept in the history', () => {
    const before = connected();
    // Without the page: a follow-up is overdue.
    expect(step(before, null).action).toBe('send-follow-up');
    const facts = thread('them', '2026-12-09T08:41:00.000Z');
    const { contact: after, added } = mergePageFacts(before, facts, NOW);
    expect(after.repliedAt).toBe('2026-12-09T08:41:00.000Z');
    expect(after.status).toBe('replied');
    expect(after.lastMessageBy).toBe('them');
    expect(added).toEqual([
      { at: NOW.toISOString(), kind: 'replied', source: 'thread', on: '2026-12-09T08:41:00.000Z' },
    ]);
    expect(after.history).toEqual(added);
    const s = step(before, facts);
    expect(s.action).toBe('reply');
    expect(s.dueAt).toBe('2026-12-10T08:41:00.000Z');
  });

  it('the same facts again change nothing (no second history entry)', () => {
    const facts = thread('them', '2026-12-09T08:41:00.000Z');
    const once = mergePageFacts(connected(), facts, NOW).contact;
    const twice = mergePageFacts(once, facts, new Date(NOW.getTime() + 60_000));
    expect(twice.contact).toBe(once);
    expect(twice.added).toEqual([]);
  });

  it('the user answered on LinkedIn after their reply: your message, so never "reply to them"', () => {
    const before = connected({ repliedAt: '2026-12-07T09:00:00.000Z', status: 'replied' });
    expect(step(before, null).action).toBe('reply');
    const facts = thread('me', '2026-12-08T16:30:00.000Z');
    const after = mergePageFacts(before, facts, NOW).contact;
    expect(after.messages.at(-1)).toEqual({ sentAt: '2026-12-08T16:30:00.000Z', kind: 'follow-up' });
    expect(after.history?.at(-1)).toMatchObject({ kind: 'message', source: 'thread' });
    expect(step(before, facts).action).toBe('send-follow-up');
  });

  it('a message we recorded at Send and the page shows at the same minute is one message', () => {
    const before = connected({ messages: [{ sentAt: '2026-12-08T16:30:41.000Z', kind: 'first' }] });
    const { contact: after } = mergePageFacts(before, thread('me', '2026-12-08T16:30:00.000Z'), NOW);
    expect(after).toBe(before);
  });

  it('a day-precise time ("Tue") is fresher only on a later day', () => {
    const before = connected({
      repliedAt: '2026-12-08T15:00:00.000Z',
      status: 'replied',
      lastMessageBy: 'them',
    });
    expect(mergePageFacts(before, thread('them', '2026-12-08T00:00:00.000Z', 'day'), NOW).contact).toBe(
      before,
    );
    const later = mergePageFacts(before, thread('them', '2026-12-09T00:00:00.000Z', 'day'), NOW).contact;
    expect(later.repliedAt).toBe('2026-12-09T00:00:00.000Z');
  });

  it('the page shows them last where the record says the user wrote last: the page wins', () => {
    const before = connected({ lastMessageBy: 'me', repliedAt: '2026-11-05T09:00:00.000Z' });
    expect(step(before, null).action).not.toBe('reply');
    const after = mergePageFacts(before, thread('them', null, null), NOW).contact;
    expect(after.lastMessageBy).toBe('them');
    expect(after.repliedAt).toBe(NOW.toISOString());
    expect(step(before, thread('them', null, null)).action).toBe('reply');
  });

  it('someone not tracked whose last message is theirs: reply, without a due date', () => {
    const s = step(null, thread('them', '2026-12-09T08:41:00.000Z'));
    expect(s.action).toBe('reply');
    expect(s.dueAt).toBeNull();
    expect(s.tracked).toBe(false);
  });
});

describe('the relationship state on the profile', () => {
  const pending = () =>
    contact('ana', { request: { sentAt: '2026-12-01T09:00:00.000Z', note: null }, status: 'pending' });
  const profile = (
    state: 'first-degree' | 'connectable' | 'pending',
    degree: 1 | 2 | null = null,
  ): PersonFacts => ({
    name: 'Ana',
    profileUrl: 'https://www.linkedin.com/in/ana/',
    profile: { state, degree, firstName: null },
  });

  it('1st degree: the request was accepted (when seen); the first message is next', () => {
    const { contact: after, added } = mergePageFacts(pending(), profile('first-degree', 1), NOW);
    expect(after).toMatchObject({ acceptedAt: NOW.toISOString(), degree: 1, status: 'accepted' });
    expect(added[0]).toMatchObject({ kind: 'accepted', source: 'profile' });
    const s = nextStep({ record: pending(), facts: profile('first-degree', 1) }, NOW, SETTINGS);
    expect(s.action).toBe('send-first-message');
  });

  it('Connect offered while a request is on record: it is gone, withdrawn when seen', () => {
    const { contact: after, added } = mergePageFacts(pending(), profile('connectable', 2), NOW);
    expect(after.request?.withdrawnAt).toBe(NOW.toISOString());
    expect(after.status).toBe('withdrawn');
    expect(added[0]).toMatchObject({ kind: 'withdrawn', source: 'profile' });
    expect(nextStep({ record: pending(), facts: profile('connectable', 2) }, NOW, SETTINGS).action).toBe(
      'wait',
    );
  });

  it('a page older than the record never undoes it: a request sent or withdrawn within the day stands', () => {
    const justSent = contact('ana', {
      request: { sentAt: new Date(NOW.getTime() - 60_000).toISOString(), note: null },
      status: 'pending',
    });
    expect(mergePageFacts(justSent, profile('connectable', 2), NOW).contact).toBe(justSent);
    const justWithdrawn = contact('ana', {
      request: {
        sentAt: '2026-11-01T09:00:00.000Z',
        note: null,
        withdrawnAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
      },
      status: 'withdrawn',
    });
    expect(mergePageFacts(justWithdrawn, profile('pending', 2), NOW).contact).toBe(justWithdrawn);
  });

  it('pending with no request on record: one is added, flagged approximate', () => {
    const { contact: after } = mergePageFacts(contact('ana', { degree: 2 }), profile('pending', 2), NOW);
    expect(after.request).toEqual({ sentAt: NOW.toISOString(), note: null, approximate: true });
    expect(after.status).toBe('pending');
  });

  it("LinkedIn's first-name field becomes the name the advice uses", () => {
    const nguyen = contact('nguyen', {
      name: 'Nguyễn Thị Minh Khai',
      degree: 1,
      acceptedAt: '2026-12-08T09:00:00.000Z',
      status: 'accepted',
    });
    expect(nextStep({ record: nguyen }, NOW, SETTINGS).reason).toMatch(/^Nguyễn Thị Minh Khai accepted/);
    const facts: PersonFacts = {
      name: 'Nguyễn Thị Minh Khai',
      profileUrl: nguyen.profileUrl,
      profile: { state: 'first-degree', degree: 1, firstName: 'Khai' },
    };
    expect(nextStep({ record: nguyen, facts }, NOW, SETTINGS).reason).toMatch(/^Khai accepted/);
  });
});

describe('the quota the page shows', () => {
  const note = (slug: string, sentAt: string) =>
    contact(slug, {
      request: { sentAt, note: 'Hi, loved your post', accountType: 'free' },
      status: 'pending',
    });

  it("LinkedIn's figure wins over our count, less the notes sent since it was read", () => {
    const page = { left: 1, at: '2026-12-09T09:00:00.000Z' };
    expect(notesLeftNow(page, 2, [], NOW, 'UTC')).toEqual({ left: 1, from: 'page' });
    const sentAfter = [note('a', '2026-12-09T09:30:00.000Z'), note('b', '2026-12-08T09:30:00.000Z')];
    expect(notesLeftNow(page, 2, sentAfter, NOW, 'UTC')).toEqual({ left: 0, from: 'page' });
  });

  it('a reading from last month or none at all: our count', () => {
    expect(notesLeftNow({ left: 1, at: '2026-11-30T09:00:00.000Z' }, 3, [], NOW, 'UTC')).toEqual({
      left: 3,
      from: 'count',
    });
    expect(notesLeftNow(null, 3, [], NOW, 'UTC')).toEqual({ left: 3, from: 'count' });
  });
});

describe('the background advisor', () => {
  beforeEach(() => fakeBrowser.reset());

  function advisor(records: TrackedContact[]) {
    const writer = new TrackerWriter({ now: () => NOW });
    const byId = new Map(records.map((r) => [r.id, r]));
    return {
      writer,
      advisor: new Advisor({
        writer,
        settings: async () => SETTINGS,
        record: async (id) => (await readContact(id)).contact ?? byId.get(id) ?? null,
        all: async () => records,
        now: () => NOW,
      }),
    };
  }

  it('merges the page, writes the fresher record with its history, and answers from it', async () => {
    const before = connected();
    const { writer, advisor: a } = advisor([before]);
    await writer.importContacts([before], 'merge');
    const page: PageFacts = {
      at: NOW.toISOString(),
      lang: 'en',
      people: [thread('them', '2026-12-09T08:41:00.000Z')],
      quota: null,
    };
    const answer = await a.answer(
      { type: 'advice/get', person: { name: 'Søren Kierkegaard-Nielsen', profileUrl: `${SOREN}/` } },
      async () => page,
    );
    expect(answer.advice?.action).toBe('reply');
    expect(answer.advice?.dueDay).toBe('2026-12-10');
    const stored = (await readContact(before.id)).contact;
    expect(stored?.repliedAt).toBe('2026-12-09T08:41:00.000Z');
    expect(stored?.history).toHaveLength(1);
    // Asked again (the card watches the record): the same answer, nothing new written.
    const again = await a.answer(
      { type: 'advice/get', person: { name: 'Søren Kierkegaard-Nielsen', profileUrl: `${SOREN}/` } },
      async () => page,
    );
    expect(again.advice?.dueAt).toBe(answer.advice?.dueAt);
    expect((await readContact(before.id)).contact?.history).toHaveLength(1);
  });

  it('an InMail bubble that links no profile finds the tracked person by name', async () => {
    const camille = contact('camille-lefevre-lyon', {
      name: 'Camille Lefèvre',
      request: { sentAt: '2026-11-10T09:00:00.000Z', note: null },
      status: 'pending',
    });
    const { advisor: a } = advisor([camille]);
    const answer = await a.answer({
      type: 'advice/get',
      person: { name: 'Camille Lefèvre', profileUrl: null },
    });
    expect(answer.tracked?.id).toBe(camille.id);
    expect(answer.advice?.action).toBe('withdraw-request');
    expect(answer.advice?.tracked).toBe(true);
  });

  it('keeps the quota the dialog shows, and says whether the draft should go out', async () => {
    const { advisor: a } = advisor([]);
    const answer = await a.answer(
      {
        type: 'advice/get',
        person: {
          name: 'Ayşe Yılmaz',
          profileUrl: 'https://www.linkedin.com/in/ayse-yilmaz-ist/',
          headline: 'CEO',
        },
        draft: { surface: 'connection-note', empty: false, hasHook: false },
      },
      async () => ({ at: NOW.toISOString(), lang: 'en', people: [], quota: { left: 1 } }),
    );
    expect(await pageQuotaItem.getValue()).toEqual({ left: 1, at: NOW.toISOString() });
    // A senior person without InMail credits: engage first, so the note is "not yet".
    expect(answer.advice?.action).toBe('engage-first');
    expect(answer.draft).toMatchObject({ verdict: 'hold' });
    expect(answer.draft?.text).toMatch(/Engage with Ayşe’s posts first/);
  });
});

describe('score and advice agree', () => {
  it('a pending request: a new note is "not yet"; the follow-up not due until Monday is "not yet" too', () => {
    const pendingStep = nextStep(
      {
        record: contact('ana', {
          request: { sentAt: '2026-12-07T09:00:00.000Z', note: null },
          status: 'pending',
        }),
      },
      NOW,
      SETTINGS,
    );
    expect(draftVerdict(pendingStep, 'connection-note', NOW)).toMatchObject({ verdict: 'hold' });
    const followUp = nextStep(
      { record: connected({ messages: [{ sentAt: '2026-12-08T09:00:00.000Z', kind: 'first' }] }) },
      NOW,
      SETTINGS,
    );
    expect(followUp.action).toBe('send-follow-up');
    const v = draftVerdict(followUp, 'message', NOW);
    expect(v?.verdict).toBe('hold');
    expect(v?.text).toMatch(/Not due until Mon 14 Dec/);
    // Replying is what the step says: the draft goes out, the score speaks alone.
    const reply = step(connected({ repliedAt: '2026-12-09T08:00:00.000Z', status: 'replied' }), null);
    expect(draftVerdict(reply, 'message', NOW)).toEqual({ verdict: 'go', text: '' });
    expect(draftVerdict(reply, 'comment', NOW)).toBeNull();
  });
});
