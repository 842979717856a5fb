/**
 * Formula injection: a cell starting with = + - @ (or a tab or carriage return) is run as a formula by
 * spreadsheets. Our export writes such cells with a leading apostrophe, which makes them text, and
 * the reader takes that apostrophe off again.
 */

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
