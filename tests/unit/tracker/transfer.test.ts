import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell, unescapeCell } from '../../../lib/sheet/cells';
import { CSV_HEADER } from '../../../lib/sheet/fields';
import { parseCsv } from '../../../lib/sheet/parse-csv';
import { escapeIcsText, foldLine, icsUid, toIcs } from '../../../lib/tracker/ics';
import { dueItems } from '../../../lib/tracker/reminders';
import { CONTACT_VERSION, type TrackedContact } from '../../../lib/tracker/schema';
import { parseJsonExport, planImport, toCsv, toJsonExport } from '../../../lib/tracker/transfer';
import { contact, fixture, NOW, SETTINGS } from './helpers';

const v1 = Object.values(fixture('contacts.v1.json').storage) as TrackedContact[];
// As read: migrated to the current version (the fields are the same).
const fixtureContacts = v1.map((c) => ({ ...c, v: CONTACT_VERSION }) as TrackedContact);

const HEADER =
  'name,profile_url,audience,version,channel,sent_at,note,status,accepted_at,first_message_at,replied_at,withdrawn_at,last_message_by';

function csv(...rows: string[]) {
  return [HEADER, ...rows].join('\r\n');
}

describe('JSON export', () => {
  it('round-trips every field exactly', () => {
    const text = toJsonExport(fixtureContacts, NOW);
    const back = parseJsonExport(text);
    expect(back.ok).toBe(true);
    const byId = (l: TrackedContact[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(back.ok && byId(back.contacts)).toEqual(byId(fixtureContacts));
    // and the export of the import is the same text
    expect(back.ok && toJsonExport(back.contacts, NOW)).toBe(text);
  });

  it('names the record and field of a bad value, and returns nothing', () => {
    const doc = JSON.parse(toJsonExport(fixtureContacts, NOW));
    doc.contacts[2].request.sentAt = 'yesterday';
    const r = parseJsonExport(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('record 3, request.sentAt: expected an ISO date');
    expect('contacts' in r).toBe(false);
  });

  it.each([
    ['not JSON', '{"format":', 'file: not valid JSON'],
    ['another format', '{"format":"x","contacts":[]}', 'format:'],
    ['a newer export', '{"format":"connect-coach/tracker","version":9,"contacts":[]}', 'version:'],
    [
      'duplicates',
      JSON.stringify({ format: 'connect-coach/tracker', version: 1, contacts: [contact('a'), contact('a')] }),
      'record 2, id: duplicate of record 1',
    ],
    [
      'a repaired field',
      JSON.stringify({
        format: 'connect-coach/tracker',
        version: 1,
        contacts: [{ ...contact('a'), headline: 4 }],
      }),
      'record 1, headline',
    ],
  ])('rejects %s', (_l, text, message) => {
    const r = parseJsonExport(text);
    expect(!r.ok && r.message).toContain(message);
  });

  it('the JSON export fixture (format v1) still imports', () => {
    const r = parseJsonExport(JSON.stringify(fixture('export.v1.json').storage));
    expect(r.ok && r.contacts.map((c) => c.name)).toEqual(['Ana Silva', 'Bo Chen']);
  });
});

describe('CSV', () => {
  it('writes exactly the header, CRLF, ISO dates', () => {
    const text = toCsv(fixtureContacts);
    expect(text.split('\r\n')[0]).toBe(HEADER);
    expect(CSV_HEADER.join(',')).toBe(HEADER);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const ana = rows.find((r) => r.name === 'Ana Silva');
    expect(ana).toEqual({
      name: 'Ana Silva',
      profile_url: 'https://de.linkedin.com/in/Ana-Silva/',
      audience: 'marketing leads',
      version: 'v1-question',
      channel: 'request',
      sent_at: '2026-03-02T10:15:00.000Z',
      note: 'Hi Ana, loved your talk at FOSDEM.',
      status: 'pending',
      accepted_at: '',
      first_message_at: '',
      replied_at: '',
      withdrawn_at: '',
      last_message_by: '',
    });
    expect(rows.find((r) => r.name === 'Femi Ade')?.status).toBe('');
  });

  it('round-trips the fields the sheet holds', () => {
    const r = parseCsv(toCsv(fixtureContacts), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(toCsv(r.contacts)).toBe(toCsv(fixtureContacts));
    const carla = r.contacts.find((c) => c.name === 'Carla Díaz');
    expect(carla).toMatchObject({
      status: 'replied',
      acceptedAt: '2026-01-12T09:00:00.000Z',
      repliedAt: '2026-03-09T18:00:00.000Z',
      messages: [{ sentAt: '2026-01-12T12:00:00.000Z', kind: 'first' }],
    });
  });

  it('neutralises formula injection on export and undoes it on import', () => {
    const evil = contact('mal', {
      name: '=HYPERLINK("http://x","click")',
      audience: '+cmd|calc',
      version: '-1',
      request: { sentAt: '2026-03-01T09:00:00.000Z', note: '@SUM(A1)\tpwn' },
      status: 'pending',
    });
    const tab = contact('tab', { name: '\tTab Person' });
    const text = toCsv([evil, tab]);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      name: `'=HYPERLINK("http://x","click")`,
      audience: "'+cmd|calc",
      version: "'-1",
      note: "'@SUM(A1)\tpwn",
    });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const back = parseCsv(text, NOW);
    expect(back.ok && back.contacts[0]).toMatchObject({
      name: '=HYPERLINK("http://x","click")',
      audience: '+cmd|calc',
      version: '-1',
      request: { note: '@SUM(A1)\tpwn' },
    });
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ["'quoted", "'quoted"],
  ])('escapeCell(%j) = %j and back', (raw, escaped) => {
    expect(escapeCell(raw)).toBe(escaped);
    expect(unescapeCell(escaped)).toBe(raw);
  });

  it('names the row and field of a malformed value (header is row 1)', () => {
    const text = csv(
      'Ana Silva,https://www.linkedin.com/in/ana,,,request,2026-03-01T09:00:00Z,,pending,,,,,',
      'Bo Chen,https://www.linkedin.com/in/bo,,,request,2026-03-01T09:00:00Z,,pending,,,,,',
      'Cy,https://www.linkedin.com/in/cy,,,request,2026-03-01,,pending,,,,,',
      'Dee,https://www.linkedin.com/in/dee,,,request,2026-03-01,,pending,,,,,',
      'Eve,https://www.linkedin.com/in/eve,,,request,2026-03-01,,pending,,,,,',
      'Fay,https://www.linkedin.com/in/fay,,,request,yesterday,,pending,,,,,',
    );
    const r = parseCsv(text, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe('row 7, sent_at: "yesterday" is not a date, nor a yes or no');
    expect(!r.ok && r.errors).toEqual([
      { row: 7, field: 'sent_at', message: '"yesterday" is not a date, nor a yes or no' },
    ]);
  });

  it.each([
    [
      'a bad URL',
      'Ana,https://example.com/ana,,,,,,,,,,',
      'row 2, profile_url: "https://example.com/ana" is not a LinkedIn profile URL',
    ],
    ['no name', ',https://www.linkedin.com/in/ana,,,,,,,,,,', 'row 2, name: is empty'],
    [
      'a bad status',
      'Ana,https://www.linkedin.com/in/ana,,,,2026-03-01,,maybe,,,,',
      'row 2, status: "maybe" is not one of',
    ],
    [
      'a bad channel',
      'Ana,https://www.linkedin.com/in/ana,,,email,,,,,,,',
      'row 2, channel: "email" is not one of',
    ],
    [
      'pending without sent_at',
      'Ana,https://www.linkedin.com/in/ana,,,,,,pending,,,,',
      'row 2, sent_at: is needed when status is pending',
    ],
    [
      'withdrawn without a request',
      'Ana,https://www.linkedin.com/in/ana,,,,,,withdrawn,,,,',
      'row 2, sent_at: is needed when status is withdrawn',
    ],
    [
      'a status the dates contradict',
      'Ana,https://www.linkedin.com/in/ana,,,,2026-03-01,,pending,2026-03-02,,,',
      'row 2, status: "pending" does not match',
    ],
    [
      '30 February',
      'Ana,https://www.linkedin.com/in/ana,,,,2026-02-30,,pending,,,,',
      'row 2, sent_at: "2026-02-30" is not a date we can read',
    ],
  ])('rejects %s', (_l, row, message) => {
    const r = parseCsv(csv(row), NOW);
    expect(!r.ok && r.message).toContain(message);
  });

  it('merges rows for the same person (by normalised URL); rejects a sheet without profile URLs and a broken quote', () => {
    const dup = parseCsv(
      csv(
        'Ana,https://www.linkedin.com/in/ana,CTOs,,,2026-03-01,,,,,,',
        'Ana S,https://de.linkedin.com/in/ANA/,,,,,,,2026-03-03,,,',
      ),
      NOW,
    );
    expect(dup.ok && dup.contacts).toHaveLength(1);
    expect(dup.ok && dup.contacts[0]).toMatchObject({
      id: 'https://www.linkedin.com/in/ana',
      profileUrl: 'https://www.linkedin.com/in/ana',
      audience: 'CTOs',
      acceptedAt: '2026-03-03',
      status: 'accepted',
    });
    const header = parseCsv('name,company\r\nAna,x', NOW);
    expect(!header.ok && header.message).toBe(
      'row 1, header: no column for the LinkedIn profile URL (profile_url); columns found: "name", "company"',
    );
    const quote = parseCsv(csv('Ana,https://www.linkedin.com/in/ana,,,,,"open quote,,,,,'), NOW);
    expect(quote.ok).toBe(false);
    expect(parseCsv('', NOW).ok).toBe(false);
  });

  it('accepts columns in another order, a BOM, blank lines and quoted multi-line notes', () => {
    const text = `\uFEFFprofile_url,name,audience,version,channel,sent_at,note,status,accepted_at,first_message_at,replied_at,withdrawn_at\r\n\r\nhttps://www.linkedin.com/in/ana,Ana,,,,2026-03-01T09:00:00Z,"Hi Ana,\nsecond line",pending,,,,\r\n`;
    const r = parseCsv(text, NOW);
    expect(r.ok && r.contacts[0]).toMatchObject({
      id: 'https://www.linkedin.com/in/ana',
      request: { note: 'Hi Ana,\nsecond line', sentAt: '2026-03-01T09:00:00Z' },
      status: 'pending',
    });
  });
});

describe('planImport', () => {
  it('previews added, updated, unchanged and conflicts by normalised profile URL', () => {
    const ana = contact('ana', {
      request: { sentAt: '2026-03-01T09:00:00.000Z', note: 'Hi' },
      status: 'pending',
      audience: 'a',
    });
    const bo = contact('bo');
    const incoming = [
      {
        ...ana,
        audience: 'b',
        acceptedAt: '2026-03-03T09:00:00.000Z',
        degree: 1 as const,
        status: 'accepted' as const,
      },
      { ...bo },
      contact('cy'),
    ];
    const plan = planImport([ana, bo], incoming);
    expect(plan.added.map((c) => c.name)).toEqual(['Cy']);
    expect(plan.unchanged.map((c) => c.name)).toEqual(['Bo']);
    expect(plan.updated).toHaveLength(1);
    expect(plan.updated[0]?.after).toMatchObject({
      audience: 'b',
      status: 'accepted',
      acceptedAt: '2026-03-03T09:00:00.000Z',
    });
    expect(plan.conflicts).toEqual(
      expect.arrayContaining([{ id: ana.id, name: 'Ana', field: 'audience', existing: 'a', incoming: 'b' }]),
    );
  });

  it('a CSV re-import keeps the follow-ups the sheet cannot hold, and an exact date beats an approximate one', () => {
    const bo = fixtureContacts.find((c) => c.name === 'Bo Chen') as TrackedContact;
    const r = parseCsv(toCsv([bo]), NOW);
    if (!r.ok) throw new Error(r.message);
    expect(planImport([bo], r.contacts).unchanged).toHaveLength(1);
    const approx = {
      ...bo,
      request: {
        ...(bo.request as NonNullable<TrackedContact['request']>),
        sentAt: '2026-02-19T00:00:00.000Z',
        approximate: true,
      },
    };
    const plan = planImport([bo], [approx]);
    expect(plan.conflicts.filter((c) => c.field === 'request.sentAt')).toEqual([]);
  });
});

describe('ICS', () => {
  const items = dueItems(fixtureContacts, NOW, SETTINGS);

  it('one VEVENT per due item, UTC DTSTART, stable UIDs, CRLF', () => {
    expect(items.length).toBeGreaterThan(0);
    const ics = toIcs(items, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(items.length);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const first = items[0] as (typeof items)[number];
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DTSTART:${first.dueAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(unfolded).toContain(`UID:${icsUid(first)}`);
    expect(icsUid(first)).toBe(icsUid({ ...first }));
    expect(toIcs(items, NOW)).toBe(ics);
    expect(new Set(items.map(icsUid)).size).toBe(items.length);
  });

  it('every physical line is at most 75 octets and unfolds to the original', () => {
    const long = `DESCRIPTION:${escapeIcsText('Ünïcödé 👋 '.repeat(30))}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const ics = toIcs(items, NOW);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
