import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTACT_MIGRATIONS, type Migration, migrateRecord } from '../../../lib/tracker/migrations';
import { CONTACT_VERSION } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';
import {
  panelPrefsItem,
  readPanelPrefs,
  readSettings,
  SETTINGS_VERSION,
  settingsItem,
} from '../../../lib/tracker/storage';
import { readAllContacts, readContactsFrom } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { dump, FIXTURES, fixture, NOW, seed } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('fixtures cover every schema version', () => {
  it('has a settings fixture for each version 1..SETTINGS_VERSION and a contacts fixture for each contact version', () => {
    const files = readdirSync(FIXTURES);
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(files).toContain(`settings.v${v}.json`);
    for (let v = 1; v <= CONTACT_VERSION; v++) expect(files).toContain(`contacts.v${v}.json`);
    expect(files).toContain('panelPrefs.v1.json');
  });
});

describe('settings migrations', () => {
  for (let v = 1; v <= SETTINGS_VERSION; v++) {
    it(`v${v} fixture migrates to v${SETTINGS_VERSION} losslessly`, async () => {
      const fx = fixture(`settings.v${v}.json`);
      await seed(fx.storage);
      await settingsItem.migrate();
      const stored = await dump();
      expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
      expect(stored.settings).toEqual(fx.expected);
      // Fields added later without a version bump (historyAfterDays, uiLanguage, 2026-12) read as their default.
      expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, ...(fx.expected as object) });
    });
  }

  it('keeps every v1 field value (nothing the user chose is lost)', async () => {
    const fx = fixture('settings.v1.json');
    await seed(fx.storage);
    await settingsItem.migrate();
    const old = fx.storage.settings as Record<string, unknown>;
    const now = (await dump()).settings as Record<string, unknown>;
    for (const [k, val] of Object.entries(old)) expect(now[k]).toEqual(val);
  });

  it('a damaged v1 value survives migration and is repaired on read', async () => {
    await seed({ settings: '{"accountType":"fr', settings$: { v: 1 } });
    await settingsItem.migrate();
    const s = await readSettings();
    expect(s.accountType).toBeNull();
    expect(s.staleAfterDays).toBe(21);
  });

  it('panelPrefs v1 reads as is', async () => {
    const fx = fixture('panelPrefs.v1.json');
    await seed(fx.storage);
    await panelPrefsItem.migrate();
    expect(await readPanelPrefs()).toEqual(fx.expected);
  });
});

describe('contact migrations', () => {
  it('the contacts v1 fixture reads with no problems, every record intact', async () => {
    const fx = fixture('contacts.v1.json');
    await seed(fx.storage);
    const { contacts, problems } = await readAllContacts();
    expect(problems).toEqual([]);
    expect(contacts).toHaveLength(Object.keys(fx.storage).length);
    for (const c of contacts) {
      const raw = fx.storage[`contact:${c.id}`] as Record<string, unknown>;
      expect(c).toEqual({ ...raw, v: CONTACT_VERSION });
    }
  });

  it('the writer brings old records to the current version and records it in trackerMeta', async () => {
    const fx = fixture('contacts.v1.json');
    await seed(fx.storage);
    const writer = new TrackerWriter({ now: () => NOW });
    const { problems, count } = await writer.init();
    expect(problems).toEqual([]);
    expect(count).toBe(6);
    const stored = await dump();
    expect((stored['contact:https://www.linkedin.com/in/femi-ade'] as { v: number }).v).toBe(CONTACT_VERSION);
    expect(stored.trackerMeta).toEqual({ contactVersion: CONTACT_VERSION, checkedAt: NOW.toISOString() });
  });

  it('v1 → v2: the writer stores every v1 fixture record exactly as the v2 fixture (compact form)', async () => {
    const v1 = fixture('contacts.v1.json');
    await seed(v1.storage);
    await new TrackerWriter({ now: () => NOW }).init();
    const stored = await dump();
    const contacts = Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith('contact:')));
    expect(contacts).toEqual(fixture('contacts.v2.json').storage);
    // Nothing was set aside or repaired on the way.
    expect(Object.keys(stored).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
  });

  it('the contacts v2 fixture reads back to the v1 records, field for field (lossless)', async () => {
    const v1 = fixture('contacts.v1.json').storage;
    await seed(fixture('contacts.v2.json').storage);
    const { contacts, problems } = await readAllContacts();
    expect(problems).toEqual([]);
    expect(contacts).toHaveLength(6);
    for (const c of contacts) expect(c).toEqual({ ...(v1[`contact:${c.id}`] as object), v: CONTACT_VERSION });
  });

  it('the current list has one named, dated migration per version step', () => {
    expect(CONTACT_MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: CONTACT_VERSION - 1 }, (_, i) => i + 2),
    );
    for (const m of CONTACT_MIGRATIONS) {
      expect(m.name).toBeTruthy();
      expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  describe('the runner (with a synthetic v2 that renames `version` to `variant`)', () => {
    const v2: Migration = {
      to: 2,
      name: 'rename-version-to-variant',
      date: '2026-08-06',
      removeAfter: '2028-08',
      up: ({ version, ...rest }) => ({ ...rest, ...(version === undefined ? {} : { variant: version }) }),
    };
    it('applies each step in order and names it', () => {
      const r = migrateRecord({ v: 1, id: 'x', version: 'a' }, 2, [v2]);
      expect(r).toEqual({
        ok: true,
        record: { v: 2, id: 'x', variant: 'a' },
        from: 1,
        applied: ['rename-version-to-variant'],
        changed: true,
      });
    });
    it('treats a record without v as v1', () => {
      expect(migrateRecord({ id: 'x' }, 2, [v2])).toMatchObject({ ok: true, from: 1, record: { v: 2 } });
    });
    it('leaves a current record alone', () => {
      expect(migrateRecord({ v: 2, id: 'x' }, 2, [v2])).toEqual({
        ok: true,
        record: { v: 2, id: 'x' },
        from: 2,
        applied: [],
        changed: false,
      });
    });
    it('refuses a newer record, a missing step, a throwing step and a bad version', () => {
      expect(migrateRecord({ v: 3 }, 2, [v2])).toMatchObject({ ok: false, newer: true });
      expect(migrateRecord({ v: 1 }, 3, [v2])).toMatchObject({
        ok: false,
        reason: 'no migration to schema v3',
      });
      const boom: Migration = {
        ...v2,
        up: () => {
          throw new Error('boom');
        },
      };
      expect(migrateRecord({ v: 1 }, 2, [boom])).toMatchObject({
        ok: false,
        reason: expect.stringContaining('boom'),
      });
      expect(migrateRecord({ v: 'one' }, 2, [v2])).toMatchObject({ ok: false });
      expect(migrateRecord('text', 2, [v2])).toMatchObject({ ok: false });
    });
    it('a store of mixed versions reads through the runner (pure)', () => {
      const v1 = fixture('contacts.v1.json').storage;
      const v2 = fixture('contacts.v2.json').storage;
      // Half the people still long-form v1 (an interrupted upgrade), half compact v2.
      const keys = Object.keys(v1);
      const mixed = Object.fromEntries(keys.map((k, i) => [k, i % 2 ? v1[k] : v2[k]]));
      const r = readContactsFrom(mixed);
      expect(r.problems).toEqual([]);
      expect(r.contacts).toHaveLength(6);
      expect(r.fixes.rewrite.map((c) => c.id)).toHaveLength(3);
    });
  });
});
