/**
 * Numbers and dates written by Intl in the UI's language (uiLocale(): the shown catalogue's
 * `format_date_locale`). One way to show a date: everything goes through here, never through month
 * names of our own. Formatters are cached per locale and options; day texts per calendar day, since
 * the advisor names the same few dates for thousands of contacts.
 */
import { uiLocale } from './t';

const formatters = new Map<string, Intl.DateTimeFormat>();
const dayTexts = new Map<string, string>();
const decimals = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(id, f);
  }
  return f;
}

export interface DayTextOptions {
  /** Add the year ("3 March 2027"). */
  year?: boolean;
  /** Add the weekday ("Thursday 12 March"). */
  weekday?: boolean;
}

/**
 * A calendar day in words: "3 March", "Thursday 12 March", "3 March 2027" in English; "3. März",
 * "jeudi 12 mars", "3 de marzo de 2027" elsewhere. month is 0-11.
 */
export function dayText(year: number, month: number, day: number, options: DayTextOptions = {}): string {
  const locale = uiLocale();
  const id = `${locale}|${year}-${month}-${day}|${options.year ? 'y' : ''}${options.weekday ? 'w' : ''}`;
  let text = dayTexts.get(id);
  if (text === undefined) {
    // Noon UTC formatted in UTC: the calendar day itself, whatever zone the code runs in.
    const at = new Date(Date.UTC(year, month, day, 12));
    text = dateFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      ...(options.year ? { year: 'numeric' } : {}),
      ...(options.weekday ? { weekday: 'long' } : {}),
    }).format(at);
    if (dayTexts.size > 5000) dayTexts.clear();
    dayTexts.set(id, text);
  }
  return text;
}

/**
 * An instant as a short day in timeZone: "Tue 10 Mar" (en-GB), "Di., 10. März" (de), with the year
 * when it is not now's.
 */
export function shortDay(date: Date, timeZone: string, now: Date): string {
  const locale = uiLocale();
  const year = dateFormat(locale, { timeZone, year: 'numeric' });
  const sameYear = year.format(date) === year.format(now);
  return dateFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** A number with exactly `digits` decimals: "2.5" / "2,5"; "0.004" / "0,004". */
export function formatDecimal(n: number, digits: number): string {
  const locale = uiLocale();
  const id = `${locale}|${digits}`;
  let f = decimals.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimals.set(id, f);
  }
  return f.format(n);
}

/** An instant's weekday in timeZone, in the UI's language: "Monday", "Montag", "lundi". */
export function weekdayLong(date: Date, timeZone: string): string {
  return dateFormat(uiLocale(), { timeZone, weekday: 'long' }).format(date);
}

/** An instant's time of day in timeZone, in the UI's language: "10:02", "10 h 02" where that is the custom. */
export function timeOfDay(date: Date, timeZone: string): string {
  return dateFormat(uiLocale(), { timeZone, hour: '2-digit', minute: '2-digit' }).format(date);
}
