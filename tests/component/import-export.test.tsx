import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportExport } from '../../components/ImportExport';
import { formatOf, previewImport } from '../../components/transfer/import-file';
import { WipeData } from '../../components/WipeData';
import type { TrackedContact } from '../../lib/tracker/schema';
import { toJsonExport } from '../../lib/tracker/transfer';
import type { Send } from '../../utils/messaging';
import { sheetMemoryStore } from '../../utils/sheet-memory';
import { contact, NOW } from '../unit/tracker/helpers';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

const HEADER =
  'name,profile_url,audience,version,channel,sent_at,note,status,accepted_at,first_message_at,replied_at,withdrawn_at';

const EXISTING: TrackedContact[] = [
  contact('ana', {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: null },
    status: 'pending',
    audience: 'CTOs',
  }),
  contact('bo', { request: { sentAt: '2026-02-02T09:00:00.000Z', note: null }, status: 'pending' }),
];

/** The real memory store over WXT's fake browser storage. */
const memory = sheetMemoryStore;

function ui(send: Send = vi.fn() as unknown as Send, contacts = EXISTING) {
  render(<ImportExport contacts={contacts} calendar={() => []} send={send} sheetMemory={memory} />);
}

function pick(name: string, content: string | Uint8Array, type = 'text/csv') {
  const file = new File([content as BlobPart], name, { type });
  fireEvent.change(screen.getByTestId('cc-import-file'), { target: { files: [file] } });
}

/** The sheet reader and preview load on demand; a busy machine can take more than a second the first time. */
const LOADING = { timeout: 10_000 };

const confirm = () => screen.getByTestId('cc-import-confirm') as HTMLButtonElement;
const column = (header: string) =>
  screen
    .getAllByTestId('cc-sheet-column')
    .find((r) => r.getAttribute('data-header') === header) as HTMLElement;

// A European Excel sheet: semicolons, a byte-order mark, CRLF, day-first dates, our own words nowhere.
const EU_SHEET = [
  '\uFEFFName;LinkedIn URL;Date Sent;Status;Template;Company',
  'Ana Silva;https://www.linkedin.com/in/ana;02/03/2026 10:15;Accepted;V1;ACME',
  'Cy Test;https://de.linkedin.com/in/cy-test/;25/02/2026;No response;V2;',
  '',
  'Dee;linkedin.com/in/dee;01/03/2026;Sent;V1;',
].join('\r\n');

describe('formatOf', () => {
  it.each([
    ['backup.json', '{}', 'json'],
    ['export', '\uFEFF [ ]', 'json'],
    ['sheet.csv', 'a;b', 'sheet'],
    ['sheet.xlsx', 'PK', 'sheet'],
    ['Tracker', 'name,url', 'sheet'],
    ['old.xls', 'x', 'unsupported'],
    ['calc.ods', 'PK', 'unsupported'],
  ])('%s is %s', (name, text, format) => {
    expect(formatOf(name, new TextEncoder().encode(text)).format).toBe(format);
  });
});

describe('previewImport (JSON)', () => {
  it('a JSON export previews added, updated, unchanged and conflicts', () => {
    const incoming = [
      { ...(EXISTING[0] as TrackedContact), audience: 'Founders' },
      EXISTING[1] as TrackedContact,
      contact('cy', { status: 'none' }),
    ];
    const p = previewImport('backup.json', toJsonExport(incoming, NOW), EXISTING);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect([p.plan.added.length, p.plan.updated.length, p.plan.unchanged.length]).toEqual([1, 1, 1]);
    expect(p.plan.conflicts).toMatchObject([
      { name: 'Ana', field: 'audience', existing: 'CTOs', incoming: 'Founders' },
    ]);
  });
});

