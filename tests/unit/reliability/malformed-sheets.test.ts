/**
 * 1,000 generated malformed tracking sheets, in three dialects (ours; Excel EU with semicolons, a BOM
 * and day-first dates; Excel US), each broken twice over: cut short, unreadable dates, dates that
 * contradict their column's order or leave it undecided, unknown words, foreign URLs, hostile or huge
 * text, a missing column, an unclosed quote, an unquoted separator, binary junk. None crashes the
 * reader; a sheet is either whole and valid, or not ready, with every open question naming its row and
 * field; the strict reading (the command line's) returns no records at all for a sheet with any.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/sheet/parse-csv';
import { readingErrors, readSheet } from '../../../lib/sheet/read';
import { decodeSheet, parseSheetText } from '../../../lib/sheet/table';
import { repairContact } from '../../../lib/tracker/repair-contact';
import { pick, rng } from '../../random';

const NOW = new Date('2026-11-21T12:00:00Z');

type Rows = string[][];

interface Dialect {
  delimiter: string;
  newline: string;
  bom: boolean;
  header: string[];
  date: (d: number, m: number, h: number) => string;
}

const DIALECTS: Dialect[] = [
  {
    delimiter: ',',
    newline: '\r\n',
    bom: false,
    header: [
      'name',
      'profile_url',
      'audience',
      'version',
      'channel',
      'sent_at',
      'note',
      'status',
      'accepted_at',
      'last_message_by',
    ],
    date: (d, m, h) =>
      `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00.000Z`,
  },
  {
    delimiter: ';',
    newline: '\r\n',
    bom: true,
    header: [
      'Name',
      'LinkedIn-Profil',
      'Zielgruppe',
      'Vorlage',
      'Kanal',
      'Gesendet am',
      'Nachricht',
      'Status',
      'Angenommen am',
      'Letzte Nachricht von',
    ],
    date: (d, m, h) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2026 ${h}:00`,
  },
  {
    delimiter: ',',
    newline: '\n',
    bom: false,
    header: [
      'Full Name',
      'LinkedIn URL',
      'Audience type',
      'Template',
      'Type of outreach',
      'Date Sent',
      'Connection note',
      'Status',
      'Connected on',
      'Last message from',
    ],
    date: (d, m, h) => `${m}/${d}/2026 ${h % 12 || 12}:00 ${h < 12 ? 'AM' : 'PM'}`,
  },
];

function baseRows(d: Dialect): Rows {
  return Array.from({ length: 6 }, (_, i) => {
    const accepted = i % 2 === 0;
    return [
      `Person ${i} Ñoño 李`,
      `https://www.linkedin.com/in/person-${i}/`,
      i % 3 ? 'CTOs' : 'Founders',
      `V${i % 2}`,
      'request',
      d.date(13 + i, 10, 9 + i),
      `Hi ${i}, loved your talk.`,
      accepted ? 'accepted' : 'pending',
      accepted ? d.date(20 + i, 10, 10) : '',
      accepted ? 'me' : '',
    ];
  });
}

const cellText = (c: string, delimiter: string) =>
  c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;

function serialise(d: Dialect, header: string[], rows: Rows): string {
  const lines = [header, ...rows].map((r) => r.map((c) => cellText(c, d.delimiter)).join(d.delimiter));
  return `${d.bom ? '\uFEFF' : ''}${lines.join(d.newline)}${d.newline}`;
}

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
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

interface Sheet {
  header: string[];
  rows: Rows;
  /** Text-level damage applied after serialising. */
  text?: (t: string, r: () => number) => string;
}

type Mutation = (s: Sheet, d: Dialect, r: () => number) => Sheet;

const row = (s: Sheet, r: () => number) => Math.floor(r() * s.rows.length);
const setCell = (s: Sheet, i: number, col: number, value: string): Sheet => ({
  ...s,
  rows: s.rows.map((x, k) => (k === i ? x.map((c, j) => (j === col ? value : c)) : x)),
});
const chain = (s: Sheet, f: (t: string, r: () => number) => string): Sheet => ({
  ...s,
  text: s.text ? (t, r) => f((s.text as NonNullable<Sheet['text']>)(t, r), r) : f,
});

