/**
 * Dates as spreadsheets write them, read into the ISO strings the tracker stores. Parsing is date-fns's
 * (in UTC through @date-fns/utc, so the machine's zone and its DST gaps never shift a wall-clock time,
 * and 6× faster than a TZDate in UTC); this module only picks the format. ISO text is kept exactly as written (an export re-imports byte for byte); every
 * other form becomes a date ("2026-03-02") or a wall-clock time ("2026-03-02T10:15"), read later on
 * the user's clock like any ISO date without an offset.
 *
 * Numeric dates with "/" or "-" are ambiguous (03/04/2026): classifyDate says which order a value
 * proves (a first number over 12 proves day/month, a second one month/day), and read.ts decides each
 * column's order from all of its values. Dotted dates (03.04.2026) are day/month everywhere.
 */
import { utc } from '@date-fns/utc';
import { addMilliseconds, format, isValid, parse } from 'date-fns';
import { de, enUS, es, fr, pt } from 'date-fns/locale';
import { isIsoDate } from '../sequencing/dates.ts';

export type DateOrder = 'dmy' | 'mdy';

export type DateCell =
  /** Read without doubt; `proves` when the way it is written shows the writer's order (dotted: day first). */
  | { kind: 'date'; iso: string; proves?: DateOrder }
  /** A numeric day/month date whose order the column decides; `proves` when the numbers do. */
  | { kind: 'numeric'; proves: DateOrder | null }
  /** Looks like a date but names no real day (30/02/2026, 13/13/2026). */
  | { kind: 'bad' }
  /** Not a date. */
  | { kind: 'none' };

const UTC = utc;

/** A day/month/year date, with an optional time and zone. */
const NUMERIC =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s+|T|,\s*)(\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?(?:\s*([ap])\.?\s?m\.?)?)?(\s*(?:Z|UTC|GMT))?$/i;
/** Year first: 2026/3/2, 2026-03-02 10:15 (what SQL and some sheets write). */
const YEAR_FIRST =
  /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:(?:\s+|T|,\s*)(\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?(?:\s*([ap])\.?\s?m\.?)?)?(\s*(?:Z|UTC|GMT))?$/i;
/** An Excel serial day number (1970–2099), with the time as its fraction. */
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/;
const SERIAL_MIN = 25_569; // 1970-01-01
const SERIAL_MAX = 73_050; // 2099-12-31
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Dates with month names, tried in each of our five languages. */
const NAMED_FORMATS = [
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'd-MMM-yy',
  'd-MMM-yyyy',
  'd MMM yy',
  'EEE, d MMM yyyy',
  'EEEE, MMMM d, yyyy',
  'EEEE, d MMMM yyyy',
  'd. MMM yyyy',
  'd. MMMM yyyy',
  "d 'de' MMMM 'de' yyyy",
  "d 'de' MMM 'de' yyyy",
  "d 'de' MMMM, yyyy",
];
const LOCALES = [enUS, de, fr, es, pt];
const TIME_TAIL =
  /(?:\s+|,\s*|\s+(?:at|um|à|a las|às)\s+)(\d{1,2}:\d{2}(?::\d{2})?)(?:\s*([ap])\.?\s?m\.?)?(\s*(?:Z|UTC|GMT))?$/i;

const REFERENCE = new Date(Date.UTC(2026, 0, 1));

function out(d: Date, time: string | null | undefined, zone: boolean): string | null {
  if (!isValid(d)) return null;
  // "10:15:00" and "10:15" are the same time: written the short way, whichever the sheet used.
  const seconds = time ? time.split(':').length === 3 && d.getUTCSeconds() !== 0 : false;
  const pattern = !time ? 'yyyy-MM-dd' : seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
  const iso = format(d, pattern, { in: UTC });
  return zone && time ? `${iso}${seconds ? '' : ':00'}Z` : iso;
}

function timeFormat(time: string, ampm: string | undefined): string {
  const base = time.split(':').length === 3 ? ':mm:ss' : ':mm';
  return ampm ? `h${base} a` : `H${base}`;
}

/** The parts after the date: " 10:15", " 9:05 PM", "Z". */
function parseWith(
  date: string,
  dateFormat: string,
  time: string | undefined,
  ampm: string | undefined,
  zone: string | undefined,
  reference: Date,
): string | null {
  const text = time ? `${date} ${time}${ampm ? ` ${ampm}m` : ''}` : date;
  const fmt = time ? `${dateFormat} ${timeFormat(time, ampm)}` : dateFormat;
  const d = parse(text, fmt, reference, { in: UTC });
  return out(d, time, !!zone);
}

