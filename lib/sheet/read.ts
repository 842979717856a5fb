/**
 * The tolerant sheet reader (pure): a table of cells (table.ts) → tracked contacts, with an account of
 * how it was read (each column's field, each value's meaning, the dates' day/month order) and every
 * cell it could not place, per row, with the choices that would place it (row.ts). The dashboard
 * shows all of that and lets the user decide; the command line and parseCsv take it strictly (any
 * open question is an error naming row and field).
 *
 * Nothing here writes: the caller writes `contacts` in one batch once `ready` (all or nothing).
 */
import { mergeContacts } from '../tracker/mutations';
import { repairContact } from '../tracker/repair-contact';
import type { TrackedContact } from '../tracker/schema';
import { type DateOrders, decideDateOrders } from './date-order';
import { type DateOrder, dateReader } from './dates';
import { isDateField, kindOf, type SheetField, type ValueKind } from './fields';
import {
  type ColumnMapping,
  EMPTY_MEMORY,
  headerScore,
  mapColumns,
  missingFields,
  type SheetMemory,
} from './mapping';
import { textKey } from './normalise';
import { type RowIssue, readRow } from './row';
import type { SheetTable } from './table';
import { lookupValue } from './values';

export type { DateColumn } from './date-order';
export type { IssueProblem, RowIssue } from './row';

export interface SheetChoices {
  /** By column index: the field it holds, or null to ignore it. */
  columns?: Record<number, SheetField | null>;
  /** By value kind and value key (textKey): the canonical value, or '' to leave such cells empty. */
  values?: Partial<Record<ValueKind, Record<string, string>>>;
  /** Asked when the file's numeric dates could be read either way. */
  dateOrder?: DateOrder;
  /** By spreadsheet row, then by the issue's field: the option taken (see RowIssue.options). */
  rows?: Record<number, Record<string, string>>;
}

export interface ReadOptions {
  now: Date;
  memory?: SheetMemory;
  choices?: SheetChoices;
}

export interface ValueUse {
  kind: ValueKind;
  key: string;
  /** The first spelling seen. */
  raw: string;
  count: number;
  /** Canonical value, '' for "leave empty", undefined when unknown. */
  value: string | undefined;
  how: 'table' | 'remembered' | 'chosen' | 'none';
}

export interface SheetReading {
  headerRow: number;
  columns: ColumnMapping[];
  /** Headers no field was read from (not counting blank headers of empty columns). */
  ignored: string[];
  missing: SheetField[];
  dates: DateOrders;
  values: ValueUse[];
  issues: RowIssue[];
  contacts: TrackedContact[];
  /** Data rows, skipped rows, and rows merged into an earlier row for the same profile URL. */
  dataRows: number;
  skipped: number[];
  merged: { row: number; into: number }[];
  fileErrors: { row: number; field: string; message: string }[];
  /** Nothing left to decide: `contacts` is what an import writes. */
  ready: boolean;
}

const HEADER_SCAN = 20;

