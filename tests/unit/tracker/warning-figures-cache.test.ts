import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { warningFigures } from '../../../lib/insight/by-warning';
import { readAllContacts } from '../../../lib/tracker/store';
import { TrackerView } from '../../../lib/tracker/tracker-view';
import {
  readWarningFigures,
  WarningFiguresKeeper,
  warningFiguresItem,
} from '../../../lib/tracker/warning-figures-cache';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { coachingTracker, NOTE } from '../insight/coaching-fixture';
import { dump, NOW } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const noPause = async () => {};

/** The figures built from scratch from what is stored now. */
async function fromScratch() {
  return warningFigures((await readAllContacts()).contacts, { now: NOW, timeZone: 'UTC' });
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
    expect(await readWarningFigures()).toEqual(
      warningFigures(all.slice(0, 10), { now: NOW, timeZone: 'UTC' }),
    );
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
});
