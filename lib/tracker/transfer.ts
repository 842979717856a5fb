/**
 * Import and export (pure). JSON is full fidelity and round-trips exactly; CSV is the tracking-sheet
 * form (one row per contact, the header below); both imports are all or nothing: the first problems
 * are named by row and field and no records are returned. planImport previews a merge by profile URL.
 */
import Papa from 'papaparse';
import { isIsoDate } from '../sequencing/dates.ts';
import { type MergeConflict, mergeContacts } from './mutations';
import { repairContact } from './repair-contact';
import {
  CHANNELS,
  type Channel,
  CONTACT_VERSION,
  deriveStatus,
  type TrackedContact,
  TrackedContactSchema,
} from './schema';
import { normaliseProfileUrl } from './url';
import { canonical, sameRecord } from './writer-pure';

export interface ImportError {
  /** Spreadsheet row (the header is row 1), or the 1-based record number in a JSON file. */
  row: number;
  field: string;
  message: string;
}

export type ImportOutcome =
  | { ok: true; contacts: TrackedContact[] }
  | { ok: false; errors: ImportError[]; message: string };

const MAX_ERRORS = 10;

function fail(errors: ImportError[], unit: 'row' | 'record' = 'row'): ImportOutcome {
  const shown = errors.slice(0, MAX_ERRORS);
  const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : '';
  return {
    ok: false,
    errors,
    message:
      shown
        .map((e) => (e.row ? `${unit} ${e.row}, ${e.field}: ${e.message}` : `${e.field}: ${e.message}`))
        .join('; ') + more,
  };
}

// ---------------------------------------------------------------- JSON

export const JSON_FORMAT = 'connect-coach/tracker';
export const JSON_VERSION = 1;

export interface JsonExport {
  format: typeof JSON_FORMAT;
  version: number;
  exportedAt: string;
  contacts: TrackedContact[];
}

/** Every field of every contact, in a stable order (by id). */
export function toJsonExport(contacts: readonly TrackedContact[], now: Date): string {
  const sorted = [...contacts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const doc: JsonExport = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: now.toISOString(),
    // Through the schema: fields in one order, so the same data always gives the same text.
    contacts: JSON.parse(JSON.stringify(sorted.map((c) => TrackedContactSchema.parse(c)))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Reads a JSON export (records of any known schema version are migrated). All or nothing. */
export function parseJsonExport(text: string): ImportOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail([{ row: 0, field: 'file', message: `not valid JSON (${(err as Error).message})` }]);
  }
  const list = Array.isArray(doc) ? doc : (doc as Partial<JsonExport> | null)?.contacts;
  if (!Array.isArray(doc)) {
    const d = doc as Partial<JsonExport> | null;
    if (d === null || typeof d !== 'object' || d.format !== JSON_FORMAT)
      return fail([
        { row: 0, field: 'format', message: `expected a Connect Coach tracker export ("${JSON_FORMAT}")` },
      ]);
    if (typeof d.version !== 'number' || d.version > JSON_VERSION)
      return fail([
        {
          row: 0,
          field: 'version',
          message: `export version ${String(d.version)} is newer than this Connect Coach reads (${JSON_VERSION})`,
        },
      ]);
  }
  if (!Array.isArray(list))
    return fail([{ row: 0, field: 'contacts', message: 'expected a list of contacts' }]);
  const errors: ImportError[] = [];
  const contacts: TrackedContact[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, i) => {
    const r = repairContact(raw);
    if (!r.ok) {
      const [field, ...rest] = r.reason.split(': ');
      errors.push({
        row: i + 1,
        field: rest.length ? (field as string) : 'record',
        message: rest.length ? rest.join(': ') : r.reason,
      });
      return;
    }
    if (r.repaired.length) {
      errors.push({ row: i + 1, field: r.repaired.join(', '), message: 'invalid value' });
      return;
    }
    if (normaliseProfileUrl(r.contact.profileUrl) !== r.contact.id) {
      errors.push({ row: i + 1, field: 'id', message: 'does not match profileUrl' });
      return;
    }
    const dup = seen.get(r.contact.id);
    if (dup) errors.push({ row: i + 1, field: 'id', message: `duplicate of record ${dup}` });
    seen.set(r.contact.id, i + 1);
    contacts.push(r.contact);
  });
  return errors.length ? fail(errors, 'record') : { ok: true, contacts };
}