/** The header row: the one among the first rows that names the most of our fields (a preamble is skipped). */
function findHeader(table: SheetTable): number {
  let best = 0;
  let bestScore = 0;
  table.rows.slice(0, HEADER_SCAN).forEach((r, i) => {
    const s = headerScore(r.cells);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

export function readSheet(table: SheetTable, options: ReadOptions): SheetReading {
  const memory = options.memory ?? EMPTY_MEMORY;
  const choices = options.choices ?? {};
  const reading: SheetReading = {
    headerRow: 1,
    columns: [],
    ignored: [],
    missing: [],
    dates: { columns: [], order: null, orderFrom: null, needOrder: false },
    values: [],
    issues: [],
    contacts: [],
    dataRows: 0,
    skipped: [],
    merged: [],
    fileErrors: [],
    ready: false,
  };
  if (table.errors.length) {
    reading.fileErrors = table.errors.map((e) => ({ row: e.row, field: 'file', message: e.message }));
    return reading;
  }
  if (!table.rows.length) {
    reading.fileErrors = [{ row: 1, field: 'header', message: 'the file is empty' }];
    return reading;
  }
  const h = findHeader(table);
  const headerCells = (table.rows[h] as SheetTable['rows'][number]).cells.map((c) => c.trim());
  reading.headerRow = (table.rows[h] as SheetTable['rows'][number]).row;
  const rows = table.rows.slice(h + 1);
  reading.dataRows = rows.length;
  const width = headerCells.length;
  const cell = (r: (typeof rows)[number], i: number) => r.cells[i] ?? '';
  const columnCache = new Map<number, string[]>();
  const columnValues = (i: number) => {
    let v = columnCache.get(i);
    if (!v) {
      v = rows.map((r) => cell(r, i));
      columnCache.set(i, v);
    }
    return v;
  };

  const cols = mapColumns(headerCells, columnValues, memory, choices.columns);
  reading.columns = cols;
  reading.ignored = cols
    .filter((c) => !c.field && (c.header !== '' || columnValues(c.index).some((v) => v.trim())))
    .map((c) => c.header);
  reading.missing = missingFields(cols);

  // ---- dates: every date cell classified once; each column's day/month order decided.
  const dates = dateReader(options.now);
  const classify = dates.classify;
  const cellAt = new Map(rows.map((r) => [r.row, r.cells]));
  const { orderOf, ...orders } = decideDateOrders(
    cols.filter((c) => c.field && isDateField(c.field)),
    rows,
    (row, i) => cellAt.get(row)?.[i] ?? '',
    classify,
    choices.dateOrder,
  );
  reading.dates = orders;

  // ---- values of the enumerated columns (and the words in date columns), counted once per kind.
  const uses = new Map<string, ValueUse>();
  const noteValue = (kind: ValueKind, raw: string) => {
    const key = textKey(raw);
    if (!key) return;
    const id = `${kind}|${key}`;
    const use = uses.get(id);
    if (use) {
      use.count++;
      return;
    }
    const chosen = choices.values?.[kind]?.[key];
    const remembered = memory.values[kind]?.[key];
    const value = lookupValue(kind, raw, memory, choices.values);
    uses.set(id, {
      kind,
      key,
      raw: raw.trim(),
      count: 1,
      value,
      how:
        chosen !== undefined
          ? 'chosen'
          : remembered !== undefined
            ? 'remembered'
            : value !== undefined
              ? 'table'
              : 'none',
    });
  };
  for (const c of cols) {
    const kind = c.field ? kindOf(c.field) : null;
    if (!kind) continue;
    for (const r of rows) {
      const raw = cell(r, c.index).trim();
      if (!raw) continue;
      if (kind === 'flag') {
        const k = classify(raw);
        // Words only: a value with digits that is not a date is a broken date, not a yes/no.
        if (k.kind !== 'none' || /\d/.test(raw)) continue;
      }
      noteValue(kind, raw);
    }
  }
  reading.values = [...uses.values()];

  // ---- rows (only once the sheet has the columns every person needs)
  if (reading.missing.length) return reading;
  const at = options.now.toISOString();
  const byField = new Map<SheetField, ColumnMapping[]>();
  for (const c of cols) if (c.field) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const built: { row: number; contact: TrackedContact }[] = [];
  for (const r of rows) {
    const result = readRow(
      r.row,
      r.cells,
      {
        cell: (i) => cell(r, i),
        byField,
        classify,
        readNumeric: dates.readNumeric,
        orderOf,
        memory,
        values: choices.values,
        now: options.now,
        width,
        delimiter: table.delimiter,
      },
      choices.rows?.[r.row] ?? {},
    );
    reading.issues.push(...result.issues);
    if (result.skipped) reading.skipped.push(r.row);
    if (result.contact) built.push({ row: r.row, contact: result.contact });
  }

  // ---- the same person on several rows: one contact, later rows adding to earlier ones.
  const byId = new Map<string, { row: number; contact: TrackedContact }>();
  for (const b of built) {
    const prev = byId.get(b.contact.id);
    if (!prev) {
      byId.set(b.contact.id, { ...b });
      continue;
    }
    prev.contact = { ...mergeContacts(prev.contact, b.contact).merged, updatedAt: at };
    reading.merged.push({ row: b.row, into: prev.row });
  }
  // Last line of defence: every record passes the schema as it is.
  for (const { row, contact } of byId.values()) {
    const check = repairContact(contact);
    if (check.ok && !check.repaired.length) {
      reading.contacts.push(check.contact);
      continue;
    }
    reading.issues.push({
      row,
      field: 'row',
      value: '',
      problem: 'invalid',
      message: check.ok ? `invalid ${check.repaired.join(', ')}` : check.reason,
      options: ['skip'],
    });
  }

  reading.ready =
    !reading.fileErrors.length &&
    !reading.missing.length &&
    !reading.dates.needOrder &&
    reading.issues.every((i) => i.choice !== undefined);
  return reading;
}

/** The open questions of a reading as row-and-field errors (for strict readers: CLI, parseCsv). */
export function readingErrors(reading: SheetReading): { row: number; field: string; message: string }[] {
  if (reading.fileErrors.length) return reading.fileErrors;
  const errors: { row: number; field: string; message: string }[] = [];
  if (reading.missing.length)
    errors.push({
      row: reading.headerRow,
      field: 'header',
      message: `no column for ${reading.missing.map(describeField).join(' or ')}; columns found: ${reading.columns.map((c) => JSON.stringify(c.header)).join(', ')}`,
    });
  if (reading.dates.needOrder && reading.dates.example) {
    const e = reading.dates.example;
    errors.push({
      row: e.row,
      field: 'dates',
      message: `dates such as ${JSON.stringify(e.value)} (column ${JSON.stringify(e.header)}) could be day/month or month/day, and no date in the file tells`,
    });
  }
  for (const i of reading.issues)
    if (i.choice === undefined) errors.push({ row: i.row, field: i.field, message: i.message });
  return errors;
}

export function describeField(f: SheetField): string {
  return f === 'profile_url'
    ? 'the LinkedIn profile URL (profile_url)'
    : f === 'name'
      ? 'the name (name, or first and last name)'
      : f;
}
