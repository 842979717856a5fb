import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prepareHistory } from '../../../lib/draft';
import {
  historyFrom,
  NOTE_HISTORY_LIMIT,
  noteHistoryItem,
  readNoteHistory,
  refreshNoteHistory,
  repairNoteHistory,
  sameHistory,
} from '../../../lib/tracker/note-history';
import { TrackerView } from '../../../lib/tracker/tracker-view';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, NOW } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const DAY = 86_400_000;
const at = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

const people = [
  contact('ana-silva', { name: 'Ana Silva', request: { sentAt: at(3), note: 'third' } }),
  contact('bo-chen', { name: 'Bo Chen', request: { sentAt: at(1), note: 'first' } }),
  contact('c', { request: { sentAt: at(2), note: ' \n\t ' } }),
  contact('d', { request: { sentAt: at(2), note: null } }),
  contact('e'),
  contact('zoe', { name: 'Zoë Ångström', request: { sentAt: at(2), note: ' second ' } }),
];

describe('the recent notes carry their date and recipient', () => {
  it('historyFrom: newest first, with when and to whom; blank and missing notes left out', () => {
    expect(historyFrom(people)).toEqual([
      { text: 'first', sentAt: at(1), name: 'Bo Chen' },
      { text: ' second ', sentAt: at(2), name: 'Zoë Ångström' },
      { text: 'third', sentAt: at(3), name: 'Ana Silva' },
    ]);
    expect(historyFrom(people, 1)).toHaveLength(1);
  });

  it('repair: older stores held plain strings; anything else odd is dropped, never thrown', () => {
    expect(repairNoteHistory(['Hi Ana, old note', 'Hi Bo'])).toEqual([
      { text: 'Hi Ana, old note', sentAt: null, name: null },
      { text: 'Hi Bo', sentAt: null, name: null },
    ]);
    expect(
      repairNoteHistory([
        { text: 'ok', sentAt: '2026-03-01T10:00:00.000Z', name: 'Ana' },
        { text: 'bad date', sentAt: 'yesterday', name: 42 },
        { text: 'blank name', name: '   ' },
        { sentAt: '2026-03-01T10:00:00.000Z' },
        null,
        7,
        ['nested'],
        'plain',
      ]),
    ).toEqual([
      { text: 'ok', sentAt: '2026-03-01T10:00:00.000Z', name: 'Ana' },
      { text: 'bad date', sentAt: null, name: null },
      { text: 'blank name', sentAt: null, name: null },
      { text: 'plain', sentAt: null, name: null },
    ]);
    for (const raw of [null, undefined, 'text', 3, { 0: 'not a list' }])
      expect(repairNoteHistory(raw)).toEqual([]);
    expect(repairNoteHistory(Array.from({ length: 1500 }, (_, i) => `n${i}`))).toHaveLength(
      NOTE_HISTORY_LIMIT,
    );
    expect(repairNoteHistory([{ text: 'x', name: 'N'.repeat(500) }])[0]?.name).toHaveLength(120);
  });

  it('a repaired older list still prepares for the template check', () => {
    const notes = repairNoteHistory([
      'Hi Ana, I help engineering teams cut their cloud bill by 30% this year.',
    ]);
    expect(prepareHistory(notes).notes).toHaveLength(1);
  });

  it('the background rewrites an older stored list with dates and names, then leaves it alone', async () => {
    await fakeBrowser.storage.local.set({ noteHistory: ['third', 'first'] });
    let writes = 0;
    const unwatch = noteHistoryItem.watch(() => writes++);
    await refreshNoteHistory(people);
    expect(await readNoteHistory()).toEqual(historyFrom(people));
    expect(writes).toBe(1);
    await refreshNoteHistory(people);
    expect(writes).toBe(1);
    // A renamed recipient is a change.
    const renamed = people.map((p) => (p.id.endsWith('bo-chen') ? { ...p, name: 'Bo Chen-Li' } : p));
    await refreshNoteHistory(renamed);
    expect(writes).toBe(2);
    expect((await readNoteHistory())[0]?.name).toBe('Bo Chen-Li');
    unwatch();
  });

  it('sameHistory compares text, date and name in order', () => {
    const a = historyFrom(people);
    expect(sameHistory(a, historyFrom(people))).toBe(true);
    expect(sameHistory(a, a.slice(1))).toBe(false);
    expect(sameHistory(a, [{ ...(a[0] as (typeof a)[0]), name: null }, ...a.slice(1)])).toBe(false);
  });

  it('the background view rebuilds the list when a recipient is renamed', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(people, 'merge');
    await view.contacts();
    expect(view.notesChanged()).toBe(true);
    const bo = people[1] as (typeof people)[1];
    await writer.upsertContact({ ...bo, name: 'Bo Chen-Li' });
    await view.contacts();
    expect(view.notesChanged()).toBe(true);
    await writer.upsertContact({ ...bo, name: 'Bo Chen-Li', headline: 'CTO' });
    await view.contacts();
    expect(view.notesChanged()).toBe(false);
  });
});
