import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { t, tp } from '../lib/i18n/t';
import type { LoadedSheet } from '../lib/sheet/load';
import type { SheetMemory } from '../lib/sheet/mapping';
import { exportFileName } from '../lib/tracker/format';
import { toIcs } from '../lib/tracker/ics';
import type { DueItem } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import {
  type ImportError,
  type ImportPlan,
  parseJsonExport,
  planImport,
  toCsv,
  toJsonExport,
} from '../lib/tracker/transfer';
import { errorText, type Send } from '../utils/messaging';
import type { SheetMemoryStore } from '../utils/sheet-memory';
import { ImportPlanView } from './ImportPlanView';

// The sheet reader and its preview load when a sheet is picked, not with the dashboard.
const SheetPreview = lazy(() => import('./SheetPreview'));

export type ImportFormat = 'json' | 'sheet' | 'unsupported';

/** Spreadsheet files the import cannot read, by extension and by their first bytes. */
const UNSUPPORTED: Record<string, string> = {
  xls: 'Excel 97–2003 (.xls)',
  xlsb: 'Excel binary (.xlsb)',
  ods: 'OpenDocument (.ods)',
  numbers: 'Numbers',
  pdf: 'PDF',
  docx: 'Word',
};

/** What kind of file this is: by extension, else by its first bytes (JSON starts with { or [). */
export function formatOf(fileName: string, bytes: Uint8Array): { format: ImportFormat; kind?: string } {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (UNSUPPORTED[ext]) return { format: 'unsupported', kind: UNSUPPORTED[ext] };
  if (ext === 'json') return { format: 'json' };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { format: 'unsupported', kind: UNSUPPORTED.xls };
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return { format: 'unsupported', kind: UNSUPPORTED.pdf };
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt' || ext === 'xlsx') return { format: 'sheet' };
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  return /^\uFEFF?\s*[[{]/.test(head) ? { format: 'json' } : { format: 'sheet' };
}

export type Preview =
  | { ok: false; fileName: string; errors: ImportError[]; message: string }
  | { ok: true; fileName: string; records: TrackedContact[]; plan: ImportPlan };

/** Reads a JSON export into a preview: errors naming record and field, or what a merge would do. */
export function previewImport(fileName: string, text: string, existing: readonly TrackedContact[]): Preview {
  const outcome = parseJsonExport(text);
  if (!outcome.ok) return { ok: false, fileName, errors: outcome.errors, message: outcome.message };
  return { ok: true, fileName, records: outcome.contacts, plan: planImport(existing, outcome.contacts) };
}

export interface ImportExportProps {
  contacts: readonly TrackedContact[];
  /** Items for the calendar export (calendarItems: due now and scheduled). */
  calendar: () => DueItem[];
  send: Send;
  /** Where the sheet import remembers the user's column and value choices. */
  sheetMemory: SheetMemoryStore;
}

interface Download {
  format: 'json' | 'csv' | 'ics';
  url: string;
  name: string;
  count: number;
}

type Picked =
  | { kind: 'json'; preview: Preview }
  | { kind: 'sheet'; fileName: string; loaded: LoadedSheet; memory: SheetMemory; now: Date }
  | { kind: 'reading'; fileName: string };

/** Import (JSON or a sheet → preview → confirm, all or nothing) and export (JSON, CSV, .ics downloads). */
export function ImportExport({ contacts, calendar, send, sheetMemory }: ImportExportProps) {
  const id = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const urlRef = useRef<string | null>(null);
  // The file picked last: a slower read of an earlier file never replaces it.
  const pickSeq = useRef(0);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  async function onFile(file: File | undefined) {
    setStatus(null);
    setPicked(null);
    if (!file) return;
    const seq = ++pickSeq.current;
    const current = () => seq === pickSeq.current;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { format, kind } = formatOf(file.name, bytes);
      if (format === 'unsupported') {
        setStatus({ text: t('import_unsupported', { file: file.name, kind: kind ?? '' }), error: true });
        return;
      }
      if (format === 'json') {
        const text = new TextDecoder().decode(bytes);
        if (current()) setPicked({ kind: 'json', preview: previewImport(file.name, text, contacts) });
        return;
      }
      setPicked({ kind: 'reading', fileName: file.name });
      const [{ loadSheet }, memory] = await Promise.all([import('../lib/sheet/load'), sheetMemory.load()]);
      let loaded: LoadedSheet;
      try {
        loaded = await loadSheet(bytes);
      } catch (err) {
        if (!current()) return;
        setPicked(null);
        setStatus({
          text: t('import_workbook_failed', { file: file.name, error: errorText(err) }),
          error: true,
        });
        return;
      }
      if (current()) setPicked({ kind: 'sheet', fileName: file.name, loaded, memory, now: new Date() });
    } catch (err) {
      if (!current()) return;
      setPicked(null);
      setStatus({ text: t('import_read_failed', { file: file.name, error: errorText(err) }), error: true });
    }
  }

  async function confirmImport(fileName: string, records: TrackedContact[], nextMemory?: SheetMemory) {
    setBusy(true);
    try {
      const r = await send({ type: 'tracker/import', records, mode: 'merge' });
      setStatus({
        text: t('import_done', {
          file: fileName,
          added: r.added,
          updated: r.updated,
          unchanged: r.unchanged,
        }),
        error: false,
      });
      setPicked(null);
      if (fileInput.current) fileInput.current.value = '';
      // Remembered once the import worked; a failure to remember loses nothing that was imported.
      if (nextMemory) await sheetMemory.save(nextMemory).catch(() => undefined);
    } catch (err) {
      setStatus({ text: t('import_failed', { error: errorText(err) }), error: true });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    pickSeq.current++;
    setPicked(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function prepare(format: Download['format']) {
    const at = new Date();
    let text: string;
    let type: string;
    let count = contacts.length;
    if (format === 'json') {
      text = toJsonExport(contacts, at);
      type = 'application/json';
    } else if (format === 'csv') {
      text = toCsv(contacts);
      type = 'text/csv';
    } else {
      const items = calendar();
      count = items.length;
      text = toIcs(items, at);
      type = 'text/calendar';
    }
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    urlRef.current = url;
    setDownload({ format, url, name: exportFileName(format, at), count });
  }

  const preview = picked?.kind === 'json' ? picked.preview : null;

  return (
    <section className="cc-section" aria-labelledby={`${id}-t`} data-testid="cc-import-export">
      <h2 id={`${id}-t`}>{t('import_title')}</h2>
      <p className="cc-note">{t('import_intro')}</p>
      <label className="cc-field">
        {t('import_file_label_sheets')}
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,.tsv,.txt,.xlsx,.xls,.ods,.numbers,application/json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="cc-import-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </label>
      {picked?.kind === 'reading' ? (
        <p className="cc-note" role="status">
          {t('import_reading', { file: picked.fileName })}
        </p>
      ) : null}
      {picked?.kind === 'sheet' ? (
        <Suspense
          fallback={
            <p className="cc-note" role="status">
              {t('import_reading', { file: picked.fileName })}
            </p>
          }
        >
          <SheetPreview
            fileName={picked.fileName}
            loaded={picked.loaded}
            existing={contacts}
            memory={picked.memory}
            now={picked.now}
            busy={busy}
            onConfirm={(records, nextMemory) => void confirmImport(picked.fileName, records, nextMemory)}
            onCancel={cancel}
          />
        </Suspense>
      ) : null}
      {preview && !preview.ok ? (
        <div className="cc-alert" role="alert" data-testid="cc-import-errors">
          <p>
            {tp('import_rejected', preview.errors.length, {
              file: preview.fileName,
              count: preview.errors.length,
            })}
          </p>
          <ul className="cc-preview-errors">
            {preview.errors.slice(0, 20).map((e) => (
              <li
                key={`${e.row}|${e.field}|${e.message}`}
                data-testid="cc-import-error"
                data-row={e.row}
                data-field={e.field}
              >
                {e.row ? `${t('import_error_record', { row: e.row })}, ` : ''}
                {e.field}: {e.message}
              </li>
            ))}
            {preview.errors.length > 20 ? (
              <li>{t('common_and_more', { count: preview.errors.length - 20 })}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {preview?.ok ? (
        <div
          className="cc-dialog"
          data-testid="cc-import-preview"
          data-added={preview.plan.added.length}
          data-updated={preview.plan.updated.length}
          data-unchanged={preview.plan.unchanged.length}
          data-conflicts={preview.plan.conflicts.length}
        >
          <p>
            {tp('import_preview', preview.records.length, {
              file: preview.fileName,
              count: preview.records.length,
            })}
          </p>
          <ImportPlanView plan={preview.plan} />
          <div className="cc-toolbar">
            <button
              type="button"
              className="cc-btn cc-btn-primary"
              disabled={busy || preview.plan.added.length + preview.plan.updated.length === 0}
              data-testid="cc-import-confirm"
              onClick={() => void confirmImport(preview.fileName, preview.records)}
            >
              {t('import_confirm', { count: preview.plan.added.length + preview.plan.updated.length })}
            </button>
            <button type="button" className="cc-btn" onClick={cancel}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'cc-alert' : 'cc-note'}
          data-testid="cc-import-status"
        >
          {status.text}
        </p>
      ) : null}

      <div className="cc-toolbar">
        <span>{t('export_label')}</span>
        <button type="button" className="cc-btn" data-testid="cc-export-json" onClick={() => prepare('json')}>
          {t('export_json')}
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-csv" onClick={() => prepare('csv')}>
          {t('export_csv')}
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-ics" onClick={() => prepare('ics')}>
          {t('export_ics')}
        </button>
      </div>
      {download ? (
        <p role="status">
          <a
            className="cc-link"
            href={download.url}
            download={download.name}
            data-testid="cc-export-link"
            data-format={download.format}
          >
            {t('export_download', { file: download.name })}
          </a>{' '}
          {download.format === 'ics'
            ? t('export_count_events', { count: download.count })
            : tp('export_count', download.count, { count: download.count })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * Removes every tracked contact after the user types the confirmation word: the translated one
 * (LÖSCHEN, SUPPRIMER…) or DELETE, which every language accepts. Settings stay.
 */
export function WipeData({ send, count }: { send: Send; count: number }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const word = t('wipe_confirm_word');
  const answer = typed.trim().normalize('NFC');
  const ready = answer === word.normalize('NFC') || answer === 'DELETE';

  async function wipe(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    try {
      const n = await send({ type: 'tracker/wipe' });
      setStatus({
        text: tp('wipe_done', n, { count: n }),
        error: false,
      });
      setTyped('');
    } catch (err) {
      setStatus({ text: t('wipe_failed', { error: errorText(err) }), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="cc-section"
      aria-labelledby={`${id}-t`}
      onSubmit={(e) => void wipe(e)}
      data-testid="cc-wipe"
    >
      <h2 id={`${id}-t`}>{t('wipe_title')}</h2>
      <p className="cc-note">{t('wipe_intro', { count })}</p>
      <label className="cc-field">
        {t('wipe_confirm_label', { word })}
        <input
          type="text"
          autoComplete="off"
          value={typed}
          data-testid="cc-wipe-confirm"
          onChange={(e) => {
            setTyped(e.target.value);
            setStatus(null);
          }}
        />
      </label>
      <div className="cc-toolbar">
        <button
          type="submit"
          className="cc-btn cc-btn-danger"
          disabled={!ready || busy}
          data-testid="cc-wipe-submit"
        >
          {t('wipe_title')}
        </button>
      </div>
      {status ? (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'cc-alert' : 'cc-note'}
          data-testid="cc-wipe-status"
        >
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