/** What a cell holds, as far as dates go. `reference` fixes the century of two-digit years. */
export function classifyDate(raw: string, reference: Date = REFERENCE): DateCell {
  const text = raw.trim();
  if (!text) return { kind: 'none' };
  if (isIsoDate(text)) return { kind: 'date', iso: text };
  let m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[2] === '.') {
      const iso = readNumeric(text, 'dmy', reference);
      return iso ? { kind: 'date', iso, proves: 'dmy' } : { kind: 'bad' };
    }
    if (a > 12 && b > 12) return { kind: 'bad' };
    const proves: DateOrder | null = a > 12 ? 'dmy' : b > 12 ? 'mdy' : null;
    // A value that proves its order must also be a real day in that order (31/02 is not).
    if (proves && !readNumeric(text, proves, reference)) return { kind: 'bad' };
    if (!proves && !readNumeric(text, 'dmy', reference) && !readNumeric(text, 'mdy', reference))
      return { kind: 'bad' };
    return { kind: 'numeric', proves };
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const [, y, sep, mo, d, time, ampm, zone] = m;
    const iso = parseWith(`${y}${sep}${mo}${sep}${d}`, `yyyy${sep}M${sep}d`, time, ampm, zone, reference);
    return iso ? { kind: 'date', iso } : { kind: 'bad' };
  }
  m = SERIAL.exec(text);
  if (m) {
    const serial = Number(`${m[1]}.${m[2] ?? '0'}`);
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return { kind: 'none' };
    const ms = Math.round(serial * 86_400) * 1000;
    const d = addMilliseconds(new Date(EXCEL_EPOCH_MS), ms, { in: UTC });
    const timeOfDay = ms % 86_400_000;
    const time = timeOfDay === 0 ? null : timeOfDay % 60_000 === 0 ? '0:00' : '0:00:00';
    const iso = out(d, time, false);
    return iso ? { kind: 'date', iso } : { kind: 'bad' };
  }
  if (/\p{L}/u.test(text) && /\d/.test(text)) {
    const iso = readNamed(text, reference);
    return iso ? { kind: 'date', iso } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** A numeric day/month date read in the given order; null when it names no real day. */
export function readNumeric(raw: string, order: DateOrder, reference: Date = REFERENCE): string | null {
  const m = NUMERIC.exec(raw.trim());
  if (!m) return null;
  const [, a, sep, b, y, time, ampm, zone] = m;
  const year = (y as string).length === 4 ? 'yyyy' : 'yy';
  const dateFormat = order === 'dmy' ? `d${sep}M${sep}${year}` : `M${sep}d${sep}${year}`;
  return parseWith(`${a}${sep}${b}${sep}${y}`, dateFormat, time, ampm, zone, reference);
}

function readNamed(text: string, reference: Date): string | null {
  let date = text;
  let time: string | undefined;
  let ampm: string | undefined;
  let zone: string | undefined;
  const tail = TIME_TAIL.exec(text);
  if (tail) {
    date = text.slice(0, tail.index).trim();
    [, time, ampm, zone] = tail;
  }
  // "14 de fev. de 2026": some locales write the abbreviation's full stop, others do not.
  const undotted = date.replace(/(\p{L})\.(?=\s)/gu, '$1');
  for (const locale of LOCALES)
    for (const f of NAMED_FORMATS) {
      let d = parse(date, f, reference, { in: UTC, locale });
      if (!isValid(d) && undotted !== date) d = parse(undotted, f, reference, { in: UTC, locale });
      if (isValid(d)) {
        if (!time) return out(d, null, false);
        const withTime = parse(
          `${format(d, 'yyyy-MM-dd', { in: UTC })} ${time}${ampm ? ` ${ampm}m` : ''}`,
          `yyyy-MM-dd ${timeFormat(time, ampm)}`,
          reference,
          { in: UTC },
        );
        return out(withTime, time, !!zone);
      }
    }
  return null;
}

/** classifyDate and readNumeric remembering their answers: a sheet repeats its dates. One per read. */
export function dateReader(reference: Date): {
  classify(raw: string): DateCell;
  readNumeric(raw: string, order: DateOrder): string | null;
} {
  const cells = new Map<string, DateCell>();
  const numeric = new Map<string, string | null>();
  return {
    classify(raw) {
      let c = cells.get(raw);
      if (!c) {
        c = classifyDate(raw, reference);
        cells.set(raw, c);
      }
      return c;
    },
    readNumeric(raw, order) {
      const key = `${order}${raw}`;
      let iso = numeric.get(key);
      if (iso === undefined) {
        iso = readNumeric(raw, order, reference);
        numeric.set(key, iso);
      }
      return iso;
    },
  };
}
