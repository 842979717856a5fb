/**
 * A sheet read strictly, for the command line and the tests: every question the reader cannot answer
 * alone (an unknown value, an unreadable date, the day/month order) is an error naming row and field,
 * and then nothing is returned. Kept apart from transfer.ts so the dashboard loads the reader only
 * when a sheet is picked.
 */
import { fail, type ImportOutcome } from '../tracker/transfer';
import type { DateOrder } from './dates';
import type { SheetMemory } from './mapping';
import { readingErrors, readSheet, type SheetReading } from './read';
import { parseSheetText } from './table';

export interface CsvOptions {
  /** How to read day/month dates when the file cannot tell (03/04/2026). */
  dateOrder?: DateOrder;
  /** Remembered column and value choices (the dashboard's). */
  memory?: SheetMemory;
}

/** Reads any reasonable tracking sheet's text strictly. `now` stamps createdAt/updatedAt. */
export function parseCsv(text: string, now: Date, options: CsvOptions = {}): ImportOutcome {
  return readingOutcome(
    readSheet(parseSheetText(text), {
      now,
      ...(options.memory ? { memory: options.memory } : {}),
      choices: options.dateOrder ? { dateOrder: options.dateOrder } : {},
    }),
  );
}

/** A reading as all or nothing: its contacts when nothing is left to decide, else its open questions. */
function readingOutcome(reading: SheetReading): ImportOutcome {
  const errors = readingErrors(reading);
  if (errors.length || !reading.ready)
    return fail(errors.length ? errors : [{ row: 0, field: 'file', message: 'not ready' }]);
  return { ok: true, contacts: reading.contacts };
}
