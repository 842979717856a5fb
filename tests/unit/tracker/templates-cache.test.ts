import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templatesFingerprint, toTemplateFigures } from '../../../lib/insight/template-record';
import { findTemplates } from '../../../lib/insight/templates';
import { readAllContacts } from '../../../lib/tracker/store';
import { readTemplateFigures, templateFiguresItem } from '../../../lib/tracker/templates-cache';
import { TemplatesKeeper } from '../../../lib/tracker/templates-keeper';
import { TrackerView } from '../../../lib/tracker/tracker-view';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { fill } from '../draft/templates/fixtures';
import { TALK, templatesTracker } from '../insight/templates-fixture';
import { dump, NOW } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const noPause = async () => {};

/** The record built from scratch from what is stored now, with the fingerprint the keeper adds. */
async function fromScratch() {
  const { contacts } = await readAllContacts();
  return toTemplateFigures(
    findTemplates(contacts, { now: NOW, timeZone: 'UTC' }),
    NOW,
    templatesFingerprint(contacts, 'UTC', 'dev'),
  );
}

describe('the templates key the background keeps (templates-cache.ts)', () => {
  it('after every kind of write, the stored templates equal ones found from scratch; only new notes are read', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    const keeper = new TemplatesKeeper(noPause);
    const check = async () => {
      await keeper.refresh(await view.contacts(), 'UTC', NOW);
      expect(await readTemplateFigures()).toEqual(await fromScratch());
    };
    await writer.importContacts(templatesTracker(), 'merge');
    await check();
    expect(keeper.made).toBe(98);
    expect((await readTemplateFigures())?.templates.map((r) => r.s)).toEqual([40, 30, 12]);

    // A headline edit: no note read again, the key not even rewritten.
    const [first] = (await readAllContacts()).contacts;
    let writes = 0;
    const unwatch = templateFiguresItem.watch(() => writes++);
    await writer.upsertContact({ ...first, headline: 'New headline' });
    await check();
    expect(keeper.made).toBe(98);
    expect(writes).toBe(0);

    // The template filled in once more and sent by hand: that one note is read, the template grows.
    await writer.recordRequestSent({
      name: 'Zoë Example',
      profileUrl: 'https://www.linkedin.com/in/zoe-example',
      note: fill(TALK, { name: 'Zoë', event: 'FOSDEM', topic: 'reproducible builds', company: 'Nordlys' }),
      sentAt: '2026-03-04T09:00:00.000Z',
      accountType: 'premium',
    });
    await check();
    expect(keeper.made).toBe(99);
    expect(writes).toBe(1);
    expect((await readTemplateFigures())?.templates[0]).toMatchObject({ s: 41, y: 1 });

    await writer.markAccepted('https://www.linkedin.com/in/zoe-example', '2026-03-05T08:00:00.000Z');
    await check();
    expect((await readTemplateFigures())?.templates[0]).toMatchObject({ s: 41, a: 21 });
    // A version label given to its requests shows in the record.
    const { contacts } = await readAllContacts();
    await writer.importContacts(
      contacts.filter((c) => c.id.includes('recruiter-')).map((c) => ({ ...c, version: 'Recruiter V1' })),
      'merge',
    );
    await check();
    expect((await readTemplateFigures())?.templates[2]?.v).toEqual([['Recruiter V1', 12]]);
    await writer.deleteContact('https://www.linkedin.com/in/zoe-example');
    await check();
    await writer.wipeAll();
    await check();
    expect((await readTemplateFigures())?.notes).toBe(0);
    unwatch();
  });

  it('refreshes asked for while one runs are folded into one more, with the latest contacts', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(templatesTracker(), 'merge');
    const all = await view.contacts();
    let pauses = 0;
    const keeper = new TemplatesKeeper(
      async () => {
        pauses++;
        await new Promise((r) => setTimeout(r, 0));
      },
      { budgetMs: 0 },
    );
    const a = keeper.refresh(all, 'UTC', NOW);
    const b = keeper.refresh(all.slice(0, 50), 'UTC', NOW);
    expect(b).toBe(a);
    await a;
    expect(pauses).toBeGreaterThan(0);
    expect(await readTemplateFigures()).toEqual(
      toTemplateFigures(
        findTemplates(all.slice(0, 50), { now: NOW, timeZone: 'UTC' }),
        NOW,
        templatesFingerprint(all.slice(0, 50), 'UTC', 'dev'),
      ),
    );
  });

  it('a damaged or removed key reads as null and is written again on the next refresh', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(templatesTracker(), 'merge');
    const keeper = new TemplatesKeeper(noPause);
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    await fakeBrowser.storage.local.set({ templateFigures: { v: 1, templates: 'broken' } });
    expect(await readTemplateFigures()).toBeNull();
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    expect(await readTemplateFigures()).toEqual(await fromScratch());
    await fakeBrowser.storage.local.remove('templateFigures');
    expect((await dump()).templateFigures).toBeUndefined();
    await keeper.refresh(await view.contacts(), 'UTC', NOW);
    expect(await readTemplateFigures()).toEqual(await fromScratch());
  });

  it('a restarted worker keeps the stored templates while nothing changed, and works again once something does', async () => {
    const view = new TrackerView();
    const writer = new TrackerWriter({ now: () => NOW, onChange: (ids) => view.markChanged(ids) });
    await writer.importContacts(templatesTracker(), 'merge');
    await new TemplatesKeeper(noPause).refresh(await view.contacts(), 'UTC', NOW);
    const stored = await readTemplateFigures();
    let writes = 0;
    const unwatch = templateFiguresItem.watch(() => writes++);

    const fresh = new TemplatesKeeper(noPause);
    const reread = new TrackerView();
    await fresh.refresh(await reread.contacts(), 'UTC', new Date(NOW.getTime() + 3_600_000));
    expect(fresh.made).toBe(0);
    expect(writes).toBe(0);
    expect(await readTemplateFigures()).toEqual(stored);

    // Older than 6 hours: worked out again (young requests age).
    await fresh.refresh(await reread.contacts(), 'UTC', new Date(NOW.getTime() + 7 * 3_600_000));
    expect(fresh.made).toBe(98);
    unwatch();
  });
});
