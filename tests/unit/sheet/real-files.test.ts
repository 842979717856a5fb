/**
 * Files written by a real office suite (LibreOffice 7.4; tests/fixtures/sheets/make.sh): a workbook
 * with real date cells and the same sheet saved again as semicolon CSV give the tracker that the hand-
 * written source CSV gives. (Excel, Google Sheets and others are generated in dialects.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSheet } from '../../../lib/sheet/load';
import { readSheet } from '../../../lib/sheet/read';

const DIR = join(process.cwd(), 'tests/fixtures/sheets');
const NOW = new Date('2026-03-20T09:00:00Z');

async function read(name: string) {
  const loaded = await loadSheet(new Uint8Array(readFileSync(join(DIR, name))));
  const reading = readSheet(loaded.table, { now: NOW });
  expect(reading.issues, name).toEqual([]);
  expect(reading.ready, name).toBe(true);
  return { loaded, reading };
}

describe('files LibreOffice wrote', () => {
  it('the source sheet reads whole: seven people, every state', async () => {
    const { reading } = await read('source.csv');
    expect(reading.contacts.map((c) => [c.name, c.status])).toEqual([
      ['Ana Müller', 'pending'],
      ['Bo Núñez', 'accepted'],
      ['Zoë François', 'replied'],
      ['João Sá', 'withdrawn'],
      ['Eve Ørsted', 'ignored'],
      ['Fay Ruiz', 'replied'],
      ['Gil Costa', 'none'],
    ]);
  });

  it('its .xlsx (real date cells, times as day fractions) gives the same tracker', async () => {
    const source = await read('source.csv');
    const book = await read('libreoffice.xlsx');
    expect(book.loaded.sheet).toEqual({ name: 'Tracker', count: 1 });
    expect(book.reading.contacts).toEqual(source.reading.contacts);
    expect(book.reading.contacts[0]?.request?.sentAt).toBe('2026-03-02T10:15');
  });

  it('its semicolon CSV (every text cell quoted, dates with seconds) gives the same tracker', async () => {
    const source = await read('source.csv');
    const csv = await read('libreoffice-semicolon.csv');
    expect([csv.loaded.delimiter, csv.loaded.encoding]).toEqual([';', 'UTF-8']);
    expect(csv.reading.contacts).toEqual(source.reading.contacts);
  });
});
