/**
 * Export → import → export: our documented header stays the canonical form and every field the sheet
 * holds comes back exactly, last_message_by and facts known without their date included; importing
 * our own export over the same tracker changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../../lib/sheet/fields';
import { parseCsv } from '../../../lib/sheet/parse-csv';
import { newContact } from '../../../lib/tracker/mutations';
import { CONTACT_VERSION, type TrackedContact, toAdviceContact } from '../../../lib/tracker/schema';
import { planImport, toCsv } from '../../../lib/tracker/transfer';
import { fixture, NOW } from '../tracker/helpers';

const fixtureContacts = (Object.values(fixture('contacts.v1.json').storage) as TrackedContact[]).map(
  (c) => ({ ...c, v: CONTACT_VERSION }) as TrackedContact,
);

function person(slug: string, over: Partial<TrackedContact>): TrackedContact {
  return { ...newContact(slug.replace(/-/g, ' '), `https://www.linkedin.com/in/${slug}`, NOW), ...over };
}

const EXTRA: TrackedContact[] = [
  person('me-last', {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: 'Hi,\r\n"quoted"; and, commas' },
    acceptedAt: '2026-02-02T09:00:00.000Z',
    messages: [{ sentAt: '2026-02-03T09:00:00.000Z', kind: 'first' }],
    repliedAt: '2026-02-04T09:00:00.000Z',
    lastMessageBy: 'me',
    degree: 1,
    status: 'replied',
    channel: 'request',
  }),
  person('them-last', {
    channel: 'inmail',
    repliedAt: '2026-02-04',
    lastMessageBy: 'them',
    status: 'replied',
  }),
  // A sheet's "Replied: yes" and "Status: withdrawn", without their dates.
  person('replied-undated', {
    request: { sentAt: '2026-02-01', note: null },
    degree: 1,
    status: 'replied',
  }),
  person('withdrawn-undated', {
    request: { sentAt: '2026-01-01', note: null },
    status: 'withdrawn',
  }),
  person('unicode-名前', { name: '李 小龍 🐉', audience: '=SUM(A1)', version: '-v2' }),
];

describe('CSV round trip', () => {
  const all = [...fixtureContacts, ...EXTRA];

  it('writes the documented header, with last_message_by last', () => {
    expect(toCsv(all).split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    expect(CSV_HEADER.at(-1)).toBe('last_message_by');
  });

  it('export → import → export is the same text, and the fields come back as they were', () => {
    const text = toCsv(all);
    const back = parseCsv(text, NOW);
    if (!back.ok) throw new Error(back.message);
    expect(toCsv(back.contacts)).toBe(text);
    const byId = new Map(back.contacts.map((c) => [c.id, c]));
    for (const c of EXTRA) {
      const b = byId.get(c.id) as TrackedContact;
      expect(b, c.name).toBeDefined();
      expect(b.status, c.name).toBe(c.status);
      expect(b.lastMessageBy, c.name).toBe(c.lastMessageBy);
      expect(b.request, c.name).toEqual(c.request);
      expect(b.repliedAt, c.name).toBe(c.repliedAt);
      expect(b.name, c.name).toBe(c.name);
    }
  });

  it('importing our own export over the same tracker changes nothing', () => {
    const back = parseCsv(toCsv(EXTRA), NOW);
    if (!back.ok) throw new Error(back.message);
    const plan = planImport(EXTRA, back.contacts);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toHaveLength(EXTRA.length);
  });

  it('a withdrawal known without its date is never advised again', () => {
    const w = EXTRA[3] as TrackedContact;
    expect(toAdviceContact(w).request?.withdrawnAt).toBe(w.updatedAt);
  });
});
