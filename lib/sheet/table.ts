/**
 * A sheet's bytes → rows of cells. The encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE),
 * else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel's plain "CSV" saves in
 * western Europe). Papa Parse finds the delimiter (, ; tab |) and the line ends and handles quotes.
 * Row numbers are the ones a spreadsheet shows: a quoted cell with line breaks stays one row, and
 * blank rows are counted but not returned.
 */
import Papa from 'papaparse';

export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';
export type LineEnding = 'CRLF' | 'LF' | 'CR';

export interface SheetTable {
  /** Non-blank rows with their spreadsheet row number (1-based). */
  rows: { row: number; cells: string[] }[];
  delimiter: string;
  lineEnding: LineEnding | null;
  encoding: Encoding;
  /** Problems that make the text unreadable past a point (an unclosed quote). */
  errors: { row: number; message: string }[];
}

export function decodeSheet(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

const LINE_ENDINGS: Record<string, LineEnding> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };

/** Text (already decoded) → rows. A leading BOM character is dropped and reported. */
export function parseSheetText(text: string, encoding: Encoding = 'UTF-8'): SheetTable {
  let enc = encoding;
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    if (enc === 'UTF-8') enc = 'UTF-8 with BOM';
  }
  const parsed = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t', '|'] });
  const errors: SheetTable['errors'] = [];
  for (const e of parsed.errors)
    if (e.code === 'MissingQuotes')
      errors.push({
        row: (e.row ?? 0) + 1,
        message: 'a quoted cell starts here and is never closed, so the rest of the file runs into it',
      });
  const rows: SheetTable['rows'] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return {
    rows,
    delimiter: parsed.meta.delimiter,
    lineEnding: rows.length > 1 || /[\r\n]/.test(body) ? (LINE_ENDINGS[parsed.meta.linebreak] ?? null) : null,
    encoding: enc,
    errors,
  };
}

/** Rows read from a workbook (xlsx.ts), in the same shape. */
export function tableOfRows(cells: string[][]): SheetTable {
  const rows: SheetTable['rows'] = [];
  cells.forEach((r, i) => {
    if (r.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells: r });
  });
  return { rows, delimiter: '', lineEnding: null, encoding: 'UTF-8', errors: [] };
}
