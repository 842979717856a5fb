import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dueItems } from '../../../lib/tracker/reminders';
import { readAllContacts } from '../../../lib/tracker/store';
import { encodeSummary, readSummary, SUMMARY_ROWS, type TrackerSummary } from '../../../lib/tracker/summary';
import { TrackerView } from '../../../lib/tracker/tracker-view';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, dump, NOW, SETTINGS } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** People with something due (stale requests, first messages owed) and some with nothing due. */
function people(n: number) {
  return Array.from({ length: n }, (_, i) =>
    contact(`p-${i}`, {
      name: `Person ${String(i).padStart(2, '0')}`,
      request: { sentAt: iso(NOW.getTime() - (5 + i) * DAY), note: null },
      status: i % 3 === 0 ? 'accepted' : 'pending',
      ...(i % 3 === 0 ? { degree: 1 as const, acceptedAt: iso(NOW.getTime() - (1 + (i % 4)) * DAY) } : {}),
    }),
  );
}

/** The summary as the pages would read it from storage now. */
async function storedSummary(): Promise<TrackerSummary | null> {
  const r = readSummary((await dump()).trackerSummary, NOW);
  return r.ok ? r.summary : null;
}

/** The summary built from scratch: every contact read and advised again. */
async function fromScratch(): Promise<TrackerSummary> {
  const { contacts } = await readAllContacts();
  const due = dueItems(contacts, NOW, SETTINGS);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const r = readSummary(
    JSON.parse(JSON.stringify(encodeSummary(due, (id) => byId.get(id), contacts.length, NOW))),
    NOW,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.summary;
}

describe('tracker summary (summary.ts)', () => {
  it('keeps the counts and the first due rows, each with its contact, and reads back exactly', () => {
    const list = people(60);
    const due = dueItems(list, NOW, SETTINGS);
    expect(due.length).toBeGreaterThan(SUMMARY_ROWS);
    const byId = new Map(list.map((c) => [c.id, c]));
    const stored = JSON.parse(JSON.stringify(encodeSummary(due, (id) => byId.get(id), list.length, NOW)));
    const r = readSummary(stored, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary.count).toBe(60);
    expect(r.summary.dueCount).toBe(due.length);
    expect(r.summary.rows.map((x) => x.due)).toEqual(due.slice(0, SUMMARY_ROWS));
    for (const row of r.summary.rows) expect(row.contact).toEqual(byId.get(row.due.contactId));
  });

  it('read later, overdue times move with the clock and "act now" items are dated now', () => {
    const list = people(6);
    const due = dueItems(list, NOW, SETTINGS);
    const byId = new Map(list.map((c) => [c.id, c]));
    const stored = JSON.parse(JSON.stringify(encodeSummary(due, (id) => byId.get(id), 6, NOW)));
    const later = new Date(NOW.getTime() + 3 * 3_600_000);
    const r = readSummary(stored, later);
    expect(r.ok && r.summary.rows.map((x) => x.due)).toEqual(dueItems(list, later, SETTINGS));
  });

  it.each<[string, (s: Record<string, unknown>) => unknown]>([
    ['not an object', () => 'summary'],
    ['another version', (s) => ({ ...s, v: 99 })],
    ['counts that are not counts', (s) => ({ ...s, count: -1 })],
    ['more rows than due items', (s) => ({ ...s, dueCount: 0 })],
    [
      'a row whose contact is damaged',
      (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], c: { v: 2 } }] }),
    ],
    [
      'a row whose due item is damaged',
      (s) => ({ ...s, rows: [{ ...(s.rows as { d: object }[])[0], d: { action: 'dance' } }] }),
    ],
    [
      'a row for another contact',
      (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], id: 'https://www.linkedin.com/in/zz' }] }),
    ],
  ])('a damaged summary (%s) is refused whole', (_label, damage) => {
    const list = people(3);
    const due = dueItems(list, NOW, SETTINGS);
    const byId = new Map(list.map((c) => [c.id, c]));
    const good = JSON.parse(JSON.stringify(encodeSummary(due, (id) => byId.get(id), 3, NOW)));
    expect(readSummary(good, NOW).ok).toBe(true);
    expect(readSummary(damage(good), NOW)).toMatchObject({ ok: false, missing: false });
    expect(readSummary(undefined, NOW)).toMatchObject({ ok: false, missing: true });
  });
});

