/**
 * The preview of a tracking sheet before anything is written: how each column is read (the user can
 * change it), how the values are read (same), the day/month question when the file cannot tell, and
 * the rows that need a decision, each with its choices. Import stays disabled until nothing is open;
 * it then writes every person at once. Loaded only when a sheet is picked (ImportExport.tsx).
 */
import { useEffect, useId, useMemo, useRef, useState, useTransition } from 'react';
import { formatNumber, type PlainKey, t, tp, uiLocale } from '../lib/i18n/t';
import { type DateOrder, readNumeric } from '../lib/sheet/dates';
import {
  CANONICAL,
  multiColumn,
  SHEET_FIELDS,
  type SheetField,
  VALUE_KINDS,
  type ValueKind,
} from '../lib/sheet/fields';
import type { LoadedSheet } from '../lib/sheet/load';
import type { MatchHow, SheetMemory } from '../lib/sheet/mapping';
import { remember } from '../lib/sheet/memory';
import {
  type IssueProblem,
  type RowIssue,
  readSheet,
  type SheetChoices,
  type SheetReading,
  type ValueUse,
} from '../lib/sheet/read';
import type { TrackedContact } from '../lib/tracker/schema';
import { planImport } from '../lib/tracker/transfer';
import { ImportPlanView } from './ImportPlanView';

const FIELD_LABEL: Record<SheetField | 'row', PlainKey> = {
  name: 'sheet_field_name',
  first_name: 'sheet_field_first_name',
  last_name: 'sheet_field_last_name',
  profile_url: 'sheet_field_profile_url',
  audience: 'sheet_field_audience',
  version: 'sheet_field_version',
  channel: 'sheet_field_channel',
  sent_at: 'sheet_field_sent_at',
  note: 'sheet_field_note',
  status: 'sheet_field_status',
  accepted_at: 'sheet_field_accepted_at',
  first_message_at: 'sheet_field_first_message_at',
  replied_at: 'sheet_field_replied_at',
  withdrawn_at: 'sheet_field_withdrawn_at',
  last_message_by: 'sheet_field_last_message_by',
  row: 'sheet_field_row',
};

const VALUE_LABEL: Record<string, PlainKey> = {
  request: 'sheet_value_request',
  inmail: 'sheet_value_inmail',
  'message-request': 'sheet_value_message_request',
  pending: 'sheet_value_pending',
  accepted: 'sheet_value_accepted',
  replied: 'sheet_value_replied',
  withdrawn: 'sheet_value_withdrawn',
  ignored: 'sheet_value_ignored',
  'no-response': 'sheet_value_no_response',
  me: 'sheet_value_me',
  them: 'sheet_value_them',
  yes: 'sheet_value_yes',
  no: 'sheet_value_no',
  'no request': 'sheet_value_no_request',
};

const KIND_LABEL: Record<ValueKind, PlainKey> = {
  channel: 'sheet_kind_channel',
  status: 'sheet_kind_status',
  last_message_by: 'sheet_kind_last_message_by',
  flag: 'sheet_kind_flag',
};

const PROBLEM_LABEL: Record<IssueProblem, PlainKey> = {
  'unknown-value': 'sheet_problem_unknown_value',
  'bad-date': 'sheet_problem_bad_date',
  'order-conflict': 'sheet_problem_order_conflict',
  'bad-url': 'sheet_problem_bad_url',
  'no-name': 'sheet_problem_no_name',
  'status-vs-dates': 'sheet_problem_status_vs_dates',
  'needs-sent-date': 'sheet_problem_needs_sent_date',
  'extra-cells': 'sheet_problem_extra_cells',
  invalid: 'sheet_problem_invalid',
};

const HOW_LABEL: Record<MatchHow, PlainKey> = {
  chosen: 'sheet_how_chosen',
  remembered: 'sheet_how_remembered',
  header: 'sheet_how_header',
  'similar-header': 'sheet_how_similar',
  values: 'sheet_how_values',
  none: 'sheet_how_none',
};