describe('ImportExport: a sheet', () => {
  it('shows how every column and value was read, and imports everything in one request when confirmed', async () => {
    const send = vi.fn(async (_req: unknown) => ({ added: 2, updated: 1, unchanged: 0 }));
    ui(send as unknown as Send);
    pick('tracker.csv', EU_SHEET);
    await screen.findByTestId('cc-sheet-preview', {}, LOADING);
    expect(screen.getByTestId('cc-sheet-format').textContent).toContain(
      '3 rows; cells separated by semicolons; UTF-8 with BOM; Windows line ends (CRLF); the header is row 1.',
    );
    expect(column('Name').getAttribute('data-field')).toBe('name');
    expect(column('LinkedIn URL').getAttribute('data-field')).toBe('profile_url');
    expect(column('Date Sent').getAttribute('data-field')).toBe('sent_at');
    expect(column('Template').getAttribute('data-field')).toBe('version');
    expect(column('Company').getAttribute('data-field')).toBe('');
    expect(column('Company').textContent).toContain('not recognised');
    expect(screen.getByTestId('cc-sheet-date-proof').textContent).toBe(
      'Dates in “Date Sent” are day/month/year: row 3 has “25/02/2026”.',
    );
    const values = screen
      .getAllByTestId('cc-sheet-value')
      .map((v) => [v.getAttribute('data-key'), v.getAttribute('data-value')]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['accepted', 'accepted'],
        ['no response', 'no-response'],
        ['sent', 'pending'],
      ]),
    );
    expect(screen.queryByTestId('cc-sheet-issue')).toBeNull();
    expect(send).not.toHaveBeenCalled();
    // Ana is tracked already (matched by profile URL): updated; Cy and Dee are new.
    expect(screen.getByTestId('cc-import-preview').getAttribute('data-added')).toBe('2');
    expect(screen.getByTestId('cc-import-preview').getAttribute('data-updated')).toBe('1');
    fireEvent.click(confirm());
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const req = send.mock.calls[0]?.[0] as { type: string; mode: string; records: TrackedContact[] };
    expect(req).toMatchObject({ type: 'tracker/import', mode: 'merge' });
    expect(req.records.map((r) => [r.name, r.status, r.request?.sentAt])).toEqual([
      ['Ana Silva', 'accepted', '2026-03-02T10:15'],
      ['Cy Test', 'pending', '2026-02-25'],
      ['Dee', 'pending', '2026-03-01'],
    ]);
    expect((await screen.findByTestId('cc-import-status')).textContent).toBe(
      'Imported tracker.csv: 2 added, 1 updated, 0 unchanged.',
    );
  });

  it('a value it cannot place is a question for its row; the answer (or a value alias) places it', async () => {
    ui();
    pick(
      'sheet.csv',
      `${HEADER}\nCy,https://www.linkedin.com/in/cy,,,,2026-03-01,,maybe,,,,\nDee,https://www.linkedin.com/in/dee,,,,2026-03-02,,maybe,,,,\n`,
    );
    const issues = await screen.findAllByTestId('cc-sheet-issue', {}, LOADING);
    expect(
      issues.map((i) => [
        i.getAttribute('data-row'),
        i.getAttribute('data-field'),
        i.getAttribute('data-problem'),
      ]),
    ).toEqual([
      ['2', 'status', 'unknown-value'],
      ['3', 'status', 'unknown-value'],
    ]);
    expect(confirm().disabled).toBe(true);
    expect(screen.getByTestId('cc-sheet-not-ready').textContent).toBe(
      'Answer the questions above to import: 2 rows.',
    );
    // Row 2 alone: its own answer.
    fireEvent.change(within(issues[0] as HTMLElement).getByRole('combobox'), { target: { value: 'skip' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('cc-sheet-issue')[0]?.getAttribute('data-choice')).toBe('skip'),
    );
    expect(confirm().disabled).toBe(true);
    // Every "maybe": the value alias.
    const maybe = screen
      .getAllByTestId('cc-sheet-value')
      .find((v) => v.getAttribute('data-key') === 'maybe') as HTMLElement;
    expect(maybe.getAttribute('data-known')).toBe('false');
    fireEvent.change(within(maybe).getByRole('combobox'), { target: { value: 'accepted' } });
    await waitFor(() => expect(confirm().disabled).toBe(false));
    expect(screen.getByTestId('cc-import-preview').getAttribute('data-added')).toBe('1');
  });

  it('asks once for the day/month order when no date in the file tells', async () => {
    ui();
    pick(
      'fr.csv',
      "Prénom;Nom;Profil LinkedIn;Date d'envoi;Statut\nAna;Silva;https://www.linkedin.com/in/ana-s;02/03/2026;Acceptée\nBo;Chen;https://www.linkedin.com/in/bo-c;03/04/2026;En attente\n",
    );
    const dates = await screen.findByTestId('cc-sheet-dates', {}, LOADING);
    expect(dates.querySelector('legend')?.textContent).toBe(
      "Dates such as “02/03/2026” (column “Date d'envoi”, row 2) can be read two ways. Which does this file use?",
    );
    expect(dates.textContent).toContain('Day first: 2 March 2026');
    expect(dates.textContent).toContain('Month first: 3 February 2026');
    expect(confirm().disabled).toBe(true);
    expect(screen.getByTestId('cc-sheet-not-ready').textContent).toContain('the order of day and month');
    fireEvent.click(screen.getByTestId('cc-sheet-order-dmy'));
    await waitFor(() => expect(confirm().disabled).toBe(false));
    expect(column('Nom').getAttribute('data-field')).toBe('last_name');
  });

  it('a sheet without profile URLs says which column is missing and offers to choose one', async () => {
    ui();
    pick('sheet.csv', 'Name,Company\nAna,ACME\n');
    const missing = await screen.findByTestId('cc-sheet-missing', {}, LOADING);
    expect(missing.getAttribute('role')).toBe('alert');
    expect(missing.textContent).toBe(
      'No column gives the LinkedIn profile URL. Choose one above: every person needs their profile URL.',
    );
    expect(confirm().disabled).toBe(true);
  });

  it('a column the user maps is remembered for the next sheet', async () => {
    const send = vi.fn(async (_req: unknown) => ({ added: 1, updated: 0, unchanged: 0 }));
    ui(send as unknown as Send);
    const sheet = 'Who,Where,Sent\nAna,https://www.linkedin.com/in/ana-x,2026-03-01\n';
    pick('a.csv', sheet);
    await screen.findByTestId('cc-sheet-preview', {}, LOADING);
    expect(column('Where').getAttribute('data-how')).toBe('values');
    fireEvent.change(within(column('Sent')).getByRole('combobox'), { target: { value: 'accepted_at' } });
    await waitFor(() => expect(column('Sent').getAttribute('data-field')).toBe('accepted_at'));
    fireEvent.click(confirm());
    await screen.findByTestId('cc-import-status');
    expect((await memory.load()).columns).toEqual({ sent: 'accepted_at' });
    pick('b.csv', sheet);
    await screen.findByTestId('cc-sheet-preview', {}, LOADING);
    expect(column('Sent').getAttribute('data-field')).toBe('accepted_at');
    expect(column('Sent').getAttribute('data-how')).toBe('remembered');
  });

  it('a broken quote is a file error, and nothing can be imported', async () => {
    ui();
    pick('sheet.csv', `${HEADER}\nAna,https://www.linkedin.com/in/ana,,,,,"open quote,,,,,\n`);
    const [error] = await screen.findAllByTestId('cc-import-error');
    expect(error?.textContent).toBe(
      'Row 2: a quoted cell starts here and is never closed, so the rest of the file runs into it',
    );
    expect(screen.queryByTestId('cc-import-confirm')).toBeNull();
  });

  it('an .xls or .ods file gets plain words on how to save it as CSV', async () => {
    ui();
    pick('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'application/vnd.ms-excel');
    const status = await screen.findByTestId('cc-import-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toMatch(
      /^old\.xls is a Excel 97–2003 \(\.xls\) file, which the import cannot read\. Save the sheet as CSV/,
    );
    expect(status.textContent).toContain('in Google Sheets, File → Download → “Comma-separated values”');
  });
});

