/**
 * Which of our fields each column holds. In order of precedence: the user's choice for this file,
 * what the user chose for a header of that name before (SheetMemory), the header's words
 * (header-synonyms.ts), and, for a column still unplaced, its values (LinkedIn profile URLs; words
 * of one value table). A field takes one column, except the date fields, which may take a date
 * column and a yes/no column for the same step.
 */
import { normaliseProfileUrl } from '../tracker/url';
import { multiColumn, REQUIRED_FIELDS, SHEET_FIELDS, type SheetField, type ValueKind } from './fields';
import { HEADER_SYNONYMS } from './header-synonyms';
import { GENERIC, NAME_PART_BESIDE, NOT_OURS, STOP_WORDS } from './header-words';
import { textKey, words } from './normalise';
import { lookupValue } from './values';

/** How a column got its field. */
export type MatchHow = 'chosen' | 'remembered' | 'header' | 'similar-header' | 'values' | 'none';

export interface ColumnMapping {
  index: number;
  header: string;
  /** textKey of the header: what a remembered choice is keyed by. */
  key: string;
  field: SheetField | null;
  how: MatchHow;
  /** Set when a column matched a field that an earlier or stronger column already holds. */
  sameAs?: SheetField;
}

const STOP = new Set(STOP_WORDS);
const GENERIC_SET = new Set(GENERIC.map(textKey));
const NOT_OURS_SET = new Set(NOT_OURS.map(textKey));

/** A header's meaningful words, sorted: "Date of the request" → "request". */
function significant(key: string): string[] {
  const all = words(key);
  const kept = all.filter((w) => !STOP.has(w));
  return [...new Set(kept.length ? kept : all)].sort();
}

interface Synonym {
  field: SheetField;
  words: string[];
}

const EXACT = new Map<string, SheetField>();
const FUZZY: Synonym[] = [];
for (const field of SHEET_FIELDS)
  for (const list of Object.values(HEADER_SYNONYMS[field]))
    for (const synonym of list ?? []) {
      const w = significant(textKey(synonym));
      const joined = w.join(' ');
      if (!EXACT.has(joined)) EXACT.set(joined, field);
      if (w.length > 1 || !GENERIC_SET.has(joined)) FUZZY.push({ field, words: w });
    }
FUZZY.sort((a, b) => b.words.length - a.words.length);

type Match = { field: SheetField; exact: boolean } | null;
const MATCHES = new Map<string, Match>();

/** The field a header names, with how sure we are; null when it names none of ours. */
export function matchHeader(header: string): Match {
  const key = textKey(header);
  let m = MATCHES.get(key);
  if (m === undefined) {
    if (MATCHES.size > 5_000) MATCHES.clear();
    m = match(key);
    MATCHES.set(key, m);
  }
  return m;
}

function match(key: string): Match {
  const w = significant(key);
  if (!w.length) return null;
  const exact = EXACT.get(w.join(' '));
  if (exact) return { field: exact, exact: true };
  if (w.some((x) => NOT_OURS_SET.has(x))) return null;
  const have = new Set(w);
  for (const s of FUZZY)
    if (w.length - s.words.length <= 3 && s.words.every((x) => have.has(x)))
      return { field: s.field, exact: false };
  return null;
}

/** What the user told us about earlier sheets; kept in extension storage (sheet-memory.ts). */
export interface SheetMemory {
  /** By header key: the field, or null for "ignore this column". */
  columns: Record<string, SheetField | null>;
  /** By value kind and value key: the canonical value, or '' for "leave empty". */
  values: Partial<Record<ValueKind, Record<string, string>>>;
}

export const EMPTY_MEMORY: SheetMemory = { columns: {}, values: {} };

const RANK: Record<MatchHow, number> = {
  chosen: 5,
  remembered: 4,
  header: 3,
  values: 2,
  'similar-header': 1,
  none: 0,
};

/** Share of a column's non-blank values that pass `test`, and how many there are. */
function share(values: readonly string[], test: (v: string) => boolean): { share: number; n: number } {
  let n = 0;
  let hit = 0;
  for (const v of values) {
    if (!v.trim()) continue;
    n++;
    if (test(v)) hit++;
  }
  return { share: n ? hit / n : 0, n };
}

