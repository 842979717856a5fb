import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeContact } from '../../../lib/tracker/codec';
import { dueItems } from '../../../lib/tracker/reminders';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { readAllContacts, readContact, writeContacts } from '../../../lib/tracker/store';
import { TrackerWriter } from '../../../lib/tracker/writer';
import { contact, dump, NOW, SETTINGS } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const N = 20_000;
const NOTE =
  'Hi Ana, your FOSDEM talk on storage engines made me rethink our indexing. I lead the data team at Acme and would love to compare notes on LSM trees some time.';

/** A realistic mix: pending, accepted with messages, replied, withdrawn. */
function many(n: number): TrackedContact[] {
  const out: TrackedContact[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const sentAt = `2026-02-${day}T09:00:00.000Z`;
    const base = contact(`person-${i}-${(i * 7919).toString(36)}`, {
      name: `Person Number ${i}`,
      headline: 'Head of Engineering at Example Corp',
      audience: i % 2 ? 'engineering leads' : 'founders',
      version: `v${i % 4}`,
      channel: 'request',
      request: { sentAt, note: i % 3 ? NOTE : null, accountType: 'premium' },
      status: 'pending',
      createdAt: sentAt,
      updatedAt: sentAt,
    });
    if (i % 4 === 1) {
      base.acceptedAt = `2026-03-0${1 + (i % 5)}T09:00:00.000Z`;
      base.degree = 1;
      base.status = 'accepted';
      base.messages = [{ sentAt: `2026-03-0${1 + (i % 5)}T12:00:00.000Z`, kind: 'first' }];
    } else if (i % 4 === 2 && base.request) {
      base.request.withdrawnAt = '2026-03-05T09:00:00.000Z';
      base.status = 'withdrawn';
    }
    out.push(base);
  }
  return out;
}

describe(`store at ${N.toLocaleString('en')} contacts (fake browser; the speed is in npm run bench, area tracker)`, () => {
  it('writes and reads them all back valid, lists the due ones, and one change rewrites one key', async () => {
    const contacts = many(N);
    await writeContacts(contacts);

    const { contacts: read, problems } = await readAllContacts();
    expect(problems).toEqual([]);
    expect(read).toHaveLength(N);

    const due = dueItems(read, NOW, SETTINGS);
    expect(due.length).toBeGreaterThan(0);

    const writer = new TrackerWriter({ now: () => NOW });
    const target = contacts[4321] as TrackedContact;
    for (let i = 0; i < 50; i++) await writer.snooze(target.id, `2026-03-1${i % 10}T00:00:00.000Z`);
    expect((await readContact(target.id)).contact?.snoozedUntil).toBe('2026-03-19T00:00:00.000Z');

    const stored = await dump();
    const bytes = Object.entries(stored).reduce(
      (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
      0,
    );

    // One change rewrites one key: the other records are the very same stored values.
    const after = stored[`contact:${(contacts[0] as TrackedContact).id}`];
    expect(after).toEqual(encodeContact(contacts[0] as TrackedContact));

    // The compact form (codec.ts): about 410 bytes per contact, key included (the README's figure).
    expect(bytes / N).toBeLessThan(512);
  }, 120_000);
});
