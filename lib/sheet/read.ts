/**
 * The tolerant sheet reader (pure): a table of cells (table.ts) → tracked contacts, with an account of
 * how it was read (the columns' fields, the values' meanings, the dates' day/month order) and every
 * cell it could not place, per row, with the choices that would place it. The dashboard shows all of
 * that and lets the user decide; the command line and parseCsv take it strictly (any open question is
 * an error naming row and field).
 *
 * Nothing here writes: the caller writes `contacts` in one batch once `ready` (all or nothing).
 */
import { mergeContacts } from '../tracker/mutations';
import { repairContact } from '../tracker/repair-contact';
import {
  type Channel,
  CONTACT_VERSION,
  deriveStatus,
  type Status,
  type TrackedContact,
} from '../tracker/schema';
import { normaliseProfileUrl } from '../tracker/url';
import { unescapeCell } from './cells';
import { classifyDate, type DateCell, type DateOrder, readNumeric } from './dates';
import {
  CANONICAL,
  DATE_FIELDS,
  type DateField,
  isDateField,
  kindOf,
  type SheetField,
  type ValueKind,
} from './fields';
import {
  type ColumnMapping,
  EMPTY_MEMORY,
  headerScore,
  mapColumns,
  missingFields,
  type SheetMemory,
} from './mapping';
import { textKey } from './normalise';
import type { SheetTable } from './table';
import { lookupValue } from './values';

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

export type IssueProblem =
  | 'unknown-value'
  | 'bad-date'
  | 'order-conflict'
  | 'bad-url'
  | 'no-name'
  | 'status-vs-dates'
  | 'needs-sent-date'
  | 'extra-cells'
  | 'invalid';

/**
 * Option ids: a canonical value (the cell means that), 'empty' (leave it empty), 'skip' (leave the row
 * out), 'dates' (ignore the status, follow the dates), 'no-request' (import the person without a
 * request), 'name-from-url' (name them from their profile URL), 'as-is' (read the row as it is).
 */
