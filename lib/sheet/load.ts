/**
 * A picked file's bytes → the table the reader reads: a workbook through xlsx.ts, anything else as
 * delimited text (table.ts). Loaded by the dashboard only when a sheet is picked.
 */
import { decodeSheet, type Encoding, type LineEnding, parseSheetText, type SheetTable } from './table';
import { isZip, readWorkbook } from './xlsx';

export interface LoadedSheet {
  table: SheetTable;
  /** Text files: how the text was found. */
  encoding?: Encoding;
  delimiter?: string;
  lineEnding?: LineEnding | null;
  /** Workbooks: the tab read and how many there are. */
  sheet?: { name: string; count: number };
}

export async function loadSheet(bytes: Uint8Array): Promise<LoadedSheet> {
  if (isZip(bytes)) {
    const book = await readWorkbook(bytes);
    return { table: book.table, sheet: { name: book.sheet, count: book.sheets } };
  }
  const { text, encoding } = decodeSheet(bytes);
  const table = parseSheetText(text, encoding);
  return { table, encoding: table.encoding, delimiter: table.delimiter, lineEnding: table.lineEnding };
}
