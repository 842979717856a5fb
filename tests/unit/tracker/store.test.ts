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

function ms(start: number) {
  return Math.round((performance.now() - start) * 10) / 10;
}

describe(`store at ${N.toLocaleString('en')} contacts (fake browser; sanity bounds, not a benchmark)`, () => {
  it('writes, lists, repairs, computes due items and changes one record quickly', async () => {
    const contacts = many(N);

    let t = performance.now();
    await writeContacts(contacts);
    const writeAll = ms(t);

    t = performance.now();
    const { contacts: read, problems } = await readAllContacts();
    const readAll = ms(t);
    expect(problems).toEqual([]);
    expect(read).toHaveLength(N);

    t = performance.now();
    const due = dueItems(read, NOW, SETTINGS);
    const dueMs = ms(t);
    expect(due.length).toBeGreaterThan(0);

    const writer = new TrackerWriter({ now: () => NOW });
    const target = contacts[4321] as TrackedContact;
    t = performance.now();
    const ROUNDS = 50;
    for (let i = 0; i < ROUNDS; i++) await writer.snooze(target.id, `2026-03-1${i % 10}T00:00:00.000Z`);
    const oneWrite = ms(t) / ROUNDS;

    t = performance.now();
    await readContact(target.id);
    const oneRead = ms(t);

    const stored = await dump();
    const bytes = Object.entries(stored).reduce(
      (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
      0,
    );

    // One change rewrites one key: the other records are the very same stored values.
    const after = stored[`contact:${(contacts[0] as TrackedContact).id}`];
    expect(after).toEqual(encodeContact(contacts[0] as TrackedContact));

    console.info(
      `[tracker store] ${N} contacts: write all ${writeAll} ms, read+validate all ${readAll} ms, ` +
        `due list ${dueMs} ms (${due.length} due), one write ${oneWrite.toFixed(2)} ms, one read ${oneRead} ms, ` +
        `${(bytes / 1024 / 1024).toFixed(2)} MB (${Math.round(bytes / N)} B/contact)`,
    );
    // Generous bounds: they catch an accidental O(n²), not a slow machine.
    expect(writeAll).toBeLessThan(20_000);
    expect(readAll).toBeLessThan(20_000);
    expect(oneWrite).toBeLessThan(200);
    // The compact form (codec.ts): about 400 bytes per contact with a note, key included.
    expect(bytes / N).toBeLessThan(512);
  }, 120_000);
});
