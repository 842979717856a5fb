/**
 * Cells read through the alias tables (value-aliases.ts): what a user's word means, or undefined
 * when we do not know it. The user's choices for this file win, then what they chose before
 * (SheetMemory), then the tables.
 */
import { CANONICAL, VALUE_KINDS, type ValueKind } from './fields';
import type { SheetMemory } from './mapping';
import { textKey } from './normalise';
import { VALUE_ALIASES } from './value-aliases';

const TABLES = new Map<ValueKind, Map<string, string>>();
for (const kind of VALUE_KINDS) {
  const table = new Map<string, string>();
  for (const [canonical, langs] of Object.entries(VALUE_ALIASES[kind]))
    for (const list of Object.values(langs as Record<string, readonly string[]>))
      for (const alias of list) {
        const key = textKey(alias);
        if (key && !table.has(key)) table.set(key, canonical);
      }
  // Our own spellings ("message-request") always read as themselves.
  for (const c of CANONICAL[kind]) table.set(textKey(c), c);
  TABLES.set(kind, table);
}

/**
 * The canonical value of a cell, '' for "leave it empty", undefined when unknown. A blank cell is ''.
 */
export function lookupValue(
  kind: ValueKind,
  raw: string,
  memory: SheetMemory,
  chosen?: Partial<Record<ValueKind, Record<string, string>>>,
): string | undefined {
  const key = textKey(raw);
  if (!key) return '';
  const mine = chosen?.[kind]?.[key];
  if (mine !== undefined) return mine;
  const remembered = memory.values[kind]?.[key];
  if (remembered !== undefined) return remembered;
  return TABLES.get(kind)?.get(key);
}
