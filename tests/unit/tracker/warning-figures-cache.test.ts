import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { figuresFingerprint, warningFigures } from '../../../lib/insight/by-warning';
import { readAllContacts } from '../../../lib/tracker/store';
import { TrackerView } from '../../../lib/tracker/tracker-view';
import { readWarningFigures, warningFiguresItem } from '../../../lib/tracker/warning-figures-cache';
import { WarningFiguresKeeper } from '../../../lib/tracker/warning-figures-keeper';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { coachingTracker, NOTE } from '../insight/coaching-fixture';
import { dump, NOW } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const noPause = async () => {};

/** The figures built from scratch from what is stored now, with the fingerprint the keeper adds. */
async function fromScratch() {
  const { contacts } = await readAllContacts();
  return {
    ...warningFigures(contacts, { now: NOW, timeZone: 'UTC' }),
    fp: figuresFingerprint(contacts, 'UTC', 'dev'),
  };
}

describe('the per-warning figures key the background keeps (warning-figures-cache.ts)', () => {
  it('after every kind of write, the stored figures equal ones built from scratch; only changed notes are analysed', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    const keeper = new WarningFiguresKeeper(noPause);
    const check = async () => {
      await keeper.refresh(await view.contacts(), 'UTC', NOW);
      expect(await readWarningFigures()).toEqual(await fromScratch());
    };
    await writer.importContacts(coachingTracker(), 'merge');
    await check();
    const analysedAfterImport = keeper.analysed;
    expect(analysedAfterImport).toBeGreaterThan(50);

    // A headline edit: nothing to analyse again, and the key is not even rewritten.
    const [first] = (await readAllContacts()).contacts;
    let writes = 0;
    const unwatch = warningFiguresItem.watch(() => writes++);
    await writer.upsertContact({ ...first, headline: 'New headline' });
    await check();
    expect(keeper.analysed).toBe(analysedAfterImport);
    expect(writes).toBe(0);

    // A note sent by hand with a pitch: that one note is analysed.
    await writer.recordRequestSent({
      name: 'Zoë Example',
      profileUrl: 'https://www.linkedin.com/in/zoe-example',
      note: NOTE.pitch('Zoë', 'ledgers'),
      sentAt: '2026-03-09T09:00:00.000Z',
      accountType: 'premium',
    });
    await check();
    expect(keeper.analysed).toBe(analysedAfterImport + 1);
    expect(writes).toBe(1);
    expect((await readWarningFigures())?.groups.find((g) => g.k === 'pitch')).toMatchObject({ s: 47, y: 1 });

    await writer.markAccepted('https://www.linkedin.com/in/zoe-example', '2026-03-10T08:00:00.000Z');
    await check();
    await writer.deleteContact('https://www.linkedin.com/in/zoe-example');
    await check();
    await writer.wipeAll();
    await check();
    expect((await readWarningFigures())?.sends).toBe(0);
    unwatch();
  });

  it('refreshes asked for while one runs are folded into one more, with the latest contacts', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(coachingTracker(), 'merge');
    const all = await view.contacts();
    let pauses = 0;
    const keeper = new WarningFiguresKeeper(
      async () => {
        pauses++;
        await new Promise((r) => setTimeout(r, 0));
      },
      { sliceSize: 10 },
    );
    const a = keeper.refresh(all, 'UTC', NOW);
    const b = keeper.refresh(all.slice(0, 50), 'UTC', NOW);
    const c = keeper.refresh(all.slice(0, 10), 'UTC', NOW);
    expect(b).toBe(a);
    expect(c).toBe(a);
    await a;
    expect(pauses).toBeGreaterThan(0);
    expect(await readWarningFigures()).toEqual({
      ...warningFigures(all.slice(0, 10), { now: NOW, timeZone: 'UTC' }),
      fp: figuresFingerprint(all.slice(0, 10), 'UTC', 'dev'),
    });
  });

  it('a damaged or removed key reads as null and is written again on the next refresh', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(coachingTracker(), 'merge');
    const keeper = new WarningFiguresKeeper(noPause);
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    await fakeBrowser.storage.local.set({ warningFigures: { v: 1, groups: 'broken' } });
    expect(await readWarningFigures()).toBeNull();
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    expect(await readWarningFigures()).toEqual(await fromScratch());
    await fakeBrowser.storage.local.remove('warningFigures');
    expect((await dump()).warningFigures).toBeUndefined();
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    expect(await readWarningFigures()).toEqual(await fromScratch());
  });

  it('a restarted worker keeps the stored figures while nothing changed, and analyses once something does', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(coachingTracker(), 'merge');
    await new WarningFiguresKeeper(noPause).refresh(await view.contacts(), 'UTC', NOW);
    const stored = await readWarningFigures();
    let writes = 0;
    const unwatch = warningFiguresItem.watch(() => writes++);

    // A fresh worker (a new keeper, a new view reading everything): nothing analysed, nothing written.
    const fresh = new WarningFiguresKeeper(noPause);
    const reread = new TrackerView();
    await fresh.refresh(await reread.contacts(), 'UTC', new Date(NOW.getTime() + 3_600_000));
    expect(fresh.analysed).toBe(0);
    expect(writes).toBe(0);
    expect(await readWarningFigures()).toEqual(stored);

    // Then a note changes: every note is analysed once (the cache was empty), figures written.
    const [first] = (await readAllContacts()).contacts;
    const edited = { ...first, request: { ...first?.request, note: NOTE.pitch('Zoë', 'ledgers') } };
    const writer2 = new TrackerWriter({ now: () => NOW, onChange: (ids) => reread.markChanged(ids) });
    await writer2.upsertContact(edited);
    await fresh.refresh(await reread.contacts(), 'UTC', NOW);
    expect(fresh.analysed).toBeGreaterThan(50);
    expect(writes).toBe(1);
    expect(await readWarningFigures()).toEqual(await fromScratch());
    unwatch();
  });

  it('a restarted worker judges again: another engine version, another time zone, or figures over 6 hours old', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(coachingTracker(), 'merge');
    const contacts = await view.contacts();
    await new WarningFiguresKeeper(noPause).refresh(contacts, 'UTC', NOW);
    const updated = new WarningFiguresKeeper(noPause, { engine: '0.2.0' });
    await updated.refresh(contacts, 'UTC', NOW);
    expect(updated.analysed).toBeGreaterThan(50);
    const zone = new WarningFiguresKeeper(noPause, { engine: '0.2.0' });
    await zone.refresh(contacts, 'Europe/Paris', NOW);
    expect(zone.analysed).toBeGreaterThan(50);
    const later = new WarningFiguresKeeper(noPause, { engine: '0.2.0' });
    await later.refresh(contacts, 'Europe/Paris', new Date(NOW.getTime() + 7 * 3_600_000));
    expect(later.analysed).toBeGreaterThan(50);
  });
});
