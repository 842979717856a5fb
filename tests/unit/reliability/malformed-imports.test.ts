/**
 * 1,000 generated malformed imports (JSON and CSV): truncated, wrong types, hostile strings, huge
 * fields, formula injections, duplicate keys. Every one is rejected with a message naming the row and
 * field, nothing crashes, and a rejected file yields no records to write (all or nothing).
 */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER as HEADER_FIELDS } from '../../../lib/sheet/fields';
import { parseCsv } from '../../../lib/sheet/parse-csv';
import { newContact } from '../../../lib/tracker/mutations';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { parseJsonExport, toCsv, toJsonExport } from '../../../lib/tracker/transfer';
import { rng } from '../../random';

const CSV_HEADER = HEADER_FIELDS.join(',');
const NOW = new Date('2026-11-21T12:00:00Z');

function validContacts(n: number): TrackedContact[] {
  return Array.from({ length: n }, (_, i) => {
    const c = newContact(`Person ${i} Ñoño 李`, `https://www.linkedin.com/in/person-${i}/`, NOW);
    return {
      ...c,
      status: 'pending' as const,
      request: { sentAt: '2026-11-01T09:00:00.000Z', note: `Hi ${i}, loved your talk.` },
      version: 'V1',
      audience: 'CTOs',
    };
  });
}

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\u0000\u0001\u0002',
  '<script>alert(1)</script>',
  '"quoted "" field',
  '\u202Eevil',
  '💥'.repeat(5000),
  'x'.repeat(200_000),
  '__proto__',
  '{"constructor":{"prototype":{"polluted":true}}}',
];

type Mutation = (text: string, r: () => number) => string;

const CSV_MUTATIONS: Mutation[] = [
  (t, r) => t.slice(0, Math.floor(r() * t.length)), // truncated
  (t) => t.replace('2026-11-01T09:00:00.000Z', 'yesterday'),
  (t) => t.replace('2026-11-01T09:00:00.000Z', '2026-13-45T99:00:00Z'),
  (t) => t.replace(',pending,', ',maybe,'),
  (t) => t.replace('https://www.linkedin.com/in/person-1/', 'javascript:alert(1)'),
  (t, r) => t.replace('Person 2', HOSTILE[Math.floor(r() * HOSTILE.length)] as string),
  (t) => t.replace(CSV_HEADER, CSV_HEADER.replace('sent_at', 'sent_on')),
  (t) => t.replace(CSV_HEADER, `${CSV_HEADER},${CSV_HEADER.split(',')[0]}`),
  (t) => `${t}\n"unterminated,quote`,
  (t) => t.replace(/\n/, '\n,,,,,,,,,,,,,,,,,,,,\n'),
  (t) => t.replace('https://www.linkedin.com/in/person-3/', ''),
  (t) => t.replace(',pending,', ',accepted,'), // status the dates contradict
];

const JSON_MUTATIONS: Mutation[] = [
  (t, r) => t.slice(0, Math.floor(r() * t.length)),
  (t) => t.replace('"messages":[]', '"messages":"none"'),
  (t) => t.replace('"degree":null', '"degree":7'),
  (t) => t.replace('"sentAt":"2026-11-01T09:00:00.000Z"', '"sentAt":12345'),
  (t) => t.replace('"name":"Person 1 Ñoño 李"', '"name":""'),
  (t) => t.replace('"status":"pending"', '"status":"pending","status":"lost"'), // duplicate key
  (t) => t.replace('"contacts":[', '"contacts":{'),
  (t, r) =>
    t
      .replace('"Person 2 Ñoño 李"', JSON.stringify(HOSTILE[Math.floor(r() * HOSTILE.length)]))
      .replace('"v":1', '"v":"one"'),
  (t) => t.replace('"format"', '"formatt"'),
  (t) => t.replace('"id":"https://www.linkedin.com/in/person-4"', '"id":42'),
  () => 'null',
  () => '[]',
];

describe('1,000 malformed imports: rejected with row and field, nothing partial', () => {
  const base = validContacts(6);
  const csv = toCsv(base);
  const json = toJsonExport(base, NOW);

  it('the untouched files import (the generator starts from valid data)', () => {
    expect(parseCsv(csv, NOW).ok).toBe(true);
    expect(parseJsonExport(json).ok).toBe(true);
  });

  it('every mutated file is rejected or accepted cleanly, never crashing', () => {
    const r = rng(20261121);
    let rejected = 0;
    for (let i = 0; i < 1000; i++) {
      const isCsv = i % 2 === 0;
      const muts = isCsv ? CSV_MUTATIONS : JSON_MUTATIONS;
      // Two stacked mutations make the inputs more varied than the list alone.
      let text = isCsv ? csv : json;
      for (let k = 0; k < 2; k++) text = (muts[Math.floor(r() * muts.length)] as Mutation)(text, r);
      let outcome: ReturnType<typeof parseCsv>;
      expect(() => {
        outcome = isCsv ? parseCsv(text, NOW) : parseJsonExport(text);
      }, `input ${i}`).not.toThrow();
      // biome-ignore lint/style/noNonNullAssertion: assigned inside the expect above
      const o = outcome!;
      if (o.ok) {
        // Accepted: every record is whole and valid (hostile text is kept as plain text, not run).
        for (const c of o.contacts) expect(c.id).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
        continue;
      }
      rejected++;
      expect(o.errors.length, `input ${i}`).toBeGreaterThan(0);
      expect('contacts' in o).toBe(false);
      for (const e of o.errors) {
        expect(typeof e.row).toBe('number');
        expect(e.field.length).toBeGreaterThan(0);
        expect(e.message.length).toBeGreaterThan(0);
      }
      // The summary names where: a row or record number, or the file-level field that is wrong.
      const first = o.errors[0] as { field: string };
      expect(o.message.includes(first.field) || /row \d+|record \d+/i.test(o.message), o.message).toBe(true);
    }
    // Most mutations break the file; a few (a cut at a row boundary, a hostile but valid name) still give a whole, valid file.
    expect(rejected).toBeGreaterThan(600);
  });

  it('formula injections are neutralised on export and come back as the same text', () => {
    const c = {
      ...base[0],
      name: '=HYPERLINK("http://evil.example","x")',
      note: undefined,
    } as TrackedContact;
    const out = toCsv([c]);
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const back = parseCsv(out, NOW);
    expect(back.ok && back.contacts[0]?.name).toBe('=HYPERLINK("http://evil.example","x")');
  });
});