const isProfileUrl = (v: string) => normaliseProfileUrl(v.trim()) !== null;

/**
 * Maps every column. `values(i)` gives column i's cells (all rows, for sniffing); `chosen` is the
 * user's choice per column index for this file.
 */
export function mapColumns(
  header: readonly string[],
  values: (index: number) => readonly string[],
  memory: SheetMemory,
  chosen: Readonly<Record<number, SheetField | null>> = {},
): ColumnMapping[] {
  const cols: ColumnMapping[] = header.map((h, index) => {
    const key = textKey(h);
    if (index in chosen) return { index, header: h, key, field: chosen[index] ?? null, how: 'chosen' };
    if (key && key in memory.columns)
      return { index, header: h, key, field: memory.columns[key] ?? null, how: 'remembered' };
    const m = matchHeader(h);
    return m
      ? { index, header: h, key, field: m.field, how: m.exact ? 'header' : 'similar-header' }
      : { index, header: h, key, field: null, how: 'none' };
  });

  // One column per field (date fields excepted): the strongest match keeps it, then the first.
  const resolve = () => {
    const holder = new Map<SheetField, ColumnMapping>();
    for (const c of [...cols].sort((a, b) => RANK[b.how] - RANK[a.how] || a.index - b.index)) {
      if (!c.field || multiColumn(c.field)) continue;
      const held = holder.get(c.field);
      if (!held) holder.set(c.field, c);
      else {
        c.sameAs = c.field;
        c.field = null;
      }
    }
    return holder;
  };
  let held = resolve();

  // A "Profile" header over job titles, beside a column of LinkedIn URLs: the URLs win.
  const urlCol = held.get('profile_url');
  if (!urlCol || (urlCol.how !== 'chosen' && share(values(urlCol.index), isProfileUrl).share < 0.5)) {
    const found = cols.find(
      (c) =>
        c.how !== 'chosen' &&
        c.how !== 'remembered' &&
        c !== urlCol &&
        share(values(c.index), isProfileUrl).share >= 0.6,
    );
    if (found) {
      if (urlCol) {
        urlCol.field = null;
        urlCol.how = 'none';
      }
      found.field = 'profile_url';
      found.how = 'values';
      found.sameAs = undefined;
    }
  }

  // Unplaced columns whose values are all words of one table (channel, status, who wrote last).
  for (const c of cols) {
    if (c.field || c.how === 'chosen' || c.how === 'remembered') continue;
    for (const kind of ['channel', 'status', 'last_message_by'] as const) {
      if (held.has(kind) || cols.some((o) => o.field === kind)) continue;
      const vals = values(c.index);
      const known = share(vals, (v) => lookupValue(kind, v, memory) !== undefined);
      // A yes/no column reads as accepted / no response: not enough to call it a status column.
      const meanings = new Set(vals.map((v) => lookupValue(kind, v, memory)).filter(Boolean));
      const yesNo = kind === 'status' && [...meanings].every((m) => m === 'accepted' || m === 'no-response');
      if (known.n >= 2 && known.share >= 0.8 && !yesNo) {
        c.field = kind;
        c.how = 'values';
        c.sameAs = undefined;
        break;
      }
    }
  }
  held = resolve();

  // French "Prénom" + "Nom": Nom is the family name; Spanish "Nombre" + "Apellidos": Nombre is the given name.
  const nameCol = held.get('name');
  if (nameCol && nameCol.how !== 'chosen' && nameCol.how !== 'remembered')
    for (const rule of NAME_PART_BESIDE) {
      if (nameCol.key === rule.header && held.has(rule.beside) && !held.has(rule.means)) {
        nameCol.field = rule.means;
        break;
      }
    }
  return cols;
}

/** Required fields no column gives (a name may come as first and last name). */
export function missingFields(cols: readonly ColumnMapping[]): SheetField[] {
  const has = (f: SheetField) => cols.some((c) => c.field === f);
  return REQUIRED_FIELDS.filter((f) =>
    f === 'name' ? !has('name') && !has('first_name') && !has('last_name') : !has(f),
  );
}

/** How many of a row's cells name one of our fields: used to find the header row under a preamble. */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<SheetField>();
  for (const c of cells) {
    const m = c.trim() ? matchHeader(c) : null;
    if (m) fields.add(m.field);
  }
  return fields.size;
}
