/**
 * What the user told the importer, remembered for the next sheet (kept in extension storage by
 * utils/sheet-memory.ts): the field chosen for a header, and the meaning chosen for a value. Pure:
 * repair on read (anything unknown is dropped), and the update after a confirmed import.
 */
import { CANONICAL, SHEET_FIELDS, type SheetField, VALUE_KINDS, type ValueKind } from './fields';
import type { SheetMemory } from './mapping';
import type { SheetChoices, SheetReading } from './read';

/** Enough for every sheet a person keeps; the oldest entries go first. */
const MAX_ENTRIES = 300;

const FIELD_SET = new Set<string>(SHEET_FIELDS);

export function repairMemory(raw: unknown): SheetMemory {
  const out: SheetMemory = { columns: {}, values: {} };
  if (raw === null || typeof raw !== 'object') return out;
  const r = raw as { columns?: unknown; values?: unknown };
  if (r.columns && typeof r.columns === 'object')
    for (const [k, v] of Object.entries(r.columns as Record<string, unknown>).slice(-MAX_ENTRIES))
      if (typeof k === 'string' && k && (v === null || (typeof v === 'string' && FIELD_SET.has(v))))
        out.columns[k] = v as SheetField | null;
  if (r.values && typeof r.values === 'object')
    for (const kind of VALUE_KINDS) {
      const table = (r.values as Record<string, unknown>)[kind];
      if (!table || typeof table !== 'object') continue;
      const ok: Record<string, string> = {};
      for (const [k, v] of Object.entries(table as Record<string, unknown>).slice(-MAX_ENTRIES))
        if (k && typeof v === 'string' && (v === '' || (CANONICAL[kind] as readonly string[]).includes(v)))
          ok[k] = v;
      if (Object.keys(ok).length) out.values[kind] = ok;
    }
  return out;
}

/** The memory after an import the user confirmed: their choices of columns and values added. */
export function remember(memory: SheetMemory, reading: SheetReading, choices: SheetChoices): SheetMemory {
  const next: SheetMemory = { columns: { ...memory.columns }, values: {} };
  for (const c of reading.columns)
    if (c.how === 'chosen' && c.key) {
      delete next.columns[c.key];
      next.columns[c.key] = c.field;
    }
  for (const kind of VALUE_KINDS) {
    const table: Record<string, string> = { ...(memory.values[kind] ?? {}) };
    for (const [key, value] of Object.entries(choices.values?.[kind] ?? {})) {
      delete table[key];
      table[key] = value;
    }
    if (Object.keys(table).length) next.values[kind as ValueKind] = table;
  }
  return repairMemory(next);
}
