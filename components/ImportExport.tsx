import { useEffect, useId, useRef, useState } from 'react';
import { toIcs } from '../lib/tracker/ics';
import type { DueItem } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import {
  type ImportError,
  type ImportPlan,
  parseCsv,
  parseJsonExport,
  planImport,
  toCsv,
  toJsonExport,
} from '../lib/tracker/transfer';
import { exportFileName } from '../lib/ui/format';
import { errorText, type TrackerSender } from '../lib/ui/send-tracker';

export type ImportFormat = 'json' | 'csv';

/** By extension, else by the first character (a JSON file starts with { or [). */
export function formatOf(fileName: string, text: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

export type Preview =
  | { ok: false; fileName: string; format: ImportFormat; errors: ImportError[]; message: string }
  | { ok: true; fileName: string; format: ImportFormat; records: TrackedContact[]; plan: ImportPlan };

/** Reads a file's text into a preview: errors naming row and field, or what a merge would do. */
export function previewImport(
  fileName: string,
  text: string,
  existing: readonly TrackedContact[],
  now: Date,
): Preview {
  const format = formatOf(fileName, text);
  const outcome = format === 'json' ? parseJsonExport(text) : parseCsv(text, now);
  if (!outcome.ok) return { ok: false, fileName, format, errors: outcome.errors, message: outcome.message };
  return {
    ok: true,
    fileName,
    format,
    records: outcome.contacts,
    plan: planImport(existing, outcome.contacts),
  };
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(empty)' : String(v));

export interface ImportExportProps {
  contacts: readonly TrackedContact[];
  /** Items for the calendar export (calendarItems: due now and scheduled). */
  calendar: () => DueItem[];
  send: TrackerSender;
}

interface Download {
  format: 'json' | 'csv' | 'ics';
  url: string;
  name: string;
  count: number;
}

/** Import (JSON/CSV → preview → confirm, all or nothing) and export (JSON, CSV, .ics downloads). */
export function ImportExport({ contacts, calendar, send }: ImportExportProps) {
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const urlRef = useRef<string | null>(null);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  async function onFile(file: File | undefined) {
    setStatus(null);
    setPreview(null);
    if (!file) return;
    try {
      const text = await file.text();
      setPreview(previewImport(file.name, text, contacts, new Date()));
    } catch (err) {
      setStatus({ text: `Could not read ${file.name}: ${errorText(err)}.`, error: true });
    }
  }

  async function confirmImport() {
    if (!preview?.ok) return;
    setBusy(true);
    try {
      const r = await send({ type: 'tracker/import', records: preview.records, mode: 'merge' });
      setStatus({
        text: `Imported ${preview.fileName}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged.`,
        error: false,
      });
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setStatus({ text: `The import failed and nothing was changed: ${errorText(err)}.`, error: true });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setPreview(null);
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

  const plan = preview?.ok ? preview.plan : null;

  return (
    <section className="cc-section" aria-labelledby={`${id}-t`} data-testid="cc-import-export">
      <h2 id={`${id}-t`}>Import and export</h2>
      <p className="cc-note">
        Files are read and written on this device only. An import changes nothing until you confirm it, and
        then it is all or nothing; people already tracked are matched by profile URL and merged.
      </p>
      <label className="cc-field">
        Import a JSON export or a CSV tracking sheet
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="cc-import-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </label>
      {preview && !preview.ok ? (
        <div className="cc-alert" role="alert" data-testid="cc-import-errors">
          <p>
            {preview.fileName} cannot be imported; nothing was changed. Fix{' '}
            {preview.errors.length === 1 ? 'this' : `these ${preview.errors.length} problems`} and try again:
          </p>
          <ul className="cc-preview-errors">
            {preview.errors.slice(0, 20).map((e) => (
              <li
                key={`${e.row}|${e.field}|${e.message}`}
                data-testid="cc-import-error"
                data-row={e.row}
                data-field={e.field}
              >
                {e.row ? `${preview.format === 'csv' ? 'Row' : 'Record'} ${e.row}, ` : ''}
                {e.field}: {e.message}
              </li>
            ))}
            {preview.errors.length > 20 ? <li>and {preview.errors.length - 20} more</li> : null}
          </ul>
        </div>
      ) : null}
      {plan && preview?.ok ? (
        <div
          className="cc-dialog"
          data-testid="cc-import-preview"
          data-added={plan.added.length}
          data-updated={plan.updated.length}
          data-unchanged={plan.unchanged.length}
          data-conflicts={plan.conflicts.length}
        >
          <p>
            {preview.fileName}: {preview.records.length} {preview.records.length === 1 ? 'person' : 'people'}.{' '}
            <strong>{plan.added.length}</strong> new, <strong>{plan.updated.length}</strong> updated,{' '}
            <strong>{plan.unchanged.length}</strong> unchanged, <strong>{plan.conflicts.length}</strong>{' '}
            {plan.conflicts.length === 1 ? 'conflict' : 'conflicts'}.
          </p>
          {plan.conflicts.length ? (
            <details open={plan.conflicts.length <= 5}>
              <summary>Conflicts: the file's value replaces yours</summary>
              <ul>
                {plan.conflicts.slice(0, 50).map((c) => (
                  <li key={`${c.id}|${c.field}`} data-testid="cc-import-conflict">
                    {c.name}, {c.field}: {show(c.existing)} → {show(c.incoming)}
                  </li>
                ))}
                {plan.conflicts.length > 50 ? <li>and {plan.conflicts.length - 50} more</li> : null}
              </ul>
            </details>
          ) : null}
          <div className="cc-toolbar">
            <button
              type="button"
              className="cc-btn cc-btn-primary"
              disabled={busy || plan.added.length + plan.updated.length === 0}
              data-testid="cc-import-confirm"
              onClick={() => void confirmImport()}
            >
              Import {plan.added.length + plan.updated.length}
            </button>
            <button type="button" className="cc-btn" onClick={cancel}>
              Cancel
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
        <span>Export:</span>
        <button type="button" className="cc-btn" data-testid="cc-export-json" onClick={() => prepare('json')}>
          JSON (everything)
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-csv" onClick={() => prepare('csv')}>
          CSV (tracking sheet)
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-ics" onClick={() => prepare('ics')}>
          Calendar (.ics)
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
            Download {download.name}
          </a>{' '}
          ({download.count}{' '}
          {download.format === 'ics' ? 'events' : download.count === 1 ? 'person' : 'people'})
        </p>
      ) : null}
    </section>
  );
}

/** Removes every tracked contact after the user types DELETE. Settings stay. */
export function WipeData({ send, count }: { send: TrackerSender; count: number }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const ready = typed.trim() === 'DELETE';

  async function wipe(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    try {
      const n = await send({ type: 'tracker/wipe' });
      setStatus({
        text: `Removed ${n} ${n === 1 ? 'person' : 'people'} and their history from this device.`,
        error: false,
      });
      setTyped('');
    } catch (err) {
      setStatus({ text: `Could not wipe the tracker: ${errorText(err)}. Nothing was removed.`, error: true });
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
      <h2 id={`${id}-t`}>Wipe all tracker data</h2>
      <p className="cc-note">
        Removes all {count.toLocaleString('en')} tracked people, their history and anything set aside, from
        this device. Your settings stay. Export first if you may want it back.
      </p>
      <label className="cc-field">
        Type DELETE to confirm
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
          Wipe all tracker data
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