const MUTATIONS: Mutation[] = [
  (s) => chain(s, (t, r) => t.slice(0, Math.floor(r() * t.length))), // cut short
  (s, _d, r) =>
    setCell(s, row(s, r), 5, pick(r, ['yesterday', '2026-13-45', '31/02/2026', '32.01.2026', 'soon'])),
  (s, _d, r) => setCell(s, row(s, r), 8, pick(r, ['12/25/2026', '25/12/2026', '13/13/2026'])), // against the column's order
  (s) => ({
    ...s,
    rows: s.rows.map((x) => x.map((c, j) => (j === 5 || j === 8 ? (c ? '03/04/2026' : c) : c))),
  }), // undecided order
  (s, _d, r) => setCell(s, row(s, r), 7, pick(r, ['maybe', 'meeting?', 'lost-ish'])),
  (s, _d, r) => setCell(s, row(s, r), 4, pick(r, ['email', 'phone', 'carrier pigeon'])),
  (s, _d, r) => setCell(s, row(s, r), 9, pick(r, ['both', 'Ana', '?'])),
  (s, _d, r) =>
    setCell(
      s,
      row(s, r),
      1,
      pick(r, ['javascript:alert(1)', '', 'https://example.com/in/x', 'linkedin.com/company/acme']),
    ),
  (s, _d, r) => setCell(s, row(s, r), 0, pick(r, HOSTILE)),
  (s, _d, r) => setCell(s, row(s, r), 0, ''),
  (s) => ({
    header: s.header.filter((_, j) => j !== 1),
    rows: s.rows.map((x) => x.filter((_, j) => j !== 1)),
    ...(s.text ? { text: s.text } : {}),
  }), // no URL column
  (s) => chain(s, (t) => `${t}"unterminated,quote`),
  (s, d, r) => setCell(s, row(s, r), 6, `Hi${d.delimiter} unquoted`), // becomes an extra cell below
  (s, _d, r) =>
    chain(s, (t) => t.replace(/\n/, `\n${'\u0000\u00ff\u0001'.repeat(1 + Math.floor(r() * 5))}\n`)),
  (s) => ({ ...s, rows: [...s.rows, ...s.rows.slice(0, 1)] }), // the same person twice (merged, not an error)
  (s) => ({ ...s, rows: [] }), // header only
  (s) => chain(s, () => ''), // empty file
  (s, _d, r) => setCell(s, row(s, r), 7, 'pending'), // may contradict an acceptance date
];

describe('1,000 malformed sheets: no crash, nothing partial, every question names row and field', () => {
  it('the untouched sheets read whole in every dialect', () => {
    for (const d of DIALECTS) {
      const r = readSheet(parseSheetText(serialise(d, d.header, baseRows(d))), { now: NOW });
      expect(r.ready, d.header[0]).toBe(true);
      expect(r.contacts).toHaveLength(6);
    }
  });

  it('every damaged sheet is either whole and valid, or not ready with its questions named', () => {
    const r = rng(20261122);
    let notReady = 0;
    for (let i = 0; i < 1000; i++) {
      const d = DIALECTS[i % DIALECTS.length] as Dialect;
      let sheet: Sheet = { header: d.header, rows: baseRows(d) };
      for (let k = 0; k < 2; k++) sheet = pick(r, MUTATIONS)(sheet, d, r);
      let text = serialise(d, sheet.header, sheet.rows);
      if (sheet.text) text = sheet.text(text, r);
      const bytes = new TextEncoder().encode(text);

      let reading: ReturnType<typeof readSheet> | undefined;
      let strict: ReturnType<typeof parseCsv> | undefined;
      expect(() => {
        const decoded = decodeSheet(bytes);
        reading = readSheet(parseSheetText(decoded.text, decoded.encoding), { now: NOW });
        strict = parseCsv(text, NOW);
      }, `sheet ${i}`).not.toThrow();
      const rd = reading as NonNullable<typeof reading>;
      const st = strict as NonNullable<typeof strict>;

      if (rd.ready) {
        expect(st.ok, `sheet ${i}`).toBe(true);
        for (const c of rd.contacts) {
          const check = repairContact(c);
          expect(check.ok && check.repaired, `sheet ${i}`).toEqual([]);
          expect(c.id).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
        }
        continue;
      }
      notReady++;
      expect(st.ok, `sheet ${i}`).toBe(false);
      expect('contacts' in st, `sheet ${i}: a refused sheet yields no records`).toBe(false);
      const errors = readingErrors(rd);
      expect(errors.length, `sheet ${i}`).toBeGreaterThan(0);
      for (const e of errors) {
        expect(Number.isInteger(e.row) && e.row >= 1, `sheet ${i}: ${JSON.stringify(e)}`).toBe(true);
        expect(e.field.length, `sheet ${i}`).toBeGreaterThan(0);
        expect(e.message.length, `sheet ${i}`).toBeGreaterThan(0);
      }
      for (const issue of rd.issues.filter((x) => x.choice === undefined)) {
        expect(issue.options, `sheet ${i}`).toContain('skip');
        expect(issue.row).toBeGreaterThan(rd.headerRow);
      }
      if (!st.ok) expect(st.message, `sheet ${i}`).toMatch(/^row \d+, \S/);
    }
    // Most damage leaves a question; a cut at a row boundary or a merged duplicate still reads whole.
    expect(notReady).toBeGreaterThan(600);
  }, 120_000);
});
