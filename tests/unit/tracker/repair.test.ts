import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairContact } from '../../../lib/tracker/repair-contact';
import {
  DEFAULT_PANEL_PREFS,
  DEFAULT_SETTINGS,
  repairPanelPrefs,
  repairSettings,
} from '../../../lib/tracker/settings';
import { readPanelPrefs, readSettings, readSettingsReport } from '../../../lib/tracker/storage';
import { readAllContacts, readContact, readQuarantine } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, dump, NOW, seed } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Corrupted values of every kind, for every key. */
const GARBAGE: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a truncated JSON string', '{"accountType":"premium","staleAft'],
  ['a list', [1, 2, 3]],
  ['a boolean', true],
  ['an empty object', {}],
];

describe('settings: repair of every field', () => {
  const bad: Record<keyof typeof DEFAULT_SETTINGS, unknown[]> = {
    accountType: ['gold', 1, ''],
    accountTypeInferred: ['yes', null],
    staleAfterDays: [0, 366, 2.5, '21', null],
    followUpBusinessDays: [0, 31, -1, 'four'],
    historyAfterDays: [0, 366, 'two weeks', null],
    workingDays: [[], [7], 'weekdays', [1, 2, 3, 4, 5, 6, 0, 1]],
    holidays: [['25/12/2026'], '2026-12-25', [20261225]],
    timeZone: ['Mars/Olympus', 5, ''],
    inmailCredits: [-1, 1.5, '3'],
    monthlyFreeNotes: [-2, 'five'],
    weeklyCap: [0, 'lots'],
    connectionCount: [-5, '1k'],
    notifications: ['on', 1],
    uiLanguage: ['de-DE', 'pt', 'klingon', 7, null],
  };
  for (const [field, values] of Object.entries(bad))
    it.each(values.map((v) => [v]))(`${field}: %j falls back to the default and is named`, (value) => {
      const r = repairSettings({ ...DEFAULT_SETTINGS, accountType: 'premium', [field]: value });
      expect(r.repaired).toEqual([field]);
      expect(r.value[field as keyof typeof DEFAULT_SETTINGS]).toEqual(
        field === 'accountType'
          ? DEFAULT_SETTINGS.accountType
          : DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
      );
      if (field !== 'accountType') expect(r.value.accountType).toBe('premium');
    });

  it.each(GARBAGE)('the whole value is %s → defaults, never a throw', (_label, raw) => {
    const r = repairSettings(raw);
    expect(r.value).toEqual(DEFAULT_SETTINGS);
  });

  it('returns fresh lists, never the defaults themselves', () => {
    const r = repairSettings(undefined);
    r.value.workingDays.push(6);
    expect(DEFAULT_SETTINGS.workingDays).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(GARBAGE)('readSettings on a stored %s never throws', async (_label, raw) => {
    await seed({ settings: raw, settings$: { v: 2 } });
    const s = await readSettings();
    expect(s.staleAfterDays).toBe(21);
    const report = await readSettingsReport();
    expect(report.value).toEqual(s);
  });
});

describe('panel prefs: repair', () => {
  it.each(GARBAGE)('%s → defaults', async (_label, raw) => {
    expect(repairPanelPrefs(raw).value).toEqual(DEFAULT_PANEL_PREFS);
    await seed({ panelPrefs: raw });
    expect(await readPanelPrefs()).toEqual(DEFAULT_PANEL_PREFS);
  });
  it('collapsed "yes" is repaired', () => {
    expect(repairPanelPrefs({ collapsed: 'yes' })).toEqual({
      value: { collapsed: false, cards: {} },
      repaired: ['collapsed'],
    });
  });
});

describe('contact records: repair or set aside', () => {
  const good = contact('ana-silva', {
    request: { sentAt: '2026-03-01T10:00:00.000Z', note: 'Hi' },
    status: 'pending',
  });

  it.each([
    ['headline', { headline: 42 }],
    ['audience', { audience: ['x'] }],
    ['channel', { channel: 'carrier pigeon' }],
    ['acceptedAt', { acceptedAt: 'last week' }],
    ['snoozedUntil', { snoozedUntil: 'tomorrow' }],
    ['degree', { degree: '2nd' }],
    ['messages', { messages: [{ sentAt: '2026-03-02T10:00:00Z', kind: 'first' }, { sentAt: 'soon' }, null] }],
    ['doneActions', { doneActions: [{ action: 'dance', at: '2026-03-02T10:00:00Z' }] }],
    ['signals', { signals: { iEngagedWithTheirs: 'yesterday', sharedGroup: 'Rustaceans' } }],
    ['status', { status: 'lost' }],
    ['updatedAt', { updatedAt: null }],
    ['request.note', { request: { sentAt: '2026-03-01T10:00:00.000Z', note: 7 } }],
    [
      'request.withdrawnAt',
      { request: { sentAt: '2026-03-01T10:00:00.000Z', note: null, withdrawnAt: 'x' } },
    ],
  ])('a bad %s is repaired and named', (field, over) => {
    const r = repairContact({ ...good, ...over });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.repaired).toContain(field);
    expect(r.contact.id).toBe(good.id);
  });

  it('keeps the readable messages and signals', () => {
    const r = repairContact({
      ...good,
      messages: [{ sentAt: '2026-03-02T10:00:00Z', kind: 'first' }, { sentAt: 'soon' }],
      signals: { iEngagedWithTheirs: 'yesterday', sharedGroup: 'Rustaceans' },
    });
    expect(r.ok && r.contact.messages).toEqual([{ sentAt: '2026-03-02T10:00:00Z', kind: 'first' }]);
    expect(r.ok && r.contact.signals).toEqual({ sharedGroup: 'Rustaceans' });
  });

  it('derives a lost status from the dates', () => {
    const r = repairContact({ ...good, status: 'lost' });
    expect(r.ok && r.contact.status).toBe('pending');
  });

  it.each([
    ['null', null, 'not an object (null)'],
    ['a truncated JSON string', '{"id":"https://www.linkedin.com/in/ana', 'not an object (the text'],
    ['a number', 7, 'not an object (number)'],
    ['a list', [good], 'not an object (a list)'],
    ['no name', { ...good, name: '' }, 'name:'],
    ['no id', { ...good, id: undefined }, 'id:'],
    ['a relative createdAt', { ...good, createdAt: '2 weeks ago' }, 'createdAt:'],
    [
      'a request with a relative sentAt',
      { ...good, request: { sentAt: 'Sent 2 weeks ago', note: null } },
      'request.sentAt',
    ],
    ['a request that is text', { ...good, request: 'sent' }, 'request: expected an object'],
  ])('%s is unreadable', (_label, raw, reason) => {
    const r = repairContact(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });
});

describe('store: validate and repair on every read', () => {
  const good = contact('ana-silva');
  const fixable = { ...contact('bo-chen'), headline: 42 };

  async function seedMess() {
    await seed({
      [`contact:${good.id}`]: good,
      [`contact:${fixable.id}`]: fixable,
      'contact:https://www.linkedin.com/in/broken': '{"id":"https://www.linkedin.com/in/bro',
      'contact:https://www.linkedin.com/in/nulled': null,
      'contact:https://www.linkedin.com/in/wrong-key': contact('someone-else'),
      'contact:https://www.linkedin.com/in/future': { ...contact('future'), v: 99 },
      settings: { accountType: 'free', accountTypeInferred: false },
    });
  }

  it('reads what it can and reports the rest, without writing', async () => {
    await seedMess();
    const before = await dump();
    const { contacts, problems } = await readAllContacts();
    expect(contacts.map((c) => c.id).sort()).toEqual([fixable.id, good.id].sort());
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: `contact:${fixable.id}`, reason: 'repaired: headline', action: 'repaired' },
        {
          key: 'contact:https://www.linkedin.com/in/broken',
          reason: expect.stringContaining('not an object'),
          action: 'quarantined',
        },
        {
          key: 'contact:https://www.linkedin.com/in/wrong-key',
          reason: expect.stringContaining('wrong key'),
          action: 'quarantined',
        },
        {
          key: 'contact:https://www.linkedin.com/in/future',
          reason: expect.stringContaining('newer version'),
          action: 'skipped',
        },
      ]),
    );
    expect(await dump()).toEqual(before);
  });

  it('the writer sets unreadable records aside as they were, keeps originals of repairs, leaves newer ones', async () => {
    await seedMess();
    const writer = new TrackerWriter({ now: () => NOW });
    const { problems, count } = await writer.init();
    expect(count).toBe(2);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    const stored = await dump();
    expect(stored['contact:https://www.linkedin.com/in/broken']).toBeUndefined();
    expect(stored['quarantine:contact:https://www.linkedin.com/in/broken']).toEqual({
      key: 'contact:https://www.linkedin.com/in/broken',
      reason: expect.stringContaining('not an object'),
      at: NOW.toISOString(),
      raw: '{"id":"https://www.linkedin.com/in/bro',
    });
    expect(stored['contact:https://www.linkedin.com/in/future']).toBeDefined();
    expect((stored[`contact:${fixable.id}`] as { headline?: unknown }).headline).toBeUndefined();
    expect((stored[`quarantine:contact:${fixable.id}`] as { raw: unknown }).raw).toEqual(fixable);
    const q = await readQuarantine();
    expect(q.map((e) => e.key).sort()).toEqual(
      [
        `contact:${fixable.id}`,
        'contact:https://www.linkedin.com/in/broken',
        'contact:https://www.linkedin.com/in/wrong-key',
      ].sort(),
    );
    // A second read is clean apart from the newer record.
    const again = await readAllContacts();
    expect(again.problems.map((p) => p.action)).toEqual(['skipped']);
    expect(again.contacts).toHaveLength(2);
  });

  it('readContact repairs a single record and never throws', async () => {
    await seedMess();
    expect((await readContact(good.id)).contact).toEqual(good);
    expect((await readContact(fixable.id)).problem?.action).toBe('repaired');
    expect(await readContact('https://www.linkedin.com/in/broken')).toMatchObject({
      contact: null,
      problem: { action: 'quarantined' },
    });
    expect(await readContact('https://www.linkedin.com/in/nobody')).toEqual({ contact: null });
  });
});