const DELIMITER_LABEL: Record<string, PlainKey> = {
  ',': 'sheet_delimiter_comma',
  ';': 'sheet_delimiter_semicolon',
  '\t': 'sheet_delimiter_tab',
  '|': 'sheet_delimiter_pipe',
};

const LINE_ENDS_LABEL: Record<string, PlainKey> = {
  CRLF: 'sheet_line_ends_crlf',
  LF: 'sheet_line_ends_lf',
  CR: 'sheet_line_ends_cr',
};

/** What to say when no column gives a required field. */
const MISSING_LABEL: Partial<Record<SheetField, PlainKey>> = {
  name: 'sheet_missing_name',
  profile_url: 'sheet_missing_url',
};

const IGNORE = '__ignore';
const UNKNOWN = '__unknown';
const EMPTY = '__empty';
const ROWS_SHOWN = 50;
const VALUES_SHOWN = 60;

function optionLabel(option: string, issue: RowIssue): string {
  switch (option) {
    case 'skip':
      return t('sheet_option_skip');
    case 'empty':
      return t('sheet_option_empty');
    case 'dates':
      return t('sheet_option_dates', {
        says: t(VALUE_LABEL[issue.detail ?? ''] ?? 'sheet_value_no_request'),
      });
    case 'no-request':
      return t('sheet_option_no_request');
    case 'name-from-url':
      return t('sheet_option_name_from_url', { name: issue.detail ?? '' });
    case 'as-is':
      return t('sheet_option_as_is');
    default:
      return VALUE_LABEL[option] ? t(VALUE_LABEL[option] as PlainKey) : option;
  }
}

function longDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(uiLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

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

  const examples = useMemo(() => {
    const out = new Map<number, string>();
    for (const r of loaded.table.rows) {
      if (r.row <= reading.headerRow) continue;
      r.cells.forEach((c, i) => {
        if (!out.has(i) && c.trim()) out.set(i, clip(c.trim()));
      });
    }
    return out;
  }, [loaded, reading.headerRow]);

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
  const groups = useMemo(() => {
    const map = new Map<string, RowIssue[]>();
    for (const i of reading.issues) {
      const key = `${i.problem}|${i.field}`;
      map.set(key, [...(map.get(key) ?? []), i]);
    }
    return [...map.values()];
  }, [reading]);
  const values = useMemo(() => {
    const order = (u: ValueUse) => (u.value === undefined ? 0 : 1);
    return [...reading.values].sort(
      (a, b) =>
        order(a) - order(b) || VALUE_KINDS.indexOf(a.kind) - VALUE_KINDS.indexOf(b.kind) || b.count - a.count,
    );
  }, [reading]);
  const shownValues = values.filter((v, i) => v.value === undefined || i < VALUES_SHOWN);
  const toWrite = plan.added.length + plan.updated.length;
  const left: string[] = [];
  if (reading.missing.length) left.push(t('sheet_left_columns'));
  if (reading.dates.needOrder) left.push(t('sheet_left_dates'));
  const openRows = new Set(openIssues.map((i) => i.row)).size;
  const issueRows = new Set(reading.issues.map((i) => i.row)).size;
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

      <div className="cc-table-scroll">
        <table className="cc-sheet-table" data-testid="cc-sheet-columns">
          <caption>{t('sheet_columns_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sheet_col_header')}</th>
              <th scope="col">{t('sheet_col_example')}</th>
              <th scope="col">{t('sheet_col_read_as')}</th>
              <th scope="col">{t('sheet_col_how')}</th>
            </tr>
          </thead>
          <tbody>
            {reading.columns.map((c) => {
              const header = c.header || t('sheet_unnamed_column', { number: c.index + 1 });
              return (
                <tr
                  key={c.index}
                  data-testid="cc-sheet-column"
                  data-index={c.index}
                  data-header={c.header}
                  data-field={c.field ?? ''}
                  data-how={c.how}
                >
                  <th scope="row">{header}</th>
                  <td>{examples.get(c.index) ?? ''}</td>
                  <td>
                    <select
                      aria-label={t('sheet_read_as_label', { column: header })}
                      value={c.field ?? IGNORE}
                      data-testid="cc-sheet-column-select"
                      onChange={(e) =>
                        setColumn(c.index, e.target.value === IGNORE ? null : (e.target.value as SheetField))
                      }
                    >
                      <option value={IGNORE}>{t('sheet_ignore_column')}</option>
                      {SHEET_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(FIELD_LABEL[f])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {c.sameAs
                      ? t('sheet_how_same_as', { field: t(FIELD_LABEL[c.sameAs]) })
                      : t(HOW_LABEL[c.how])}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {reading.missing.map((f) => (
        <p key={f} className="cc-alert" role="alert" data-testid="cc-sheet-missing" data-field={f}>
          {t(MISSING_LABEL[f] ?? 'sheet_missing_name')}
        </p>
      ))}

      {reading.dates.columns
        .filter((d) => d.proven && d.proof)
        .map((d) => (
          <p key={d.index} className="cc-note" data-testid="cc-sheet-date-proof">
            {t('sheet_dates_proven', {
              column: d.header,
              order: t(d.proven === 'dmy' ? 'sheet_order_dmy' : 'sheet_order_mdy'),
              row: d.proof?.row ?? 0,
              value: d.proof?.value ?? '',
            })}
          </p>
        ))}
      {reading.dates.needOrder || reading.dates.orderFrom === 'chosen' ? (
        <fieldset className="cc-sheet-dates" data-testid="cc-sheet-dates">
          <legend>
            {t('sheet_dates_legend', {
              value: reading.dates.example?.value ?? '',
              column: reading.dates.example?.header ?? '',
              row: reading.dates.example?.row ?? 0,
            })}
          </legend>
          {(['dmy', 'mdy'] as const).map((order) => (
            <label key={order} className="cc-check">
              <input
                type="radio"
                name={`${id}-order`}
                value={order}
                checked={choices.dateOrder === order}
                data-testid={`cc-sheet-order-${order}`}
                onChange={() => setOrder(order)}
              />
              {t(order === 'dmy' ? 'sheet_dates_dmy' : 'sheet_dates_mdy', {
                example: longDate(readNumeric(reading.dates.example?.value ?? '', order, now)),
              })}
            </label>
          ))}
        </fieldset>
      ) : reading.dates.orderFrom === 'file' && reading.dates.order ? (
        <p className="cc-note">
          {t('sheet_dates_from_file', {
            order: t(reading.dates.order === 'dmy' ? 'sheet_order_dmy' : 'sheet_order_mdy'),
          })}
        </p>
      ) : null}

      {shownValues.length ? (
        <div className="cc-table-scroll">
          <table className="cc-sheet-table" data-testid="cc-sheet-values">
            <caption>{t('sheet_values_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sheet_val_kind')}</th>
                <th scope="col">{t('sheet_val_value')}</th>
                <th scope="col">{t('sheet_val_rows')}</th>
                <th scope="col">{t('sheet_val_means')}</th>
              </tr>
            </thead>
            <tbody>
              {shownValues.map((v) => (
                <tr
                  key={`${v.kind}|${v.key}`}
                  data-testid="cc-sheet-value"
                  data-kind={v.kind}
                  data-key={v.key}
                  data-value={v.value ?? ''}
                  data-known={v.value !== undefined}
                >
                  <td>{t(KIND_LABEL[v.kind])}</td>
                  <th scope="row">{v.raw}</th>
                  <td>{formatNumber(v.count)}</td>
                  <td>
                    <select
                      aria-label={t('sheet_val_means_label', { value: v.raw, kind: t(KIND_LABEL[v.kind]) })}
                      value={v.value === undefined ? UNKNOWN : v.value === '' ? EMPTY : v.value}
                      data-testid="cc-sheet-value-select"
                      aria-invalid={v.value === undefined}
                      onChange={(e) =>
                        setValue(v.kind, v.key, e.target.value === EMPTY ? '' : e.target.value)
                      }
                    >
                      {v.value === undefined ? (
                        <option value={UNKNOWN} disabled>
                          {t('sheet_val_unknown')}
                        </option>
                      ) : null}
                      {(CANONICAL[v.kind] as readonly string[]).map((c) => (
                        <option key={c} value={c}>
                          {t(VALUE_LABEL[c] as PlainKey)}
                        </option>
                      ))}
                      <option value={EMPTY}>{t('sheet_val_empty')}</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {values.length > shownValues.length ? (
            <p className="cc-note">{t('sheet_values_more', { count: values.length - shownValues.length })}</p>
          ) : null}
        </div>
      ) : null}

      {reading.issues.length ? (
        <div className="cc-sheet-issues" data-testid="cc-sheet-issues">
          <h4>{tp('sheet_issues_title', issueRows, { count: issueRows })}</h4>
          {groups.map((list) => {
            const first = list[0] as RowIssue;
            const common = first.options.filter((o) => list.every((i) => i.options.includes(o)));
            const field = t(FIELD_LABEL[first.field]);
            return (
              <div
                key={`${first.problem}|${first.field}`}
                className="cc-sheet-group"
                data-testid="cc-sheet-group"
              >
                <p>
                  <strong>
                    {tp('sheet_issue_group', list.length, {
                      field,
                      problem: t(PROBLEM_LABEL[first.problem]),
                      count: list.length,
                    })}
                  </strong>
                </p>
                {list.length > 1 ? (
                  <label className="cc-field">
                    {t('sheet_issue_all_label', { count: list.length })}
                    <select
                      value=""
                      data-testid="cc-sheet-group-select"
                      onChange={(e) => e.target.value && setRows(list, e.target.value)}
                    >
                      <option value="">{t('sheet_issue_choose')}</option>
                      {common.map((o) => (
                        <option key={o} value={o}>
                          {optionLabel(o, first)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <ul className="cc-sheet-rows">
                  {list.slice(0, ROWS_SHOWN).map((i) => (
                    <li
                      key={`${i.row}|${i.field}`}
                      data-testid="cc-sheet-issue"
                      data-row={i.row}
                      data-field={i.field}
                      data-problem={i.problem}
                      data-choice={i.choice ?? ''}
                    >
                      <label className="cc-field">
                        <span>
                          {t('sheet_issue_row_label', { row: i.row, field })}
                          {i.value ? `: “${clip(i.value)}”` : `: ${t('sheet_empty_cell')}`}
                        </span>
                        <select
                          value={i.choice ?? ''}
                          data-testid="cc-sheet-issue-select"
                          aria-invalid={i.choice === undefined}
                          onChange={(e) => setRows([i], e.target.value)}
                        >
                          <option value="" disabled>
                            {t('sheet_issue_choose')}
                          </option>
                          {i.options.map((o) => (
                            <option key={o} value={o}>
                              {optionLabel(o, i)}
                            </option>
                          ))}
                        </select>
                      </label>
                    </li>
                  ))}
                  {list.length > ROWS_SHOWN ? (
                    <li>{t('sheet_rows_more', { count: list.length - ROWS_SHOWN })}</li>
                  ) : null}
                </ul>
              </div>
            );
          })}
          {openIssues.length ? (
            <button
              type="button"
              className="cc-btn"
              data-testid="cc-sheet-skip-open"
              onClick={() => setRows(openIssues, 'skip')}
            >
              {t('sheet_skip_open')}
            </button>
          ) : null}
        </div>
      ) : null}

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
      <div className="cc-toolbar">
        <button
          type="button"
          className="cc-btn cc-btn-primary"
          disabled={busy || !reading.ready || toWrite === 0}
          aria-describedby={left.length ? `${id}-left` : undefined}
          data-testid="cc-import-confirm"
          onClick={() => onConfirm(reading.contacts, remember(memory, reading, choices))}
        >
          {t('import_confirm', { count: toWrite })}
        </button>
        <button type="button" className="cc-btn" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </section>
  );
}
