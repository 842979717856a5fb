import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
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
import { Msg } from './Msg';

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

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? t('import_empty_value') : String(v);

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
      setStatus({ text: t('import_read_failed', { file: file.name, error: errorText(err) }), error: true });
    }
  }

  async function confirmImport() {
    if (!preview?.ok) return;
    setBusy(true);
    try {
      const r = await send({ type: 'tracker/import', records: preview.records, mode: 'merge' });
      setStatus({
        text: t('import_done', {
          file: preview.fileName,
          added: r.added,
          updated: r.updated,
          unchanged: r.unchanged,
        }),
        error: false,
      });
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setStatus({ text: t('import_failed', { error: errorText(err) }), error: true });
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
      <h2 id={`${id}-t`}>{t('import_title')}</h2>
      <p className="cc-note">{t('import_intro')}</p>
      <label className="cc-field">
        {t('import_file_label')}
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
            {preview.errors.length === 1
              ? t('import_rejected_one', { file: preview.fileName })
              : t('import_rejected_many', { file: preview.fileName, count: preview.errors.length })}
          </p>
          <ul className="cc-preview-errors">
            {preview.errors.slice(0, 20).map((e) => (
              <li
                key={`${e.row}|${e.field}|${e.message}`}
                data-testid="cc-import-error"
                data-row={e.row}
                data-field={e.field}
              >
                {e.row
                  ? `${t(preview.format === 'csv' ? 'import_error_row' : 'import_error_record', { row: e.row })}, `
                  : ''}
                {e.field}: {e.message}
              </li>
            ))}
            {preview.errors.length > 20 ? (
              <li>{t('common_and_more', { count: preview.errors.length - 20 })}</li>
            ) : null}
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
            {t(preview.records.length === 1 ? 'import_preview_one' : 'import_preview_many', {
              file: preview.fileName,
              count: preview.records.length,
            })}{' '}
            <Msg
              k={plan.conflicts.length === 1 ? 'import_plan_one' : 'import_plan_many'}
              values={{
                added: <strong>{plan.added.length}</strong>,
                updated: <strong>{plan.updated.length}</strong>,
                unchanged: <strong>{plan.unchanged.length}</strong>,
                conflicts: <strong>{plan.conflicts.length}</strong>,
              }}
            />
          </p>
          {plan.conflicts.length ? (
            <details open={plan.conflicts.length <= 5}>
              <summary>{t('import_conflicts')}</summary>
              <ul>
                {plan.conflicts.slice(0, 50).map((c) => (
                  <li key={`${c.id}|${c.field}`} data-testid="cc-import-conflict">
                    {t('import_conflict_item', {
                      name: c.name,
                      field: c.field,
                      from: show(c.existing),
                      to: show(c.incoming),
                    })}
                  </li>
                ))}
                {plan.conflicts.length > 50 ? (
                  <li>{t('common_and_more', { count: plan.conflicts.length - 50 })}</li>
                ) : null}
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
              {t('import_confirm', { count: plan.added.length + plan.updated.length })}
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
          {t(
            download.format === 'ics'
              ? 'export_count_events'
              : download.count === 1
                ? 'export_count_one'
                : 'export_count_many',
            { count: download.count },
          )}
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
        text: t(n === 1 ? 'wipe_done_one' : 'wipe_done_many', { count: n }),
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
      <p className="cc-note">{t('wipe_intro', { count: count.toLocaleString('en') })}</p>
      <label className="cc-field">
        {t('wipe_confirm_label')}
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
