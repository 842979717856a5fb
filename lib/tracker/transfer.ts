/**
 * Import and export (pure). JSON is full fidelity and round-trips exactly; CSV is the tracking-sheet
 * form (one row per contact, CSV_HEADER in lib/sheet/fields.ts, which round-trips exactly too); every sheet, ours or
 * not, is read back by the tolerant reader in lib/sheet/ (parseCsv in lib/sheet/parse-csv.ts). Both
 * imports are all or nothing: the problems are named by row and field and no records are returned.
 * planImport previews a merge by profile URL.
 */
import Papa from 'papaparse';
import { escapeCell } from '../sheet/cells';
import { CSV_HEADER } from '../sheet/fields';
import { type MergeConflict, mergeContacts } from './mutations';
import { sameRecord } from './record-compare';
import { repairContact } from './repair-contact';
import { type TrackedContact, TrackedContactSchema } from './schema';
import { normaliseProfileUrl } from './url';

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

export function fail(errors: ImportError[], unit: 'row' | 'record' = 'row'): ImportOutcome {
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

const JSON_FORMAT = 'connect-coach/tracker';
const JSON_VERSION = 1;

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

type CsvField = (typeof CSV_HEADER)[number];

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
    last_message_by: c.lastMessageBy ?? '',
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
