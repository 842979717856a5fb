import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportExport, previewImport, WipeData } from '../../components/ImportExport';
import type { TrackedContact } from '../../lib/tracker/schema';
import { toJsonExport } from '../../lib/tracker/transfer';
import type { TrackerSender } from '../../lib/ui/send-tracker';
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

function ui(send: TrackerSender = vi.fn() as unknown as TrackerSender, contacts = EXISTING) {
  render(<ImportExport contacts={contacts} calendar={() => []} send={send} />);
}

function pick(name: string, text: string, type = 'text/csv') {
  const file = new File([text], name, { type });
  fireEvent.change(screen.getByTestId('cc-import-file'), { target: { files: [file] } });
}

describe('previewImport', () => {
  it('names the row and field of each problem in a CSV', () => {
    const csv = [
      HEADER,
      'Ana,https://www.linkedin.com/in/ana,,,,2026-02-01T09:00:00Z,,pending,,,,',
      'Bo,not-a-url,,,,,,,,,,',
      'Cy,https://www.linkedin.com/in/cy,,,,yesterday,,pending,,,,',
    ].join('\n');
    const p = previewImport('sheet.csv', csv, EXISTING, NOW);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'profile_url'],
      [4, 'sent_at'],
    ]);
  });

  it('a JSON export previews added, updated, unchanged and conflicts', () => {
    const incoming = [
      { ...(EXISTING[0] as TrackedContact), audience: 'Founders' },
      EXISTING[1] as TrackedContact,
      contact('cy', { status: 'none' }),
    ];
    const p = previewImport('backup.json', toJsonExport(incoming, NOW), EXISTING, NOW);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect([p.plan.added.length, p.plan.updated.length, p.plan.unchanged.length]).toEqual([1, 1, 1]);
    expect(p.plan.conflicts).toMatchObject([
      { name: 'Ana', field: 'audience', existing: 'CTOs', incoming: 'Founders' },
    ]);
  });
});

describe('ImportExport', () => {
  it('shows file errors by row and field and offers no import', async () => {
    const send = vi.fn();
    ui(send as unknown as TrackerSender);
    pick('sheet.csv', `${HEADER}\nCy,https://www.linkedin.com/in/cy,,,,2026-13-45,,pending,,,,\n`);
    const errors = await screen.findAllByTestId('cc-import-error');
    expect(errors[0]?.textContent).toMatch(/^Row 2, sent_at: "2026-13-45" is not an ISO date/);
    expect(screen.getByTestId('cc-import-errors').textContent).toContain('nothing was changed');
    expect(screen.queryByTestId('cc-import-confirm')).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('a bad header is named as row 1', async () => {
    ui();
    pick('sheet.csv', 'name,url\nAna,https://www.linkedin.com/in/ana\n');
    const [error] = await screen.findAllByTestId('cc-import-error');
    expect(error?.getAttribute('data-row')).toBe('1');
    expect(error?.getAttribute('data-field')).toBe('header');
  });

  it('changes nothing until confirmed, then imports everything in one request', async () => {
    const send = vi.fn(async (_req: unknown) => ({ added: 1, updated: 0, unchanged: 1 }));
    ui(send as unknown as TrackerSender);
    pick(
      'sheet.csv',
      [
        HEADER,
        'Ana,https://www.linkedin.com/in/ana,CTOs,,,2026-02-01T09:00:00.000Z,,pending,,,,',
        'Cy,https://www.linkedin.com/in/cy,Founders,v1,request,2026-03-01T09:00:00.000Z,Hi,pending,,,,',
      ].join('\r\n'),
    );
    const preview = await screen.findByTestId('cc-import-preview');
    expect(preview.getAttribute('data-added')).toBe('1');
    expect(preview.getAttribute('data-conflicts')).toBe('0');
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('cc-import-confirm'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const req = send.mock.calls[0]?.[0] as { type: string; mode: string; records: TrackedContact[] };
    expect(req.type).toBe('tracker/import');
    expect(req.mode).toBe('merge');
    expect(req.records.map((r) => r.name)).toEqual(['Ana', 'Cy']);
    expect((await screen.findByTestId('cc-import-status')).textContent).toBe(
      'Imported sheet.csv: 1 added, 0 updated, 1 unchanged.',
    );
  });

  it('a refused import says nothing changed', async () => {
    const send = vi.fn(async () => {
      throw new Error('record 1: invalid name');
    });
    ui(send as unknown as TrackerSender);
    pick('backup.json', toJsonExport([contact('cy')], NOW), 'application/json');
    fireEvent.click(await screen.findByTestId('cc-import-confirm'));
    expect((await screen.findByTestId('cc-import-status')).textContent).toBe(
      'The import failed and nothing was changed: record 1: invalid name.',
    );
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
    render(<WipeData send={send as unknown as TrackerSender} count={2} />);
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