// ---------------------------------------------------------------- CSV

export const CSV_HEADER = [
  'name',
  'profile_url',
  'audience',
  'version',
  'channel',
  'sent_at',
  'note',
  'status',
  'accepted_at',
  'first_message_at',
  'replied_at',
  'withdrawn_at',
] as const;
type CsvField = (typeof CSV_HEADER)[number];

export const CSV_STATUSES = ['pending', 'accepted', 'replied', 'withdrawn', 'ignored'] as const;

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell for spreadsheets: a leading apostrophe makes it text. */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes escapeCell: an apostrophe we added before a formula character is dropped. */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function rowOf(c: TrackedContact): Record<CsvField, string> {
  return {
    name: c.name,
    profile_url: c.profileUrl,
    audience: c.audience ?? '',
    version: c.version ?? '',
    channel: c.channel ?? '',
    sent_at: c.request?.sentAt ?? '',
    note: c.request?.note ?? '',
    status: c.status === 'none' ? '' : c.status,
    accepted_at: c.acceptedAt ?? '',
    first_message_at: c.messages[0]?.sentAt ?? '',
    replied_at: c.repliedAt ?? '',
    withdrawn_at: c.request?.withdrawnAt ?? '',
  };
}

/** The tracking sheet: header row, one row per contact, CRLF line ends, formula cells neutralised. */
export function toCsv(contacts: readonly TrackedContact[]): string {
  const data = contacts.map((c) => {
    const r = rowOf(c);
    return CSV_HEADER.map((f) => escapeCell(r[f]));
  });
  return `${Papa.unparse({ fields: [...CSV_HEADER], data }, { newline: '\r\n', quotes: false })}\r\n`;
}

/**
 * Reads the tracking sheet. Columns may come in any order but must be exactly the header's; empty
 * rows are skipped; cells are trimmed (notes keep their inner text). `now` stamps createdAt/updatedAt.
 */
