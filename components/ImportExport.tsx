import { lazy, Suspense, useId, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import type { LoadedSheet } from '../lib/sheet/load';
import type { SheetMemory } from '../lib/sheet/mapping';
import type { DueItem } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import { errorText, type Send } from '../utils/messaging';
import type { SheetMemoryStore } from '../utils/sheet-memory';
import { ExportLinks } from './transfer/ExportLinks';
import { formatOf, type Preview, previewImport } from './transfer/import-file';
import { JsonPreview } from './transfer/JsonPreview';

// The sheet reader and its preview load when a sheet is picked, not with the dashboard.
const SheetPreview = lazy(() => import('./SheetPreview'));

export interface ImportExportProps {
  contacts: readonly TrackedContact[];
  /** Items for the calendar export (calendarItems: due now and scheduled). */
  calendar: () => DueItem[];
  send: Send;
  /** Where the sheet import remembers the user's column and value choices. */
  sheetMemory: SheetMemoryStore;
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
  const fileInput = useRef<HTMLInputElement>(null);
  // The file picked last: a slower read of an earlier file never replaces it.
  const pickSeq = useRef(0);

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
      {preview ? (
        <JsonPreview
          preview={preview}
          busy={busy}
          onConfirm={(fileName, records) => void confirmImport(fileName, records)}
          onCancel={cancel}
        />
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

      <ExportLinks contacts={contacts} calendar={calendar} />
    </section>
  );
}