describe('ImportExport: JSON and export', () => {
  it('a refused import says nothing changed', async () => {
    const send = vi.fn(async () => {
      throw new Error('record 1: invalid name');
    });
    ui(send as unknown as Send);
    pick('backup.json', toJsonExport([contact('cy')], NOW), 'application/json');
    fireEvent.click(await screen.findByTestId('cc-import-confirm'));
    expect((await screen.findByTestId('cc-import-status')).textContent).toBe(
      'The import failed and nothing was changed: record 1: invalid name.',
    );
  });

  it('a JSON file with a bad record names the record and field', async () => {
    ui();
    const doc = JSON.parse(toJsonExport([contact('cy')], NOW));
    doc.contacts[0].createdAt = 'yesterday';
    pick('backup.json', JSON.stringify(doc), 'application/json');
    const [error] = await screen.findAllByTestId('cc-import-error');
    expect(error?.textContent).toBe('Record 1, createdAt: expected an ISO date');
  });

  it('exports a CSV as a download link to a Blob', async () => {
    ui();
    fireEvent.click(screen.getByTestId('cc-export-csv'));
    const link = screen.getByTestId('cc-export-link') as HTMLAnchorElement;
    expect(link.getAttribute('download')).toMatch(/^connect-coach-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    fireEvent.click(screen.getByTestId('cc-export-json'));
    expect(screen.getByTestId('cc-export-link').getAttribute('data-format')).toBe('json');
  });
});

describe('WipeData', () => {
  it('needs DELETE typed before it wipes', async () => {
    const send = vi.fn(async (_req: unknown) => 2);
    render(<WipeData send={send as unknown as Send} count={2} />);
    const submit = screen.getByTestId('cc-wipe-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('cc-wipe-confirm'), { target: { value: 'delete' } });
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('cc-wipe-confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(submit);
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'tracker/wipe' }));
    expect((await screen.findByTestId('cc-wipe-status')).textContent).toContain('Removed 2 people');
  });
});
