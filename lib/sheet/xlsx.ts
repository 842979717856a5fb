/**
 * Excel workbooks (.xlsx) → the same table a CSV gives (read-excel-file: MIT, ~18 KB gzipped, loaded
 * only when a workbook is picked). The tab that looks most like a tracking sheet is read; dates are
 * written as ISO text (a workbook's dates carry no zone: they are wall-clock times), numbers and
 * booleans as text.
 */
import { utc } from '@date-fns/utc';
import { format } from 'date-fns';
import { headerScore } from './mapping';
import { type SheetTable, tableOfRows } from './table';

const UTC = utc;

export interface Workbook {
  table: SheetTable;
  /** The tab read, and how many tabs the workbook has. */
  sheet: string;
  sheets: number;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // A workbook stores a time as a fraction of a day with 15 digits: 10:15 comes back as
    // 10:14:59.99997. To the nearest second, as Excel shows it.
    const d = new Date(Math.round(value.getTime() / 1000) * 1000);
    const midnight = d.getTime() % 86_400_000 === 0;
    const seconds = d.getUTCSeconds() !== 0;
    return format(d, midnight ? 'yyyy-MM-dd' : seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", {
      in: UTC,
    });
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** True when the bytes are a zip archive (an .xlsx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  let best = sheets[0];
  let bestScore = -1;
  for (const s of sheets) {
    const score = Math.max(0, ...s.data.slice(0, 20).map((row) => headerScore(row.map(text))));
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (!best) throw new Error('the workbook has no sheets');
  return {
    table: tableOfRows(best.data.map((row) => row.map(text))),
    sheet: best.sheet,
    sheets: sheets.length,
  };
}