export function parseCsv(text: string, now: Date): ImportOutcome {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const errors: ImportError[] = [];
  for (const e of parsed.errors)
    errors.push({ row: (e.row ?? 0) + 1, field: 'file', message: `${e.message}` });
  if (errors.length) return fail(errors);
  const [head, ...rows] = parsed.data;
  if (!head)
    return fail([
      { row: 1, field: 'header', message: `the file is empty; expected the header ${CSV_HEADER.join(',')}` },
    ]);
  const names = head.map((h) => h.trim().toLowerCase());
  const missing = CSV_HEADER.filter((h) => !names.includes(h));
  const unknown = names.filter((n) => !(CSV_HEADER as readonly string[]).includes(n));
  if (missing.length || unknown.length)
    return fail([
      {
        row: 1,
        field: 'header',
        message: [
          missing.length ? `missing ${missing.join(', ')}` : '',
          unknown.length ? `unknown ${unknown.map((u) => JSON.stringify(u)).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      },
    ]);
  const at = now.toISOString();
  const contacts: TrackedContact[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const get = (f: CsvField) => {
      const raw = cells[names.indexOf(f)] ?? '';
      const v = unescapeCell(f === 'note' ? raw : raw.trim());
      return f === 'note' ? v : v.trim();
    };
    const err = (field: CsvField, message: string) => errors.push({ row, field, message });
    const before = errors.length;
    const name = get('name');
    if (!name) err('name', 'is empty');
    const url = get('profile_url');
    const id = normaliseProfileUrl(url);
    if (!id) err('profile_url', `${JSON.stringify(url)} is not a LinkedIn profile URL`);
    const date = (f: CsvField): string | undefined => {
      const v = get(f);
      if (!v) return undefined;
      if (!isIsoDate(v)) err(f, `${JSON.stringify(v)} is not an ISO date`);
      return v;
    };
    const sentAt = date('sent_at');
    const acceptedAt = date('accepted_at');
    const firstAt = date('first_message_at');
    const repliedAt = date('replied_at');
    const withdrawnAt = date('withdrawn_at');
    const channel = get('channel');
    if (channel && !(CHANNELS as readonly string[]).includes(channel))
      err('channel', `${JSON.stringify(channel)} is not one of ${CHANNELS.join(', ')}`);
    const status = get('status').toLowerCase();
    if (status && !(CSV_STATUSES as readonly string[]).includes(status))
      err('status', `${JSON.stringify(status)} is not one of ${CSV_STATUSES.join(', ')}`);
    const note = get('note');
    if (!sentAt && (status === 'pending' || status === 'withdrawn' || withdrawnAt || note))
      err(
        'sent_at',
        `is needed when ${withdrawnAt ? 'withdrawn_at is given' : note ? 'a note is given' : `status is ${status}`}`,
      );
    if (status === 'withdrawn' && !withdrawnAt) err('withdrawn_at', 'is needed when status is withdrawn');
    if (status === 'accepted' && !acceptedAt) err('accepted_at', 'is needed when status is accepted');
    if (status === 'replied' && !repliedAt) err('replied_at', 'is needed when status is replied');
    if (id) {
      const dup = seen.get(id);
      if (dup) err('profile_url', `duplicate of row ${dup}`);
      else seen.set(id, row);
    }
    if (errors.length > before || !id) return;
    const c: TrackedContact = {
      v: CONTACT_VERSION,
      id,
      name,
      profileUrl: url,
      degree: acceptedAt || status === 'accepted' || status === 'replied' ? 1 : null,
      messages: firstAt ? [{ sentAt: firstAt, kind: 'first' }] : [],
      status: 'none',
      signals: {},
      createdAt: sentAt ?? at,
      updatedAt: at,
    };
    const audience = get('audience');
    const version = get('version');
    if (audience) c.audience = audience;
    if (version) c.version = version;
    if (channel) c.channel = channel as Channel;
    if (sentAt) c.request = { sentAt, note: note || null, ...(withdrawnAt ? { withdrawnAt } : {}) };
    if (acceptedAt) c.acceptedAt = acceptedAt;
    if (repliedAt) c.repliedAt = repliedAt;
    const derived = deriveStatus({ ...c, status: undefined });
    if (status && status !== 'ignored' && status !== derived) {
      err('status', `"${status}" does not match the dates given (they say ${derived})`);
      return;
    }
    c.status = status === 'ignored' ? 'ignored' : derived;
    contacts.push(c);
  });
  if (errors.length) return fail(errors);
  // Last line of defence: every record must pass the schema as it is.
  for (const [i, c] of contacts.entries()) {
    const r = repairContact(c);
    if (!r.ok || r.repaired.length)
      return fail([{ row: i + 2, field: 'record', message: r.ok ? r.repaired.join(', ') : r.reason }]);
  }
  return { ok: true, contacts };
}

// ---------------------------------------------------------------- merge preview

export interface ImportPlan {
  added: TrackedContact[];
  /** Existing records that the import changes: before and after. */
  updated: { before: TrackedContact; after: TrackedContact }[];
  unchanged: TrackedContact[];
  /** Fields where the import replaces a different value (the import wins). */
  conflicts: ({ id: string; name: string } & MergeConflict)[];
}

/** What an import would do, by normalised profile URL, without doing it. */
export function planImport(
  existing: readonly TrackedContact[],
  incoming: readonly TrackedContact[],
): ImportPlan {
  const byId = new Map(existing.map((c) => [c.id, c]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: [], conflicts: [] };
  for (const inc of incoming) {
    const cur = byId.get(inc.id);
    if (!cur) {
      plan.added.push(inc);
      continue;
    }
    const { merged, conflicts } = mergeContacts(cur, inc);
    if (sameRecord(merged, cur)) plan.unchanged.push(cur);
    else plan.updated.push({ before: cur, after: merged });
    for (const c of conflicts) plan.conflicts.push({ id: cur.id, name: cur.name, ...c });
  }
  return plan;
}

export { canonical };
