/**
 * The preview of a tracking sheet before anything is written: how each column is read (the user can
 * change it), how the values are read (same), the day/month question when the file cannot tell, and
 * the rows that need a decision, each with its choices. Import stays disabled until nothing is open;
 * it then writes every person at once. Loaded only when a sheet is picked (ImportExport.tsx).
 */
import { useEffect, useId, useMemo, useRef, useState, useTransition } from 'react';
import { formatNumber, t, tp } from '../lib/i18n/t';
import type { DateOrder } from '../lib/sheet/dates';
import { multiColumn, type SheetField, type ValueKind } from '../lib/sheet/fields';
import type { LoadedSheet } from '../lib/sheet/load';
import type { SheetMemory } from '../lib/sheet/mapping';
import { remember } from '../lib/sheet/memory';
import { type RowIssue, readSheet, type SheetChoices, type SheetReading } from '../lib/sheet/read';
import type { TrackedContact } from '../lib/tracker/schema';
import { planImport } from '../lib/tracker/transfer';
import { ConfirmBar } from './ConfirmBar';
import { ImportPlanView } from './ImportPlanView';
import { ColumnsTable } from './sheet/ColumnsTable';
import { DateOrderChoice } from './sheet/DateOrderChoice';
import { DELIMITER_LABEL, LINE_ENDS_LABEL, MISSING_LABEL } from './sheet/labels';
import { RowIssues } from './sheet/RowIssues';
import { ValuesTable } from './sheet/ValuesTable';

export interface SheetPreviewProps {
  fileName: string;
  loaded: LoadedSheet;
  existing: readonly TrackedContact[];
  memory: SheetMemory;
  now: Date;
  busy: boolean;
  /** Import these records (all at once); remember the user's choices once it worked. */
  onConfirm(records: TrackedContact[], nextMemory: SheetMemory): void;
  onCancel(): void;
}