export interface RowIssue {
  row: number;
  field: SheetField | 'row';
  value: string;
  problem: IssueProblem;
  /** English, naming what is wrong (the command line prints it after "row N, field: "). */
  message: string;
  options: string[];
  /** The option the user took, when one is taken. */
  choice?: string;
  /** status-vs-dates: what the dates say; order-conflict: the order of the column; no-name: the name from the URL. */
  detail?: string;
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

export interface DateColumn {
  index: number;
  header: string;
  /** The order the column's own values prove, if they do. */
  proven: DateOrder | null;
  /** A value that proves it ("25/03/2026", row 4). */
  proof?: { row: number; value: string };
  /** Has day/month values that only an order can read. */
  ambiguous: boolean;
}

export interface SheetReading {
  headerRow: number;
  columns: ColumnMapping[];
  /** Headers no field was read from (not counting blank headers of empty columns). */
  ignored: string[];
  missing: SheetField[];
  dates: {
    columns: DateColumn[];
    /** The order used where a column cannot tell; null when none is needed or known yet. */
    order: DateOrder | null;
    orderFrom: 'file' | 'chosen' | null;
    /** The file cannot tell and nobody said: ask. */
    needOrder: boolean;
    /** An ambiguous value, for the question ("03/04/2026" in row 2). */
    example?: { row: number; value: string; header: string };
  };
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

/** What a date column's cells say for one row. */
interface Step {
  date?: string;
  yes?: boolean;
  no?: boolean;
  /** A cell of this step is in question (its own issue says so). */
  unread?: boolean;
}

const STATUS_WORDS: Record<string, string> = {
  pending: 'pending',
  accepted: 'accepted',
  replied: 'replied',
  withdrawn: 'withdrawn',
  ignored: 'ignored',
  'no-response': 'no response',
};

function oneOf(kind: ValueKind): string {
  return CANONICAL[kind].map((c) => (kind === 'status' ? (STATUS_WORDS[c] ?? c) : c)).join(', ');
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

/** Name from a profile URL's slug: "ana-silva-4b2a1" → "Ana Silva". */
export function nameFromUrl(id: string): string {
  const slug = decodeURIComponent(id.replace(/^.*\/in\//, '')).replace(/-[0-9a-f]{5,}$/i, '');
  return slug
    .split(/[-_]+/)
    .filter((w) => w && !/^\d+$/.test(w))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
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
  const columnValues = (i: number) => rows.map((r) => cell(r, i));

  const cols = mapColumns(headerCells, columnValues, memory, choices.columns);
  reading.columns = cols;
  reading.ignored = cols
    .filter((c) => !c.field && (c.header !== '' || columnValues(c.index).some((v) => v.trim())))
    .map((c) => c.header);
  reading.missing = missingFields(cols);

  // ---- dates: classify every cell of the date columns, decide each column's day/month order.
  const dateCache = new Map<string, DateCell>();
  const classify = (raw: string): DateCell => {
    let c = dateCache.get(raw);
    if (!c) {
      c = classifyDate(raw, options.now);
      dateCache.set(raw, c);
    }
    return c;
  };
  const dateCols = cols.filter((c) => c.field && isDateField(c.field));
  const orderOf = new Map<number, DateOrder | null>();
  let example: SheetReading['dates']['example'];
  for (const c of dateCols) {
    let dmy: { row: number; value: string } | undefined;
    let mdy: { row: number; value: string } | undefined;
    let nDmy = 0;
    let nMdy = 0;
    let ambiguous = false;
    for (const r of rows) {
      const raw = cell(r, c.index).trim();
      const k = raw ? classify(raw) : null;
      if (k?.kind !== 'numeric') continue;
      if (k.proves === 'dmy') {
        nDmy++;
        dmy ??= { row: r.row, value: raw };
      } else if (k.proves === 'mdy') {
        nMdy++;
        mdy ??= { row: r.row, value: raw };
      } else {
        ambiguous = true;
        example ??= { row: r.row, value: raw, header: c.header };
      }
    }
    const proven: DateOrder | null = nDmy || nMdy ? (nDmy >= nMdy ? 'dmy' : 'mdy') : null;
    orderOf.set(c.index, proven);
    reading.dates.columns.push({
      index: c.index,
      header: c.header,
      proven,
      ...(proven ? { proof: proven === 'dmy' ? dmy : mdy } : {}),
      ambiguous,
    });
  }
  const proven = new Set(reading.dates.columns.map((d) => d.proven).filter((o): o is DateOrder => !!o));
  const undecided = reading.dates.columns.filter((d) => !d.proven && d.ambiguous);
  if (undecided.length) {
    if (proven.size === 1) {
      reading.dates.order = [...proven][0] as DateOrder;
      reading.dates.orderFrom = 'file';
    } else if (choices.dateOrder) {
      reading.dates.order = choices.dateOrder;
      reading.dates.orderFrom = 'chosen';
    } else {
      reading.dates.needOrder = true;
      reading.dates.example = example;
    }
    for (const d of undecided) orderOf.set(d.index, reading.dates.order);
  }

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
    const rowChoices = choices.rows?.[r.row] ?? {};
    const issues: RowIssue[] = [];
    let open = false;
    /** Records an issue; returns the option taken, or undefined while it is open. */
    const issue = (i: Omit<RowIssue, 'row' | 'choice'>): string | undefined => {
      const choice = rowChoices[i.field];
      const taken = choice !== undefined && i.options.includes(choice) ? choice : undefined;
      issues.push({ ...i, row: r.row, ...(taken ? { choice: taken } : {}) });
      if (!taken) open = true;
      return taken;
    };
    const text = (f: SheetField): string => {
      const c = byField.get(f)?.[0];
      if (!c) return '';
      const raw = cell(r, c.index);
      if (f !== 'note') return unescapeCell(raw.trim()).trim();
      // A note keeps its inner spacing and line breaks; a blank one is no note.
      const note = unescapeCell(raw);
      return note.trim() ? note : '';
    };

    if (r.cells.slice(width).some((x) => x.trim()) && width > 0) {
      const delimiter = JSON.stringify(table.delimiter || ',');
      issue({
        field: 'row',
        value: '',
        problem: 'extra-cells',
        message: `has ${r.cells.length} cells where the header has ${width}: a cell may hold an unquoted ${delimiter}`,
        options: ['as-is', 'skip'],
      });
    }

    /** A value through its alias table; an unknown one is an issue. */
    const enumValue = (f: 'channel' | 'status' | 'last_message_by'): string => {
      const raw = text(f);
      if (!raw) return '';
      const v = lookupValue(f, raw, memory, choices.values);
      if (v !== undefined) return v;
      const taken = issue({
        field: f,
        value: raw,
        problem: 'unknown-value',
        message: `${JSON.stringify(raw)} is not one of ${oneOf(f)}`,
        options: [...CANONICAL[f], 'empty', 'skip'],
      });
      return taken && taken !== 'empty' && taken !== 'skip' ? taken : '';
    };

    /** A step's date and yes/no, from every column that holds it. */
    const step = (f: DateField): Step => {
      const s: Step = {};
      for (const c of byField.get(f) ?? []) {
        const raw = cell(r, c.index).trim();
        if (!raw) continue;
        const k = classify(raw);
        if (k.kind === 'date') {
          s.date ??= k.iso;
          continue;
        }
        if (k.kind === 'numeric') {
          const order = orderOf.get(c.index) ?? null;
          if (!order) continue; // the file-wide question covers it
          const iso = readNumeric(raw, order, options.now);
          if (iso) {
            s.date ??= iso;
            continue;
          }
          s.unread = !issue({
            field: f,
            value: raw,
            problem: 'order-conflict',
            message: `${JSON.stringify(raw)} cannot be ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}, and the other dates in ${JSON.stringify(c.header)} are`,
            options: ['empty', 'skip'],
            detail: order,
          });
          continue;
        }
        if (k.kind === 'none' && !/\d/.test(raw)) {
          const v = lookupValue('flag', raw, memory, choices.values);
          if (v === 'yes') s.yes = true;
          else if (v === 'no') s.no = true;
          else if (v === undefined) {
            const taken = issue({
              field: f,
              value: raw,
              problem: 'unknown-value',
              message: `${JSON.stringify(raw)} is not a date, nor a yes or no`,
              options: ['yes', 'no', 'empty', 'skip'],
            });
            if (taken === 'yes') s.yes = true;
            else if (taken === 'no') s.no = true;
            else if (!taken) s.unread = true;
          }
          continue;
        }
        s.unread = !issue({
          field: f,
          value: raw,
          problem: 'bad-date',
          message: `${JSON.stringify(raw)} is not a date we can read`,
          options: ['empty', 'skip'],
        });
      }
      // "Sent: no" beside a date: planned, not sent. A no wins over a date for the same step.
      if (s.no) return { no: true, ...(s.unread ? { unread: true } : {}) };
      return s;
    };

    // Name and profile URL
    const url = text('profile_url');
    const id = url ? normaliseProfileUrl(url) : null;
    if (!id)
      issue({
        field: 'profile_url',
        value: url,
        problem: 'bad-url',
        message: url ? `${JSON.stringify(url)} is not a LinkedIn profile URL` : 'is empty',
        options: ['skip'],
      });
    let name = text('name') || [text('first_name'), text('last_name')].filter(Boolean).join(' ');
    if (!name) {
      const fromUrl = id ? nameFromUrl(id) : '';
      const taken = issue({
        field: byField.has('name') || !byField.has('first_name') ? 'name' : 'first_name',
        value: '',
        problem: 'no-name',
        message: 'is empty',
        options: fromUrl ? ['name-from-url', 'skip'] : ['skip'],
        ...(fromUrl ? { detail: fromUrl } : {}),
      });
      if (taken === 'name-from-url') name = fromUrl;
    }

    const channel = enumValue('channel');
    const stated = enumValue('status');
    const lastBy = enumValue('last_message_by');
    const sent = step('sent_at');
    const accepted = step('accepted_at');
    const first = step('first_message_at');
    const replied = step('replied_at');
    const withdrawn = step('withdrawn_at');
    const note = text('note');

    // The request needs its sent date.
    let noRequest = false;
    const wantsRequest =
      stated === 'pending' ||
      stated === 'withdrawn' ||
      !!withdrawn.date ||
      !!withdrawn.yes ||
      !!note ||
      !!sent.yes;
    if (!sent.date && !sent.unread && wantsRequest) {
      const why = withdrawn.date
        ? 'withdrawn_at is given'
        : note
          ? 'a note is given'
          : stated === 'pending' || stated === 'withdrawn'
            ? `status is ${stated}`
            : withdrawn.yes
              ? 'the request is marked withdrawn'
              : 'the request is marked sent';
      const taken = issue({
        field: 'sent_at',
        value: '',
        problem: 'needs-sent-date',
        message: `is needed when ${why}`,
        options: ['no-request', 'skip'],
      });
      noRequest = taken === 'no-request';
    }

    // What the row's dates and ticks say, and the status cell checked against them.
    const hasRequest = !!sent.date && !sent.no && !noRequest;
    const acceptedKnown = !!accepted.date || !!accepted.yes;
    const repliedKnown = !!replied.date || !!replied.yes;
    const withdrawnKnown = hasRequest && (!!withdrawn.date || !!withdrawn.yes);
    let status = stated;
    const contradicts =
      (stated === 'pending' && (acceptedKnown || repliedKnown || withdrawnKnown)) ||
      (stated === 'accepted' && (!!replied.date || withdrawnKnown)) ||
      (stated === 'replied' && withdrawnKnown && !acceptedKnown) ||
      (stated === 'withdrawn' && (acceptedKnown || repliedKnown)) ||
      (stated === 'no-response' && repliedKnown) ||
      (accepted.no && (stated === 'accepted' || stated === 'replied' || repliedKnown)) ||
      (replied.no && stated === 'replied');
    if (contradicts) {
      const says = repliedKnown
        ? 'replied'
        : acceptedKnown
          ? 'accepted'
          : withdrawnKnown
            ? 'withdrawn'
            : hasRequest
              ? 'pending'
              : 'no request';
      const taken = issue({
        field: 'status',
        value: text('status'),
        problem: 'status-vs-dates',
        message: `${JSON.stringify(text('status'))} does not match the dates given (they say ${says})`,
        options: ['dates', 'skip'],
        detail: says,
      });
      if (taken === 'dates') status = '';
    }

    // A row the user leaves out needs no other answer.
    if (issues.some((i) => i.choice === 'skip')) {
      for (const i of issues) i.choice ??= 'skip';
      reading.issues.push(...issues);
      reading.skipped.push(r.row);
      continue;
    }
    reading.issues.push(...issues);
    if (open || !id) continue;

    const c: TrackedContact = {
      v: CONTACT_VERSION,
      id,
      name,
      profileUrl: url,
      degree: null,
      messages: first.date ? [{ sentAt: first.date, kind: 'first' }] : [],
      status: 'none',
      signals: {},
      createdAt: (hasRequest && sent.date) || at,
      updatedAt: at,
    };
    const audience = text('audience');
    const version = text('version');
    if (audience) c.audience = audience;
    if (version) c.version = version;
    if (channel) c.channel = channel as Channel;
    if (hasRequest)
      c.request = {
        sentAt: sent.date as string,
        note: note.trim() ? note : null,
        ...(withdrawn.date ? { withdrawnAt: withdrawn.date } : {}),
      };
    if (accepted.date) c.acceptedAt = accepted.date;
    if (replied.date) c.repliedAt = replied.date;
    if (lastBy === 'me' || lastBy === 'them') c.lastMessageBy = lastBy;
    if (acceptedKnown || repliedKnown || status === 'accepted' || status === 'replied') c.degree = 1;
    // Facts without their date ("Replied: yes", "Status: withdrawn") are kept as the status.
    let sticky: Status | undefined;
    if (status === 'ignored') sticky = 'ignored';
    else if (status === 'replied' || (replied.yes && !replied.date)) sticky = 'replied';
    else if (hasRequest && (status === 'withdrawn' || (withdrawn.yes && !withdrawn.date)))
      sticky = 'withdrawn';
    c.status = deriveStatus({ ...c, status: sticky });
    built.push({ row: r.row, contact: c });
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

export { DATE_FIELDS };
