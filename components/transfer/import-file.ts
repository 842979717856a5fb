/** What a picked file is, and a JSON export read into a preview, before anything is written. */

import type { TrackedContact } from '../../lib/tracker/schema';
import { type ImportError, type ImportPlan, parseJsonExport, planImport } from '../../lib/tracker/transfer';

export type ImportFormat = 'json' | 'sheet' | 'unsupported';

/** Spreadsheet files the import cannot read, by extension and by their first bytes. */
const UNSUPPORTED: Record<string, string> = {
  xls: 'Excel 97–2003 (.xls)',
  xlsb: 'Excel binary (.xlsb)',
  ods: 'OpenDocument (.ods)',
  numbers: 'Numbers',
  pdf: 'PDF',
  docx: 'Word',
};

/** What kind of file this is: by extension, else by its first bytes (JSON starts with { or [). */
export function formatOf(fileName: string, bytes: Uint8Array): { format: ImportFormat; kind?: string } {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (UNSUPPORTED[ext]) return { format: 'unsupported', kind: UNSUPPORTED[ext] };
  if (ext === 'json') return { format: 'json' };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return { format: 'unsupported', kind: UNSUPPORTED.xls };
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return { format: 'unsupported', kind: UNSUPPORTED.pdf };
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt' || ext === 'xlsx') return { format: 'sheet' };
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  return /^\uFEFF?\s*[[{]/.test(head) ? { format: 'json' } : { format: 'sheet' };
}

export type Preview =
  | { ok: false; fileName: string; errors: ImportError[]; message: string }
  | { ok: true; fileName: string; records: TrackedContact[]; plan: ImportPlan };

/** Reads a JSON export into a preview: errors naming record and field, or what a merge would do. */
export function previewImport(fileName: string, text: string, existing: readonly TrackedContact[]): Preview {
  const outcome = parseJsonExport(text);
  if (!outcome.ok) return { ok: false, fileName, errors: outcome.errors, message: outcome.message };
  return { ok: true, fileName, records: outcome.contacts, plan: planImport(existing, outcome.contacts) };
}