export default function SheetPreview({
  fileName,
  loaded,
  existing,
  memory,
  now,
  busy,
  onConfirm,
  onCancel,
}: SheetPreviewProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChosen] = useState<SheetChoices>({});
  // A large sheet takes a moment to read again: the control the user touched stays responsive.
  const [, startTransition] = useTransition();
  const setChoices = (update: (prev: SheetChoices) => SheetChoices) =>
    startTransition(() => setChosen(update));
  const reading: SheetReading = useMemo(
    () => readSheet(loaded.table, { now, memory, choices }),
    [loaded, now, memory, choices],
  );
  const plan = useMemo(() => planImport(existing, reading.contacts), [existing, reading]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function setColumn(index: number, field: SheetField | null) {
    setChoices((prev) => {
      const columns = { ...prev.columns, [index]: field };
      // A field takes one column (dates excepted): the column that had it lets it go.
      if (field && !multiColumn(field))
        for (const c of reading.columns) if (c.index !== index && c.field === field) columns[c.index] = null;
      return { ...prev, columns };
    });
  }
  function setValue(kind: ValueKind, key: string, value: string) {
    setChoices((prev) => ({
      ...prev,
      values: { ...prev.values, [kind]: { ...prev.values?.[kind], [key]: value } },
    }));
  }
  function setOrder(order: DateOrder) {
    setChoices((prev) => ({ ...prev, dateOrder: order }));
  }
  function setRows(list: readonly RowIssue[], option: string) {
    setChoices((prev) => {
      const rows = { ...prev.rows };
      for (const i of list)
        if (i.options.includes(option)) rows[i.row] = { ...rows[i.row], [i.field]: option };
      return { ...prev, rows };
    });
  }

  const openIssues = reading.issues.filter((i) => i.choice === undefined);
  const toWrite = plan.added.length + plan.updated.length;
  const left: string[] = [];
  if (reading.missing.length) left.push(t('sheet_left_columns'));
  if (reading.dates.needOrder) left.push(t('sheet_left_dates'));
  const openRows = new Set(openIssues.map((i) => i.row)).size;
  if (openRows) left.push(tp('sheet_left_rows', openRows, { count: openRows }));

  if (reading.fileErrors.length)
    return (
      <div className="cc-alert" role="alert" data-testid="cc-import-errors">
        <p>{t('sheet_file_errors', { file: fileName })}</p>
        <ul className="cc-preview-errors">
          {reading.fileErrors.map((e) => (
            <li
              key={`${e.row}|${e.field}`}
              data-testid="cc-import-error"
              data-row={e.row}
              data-field={e.field}
            >
              {t('import_error_row', { row: e.row })}: {e.message}
            </li>
          ))}
        </ul>
        <div className="cc-toolbar">
          <button type="button" className="cc-btn" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        </div>
      </div>
    );

  const dataRows = formatNumber(reading.dataRows);
  return (
    <section
      className="cc-dialog cc-sheet"
      aria-labelledby={`${id}-h`}
      data-testid="cc-sheet-preview"
      data-ready={reading.ready}
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('sheet_title', { file: fileName })}
      </h3>
      <p className="cc-note" data-testid="cc-sheet-format">
        {loaded.sheet
          ? t('sheet_format_workbook', {
              rows: dataRows,
              sheet: loaded.sheet.name,
              sheets: loaded.sheet.count,
              header: reading.headerRow,
            })
          : t('sheet_format', {
              rows: dataRows,
              delimiter: t(DELIMITER_LABEL[loaded.delimiter ?? ','] ?? 'sheet_delimiter_comma'),
              encoding: loaded.encoding ?? 'UTF-8',
              line_ends: t(LINE_ENDS_LABEL[loaded.lineEnding ?? ''] ?? 'sheet_line_ends_none'),
              header: reading.headerRow,
            })}{' '}
        {t('sheet_nothing_written')}
      </p>

      <ColumnsTable loaded={loaded} reading={reading} onColumn={setColumn} />
      {reading.missing.map((f) => (
        <p key={f} className="cc-alert" role="alert" data-testid="cc-sheet-missing" data-field={f}>
          {t(MISSING_LABEL[f] ?? 'sheet_missing_name')}
        </p>
      ))}

      <DateOrderChoice
        id={id}
        dates={reading.dates}
        chosen={choices.dateOrder}
        now={now}
        onOrder={setOrder}
      />

      <ValuesTable reading={reading} onValue={setValue} />

      <RowIssues reading={reading} openIssues={openIssues} onRows={setRows} />

      {reading.merged.length ? (
        <p className="cc-note" data-testid="cc-sheet-merged">
          {tp('sheet_merged', reading.merged.length, {
            count: reading.merged.length,
          })}
        </p>
      ) : null}
      {reading.skipped.length ? (
        <p className="cc-note">
          {tp('sheet_skipped', reading.skipped.length, {
            count: reading.skipped.length,
          })}
        </p>
      ) : null}

      <div
        data-testid="cc-import-preview"
        data-added={plan.added.length}
        data-updated={plan.updated.length}
        data-unchanged={plan.unchanged.length}
        data-conflicts={plan.conflicts.length}
      >
        <p role="status">
          {tp('sheet_ready', reading.contacts.length, {
            count: reading.contacts.length,
          })}{' '}
          {left.length ? (
            <span id={`${id}-left`} data-testid="cc-sheet-not-ready">
              {t('sheet_not_ready', { left: left.join(', ') })}
            </span>
          ) : null}
        </p>
        <ImportPlanView plan={plan} />
      </div>
      <ConfirmBar
        testId="cc-import-confirm"
        disabled={busy || !reading.ready || toWrite === 0}
        describedBy={left.length ? `${id}-left` : undefined}
        onConfirm={() => onConfirm(reading.contacts, remember(memory, reading, choices))}
        onCancel={onCancel}
      >
        {t('import_confirm', { count: toWrite })}
      </ConfirmBar>
    </section>
  );
}