describe('the background view keeps the summary equal to one built from scratch', () => {
  it('after every kind of write', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    const check = async (what: string) => {
      await view.refresh(SETTINGS, NOW);
      expect(await storedSummary(), what).toEqual(await fromScratch());
    };
    await check('empty');
    expect((await storedSummary())?.count).toBe(0);

    await writer.importContacts(people(40), 'merge');
    await check('import merge');
    const first = (await storedSummary())?.rows[0]?.contact.id as string;
    const ana = 'https://www.linkedin.com/in/ana';
    await writer.recordRequestSent({
      name: 'Ana',
      profileUrl: ana,
      note: null,
      sentAt: iso(NOW.getTime() - 40 * DAY),
      accountType: 'free',
    });
    await check('request sent');
    await writer.undoLastRequest(ana);
    await check('undo');
    await writer.recordMessageSent(first, iso(NOW.getTime() - 1000));
    await check('message sent');
    const second = (await storedSummary())?.rows[0]?.contact.id as string;
    await writer.markWithdrawn(second, iso(NOW.getTime() - 1000));
    await check('withdrawn');
    const p5 = 'https://www.linkedin.com/in/p-5';
    await writer.markAccepted(p5, iso(NOW.getTime() - 2 * DAY));
    await check('accepted');
    await writer.markReplied(p5, iso(NOW.getTime() - DAY));
    await check('replied');
    const third = (await storedSummary())?.rows[0];
    await writer.snooze(third?.contact.id as string, iso(NOW.getTime() + 7 * DAY));
    await check('snooze');
    const fourth = (await storedSummary())?.rows[0];
    await writer.markDone(
      fourth?.contact.id as string,
      fourth?.due.action as never,
      iso(NOW.getTime()),
      fourth?.due.dueAt,
    );
    await check('done');
    await writer.upsertContact({ ...people(1)[0], name: 'Renamed Person' });
    await check('upsert');
    await writer.deleteContact('https://www.linkedin.com/in/p-1');
    await check('delete');
    await writer.importContacts(people(35), 'replace');
    await check('import replace');
    await writer.wipeAll();
    await check('wipe');
    expect((await storedSummary())?.count).toBe(0);
  });

  it('follows contact keys written by someone else, and writes a removed or damaged summary again', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(people(10), 'merge');
    await view.refresh(SETTINGS, NOW);
    const good = (await dump()).trackerSummary;

    // Damaged by hand: the view notices (it did not write that) and the next refresh rebuilds it.
    await fakeBrowser.storage.local.set({ trackerSummary: { v: 1, rows: 'x' } });
    expect(view.storageChanged({ trackerSummary: { newValue: { v: 1, rows: 'x' } } })).toBe(true);
    await view.refresh(SETTINGS, NOW);
    expect((await dump()).trackerSummary).toEqual(good);

    // Its own write is not a change worth a refresh.
    expect(view.storageChanged({ trackerSummary: { newValue: good } })).toBe(false);

    // Removed: rebuilt too.
    await fakeBrowser.storage.local.remove('trackerSummary');
    expect(view.storageChanged({ trackerSummary: { oldValue: good } })).toBe(true);
    await view.refresh(SETTINGS, NOW);
    expect((await dump()).trackerSummary).toEqual(good);

    // A contact written straight to storage (not through this writer) is picked up.
    const other = new TrackerWriter({ now: () => NOW });
    await other.deleteContact('https://www.linkedin.com/in/p-0');
    expect(view.storageChanged({ 'contact:https://www.linkedin.com/in/p-0': { oldValue: {} } })).toBe(true);
    await view.refresh(SETTINGS, NOW);
    expect(await storedSummary()).toEqual(await fromScratch());
    expect((await storedSummary())?.count).toBe(9);
  });
});

describe('the background view tells when the recent notes need rebuilding', () => {
  it('after a full read and after a note or its date changed, not after other edits', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(people(3), 'merge');
    await view.contacts();
    expect(view.notesChanged()).toBe(true);
    expect(view.notesChanged()).toBe(false);
    const [p0] = people(1);
    await writer.upsertContact({ ...p0, headline: 'New headline' });
    await view.contacts();
    expect(view.notesChanged()).toBe(false);
    await writer.upsertContact({ ...p0, request: { ...p0?.request, note: 'A new note' } });
    await view.contacts();
    expect(view.notesChanged()).toBe(true);
    await writer.deleteContact(p0?.id as string);
    await view.contacts();
    expect(view.notesChanged()).toBe(true);
    view.markNotesChanged();
    expect(view.notesChanged()).toBe(true);
  });
});
