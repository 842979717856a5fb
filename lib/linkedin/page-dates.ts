/**
 * The dates a conversation shows ("9:41 AM", "14:05", "Tue", "Today", "Yesterday", "Mar 3", "3 mars
 * 2026", "03.03.2026", a <time datetime>) read in the page's language without English word lists: the
 * weekday, month and today/yesterday words come from Intl for the page's `lang` (and English, the
 * fallback LinkedIn itself uses). Times are the page's: local to the browser that shows them, so the
 * reader builds them with the local Date constructor. Pure: `now` is a parameter.
 */

export interface PageTime {
  /** Epoch ms. */
  at: number;
  precision: 'minute' | 'day';
}

interface Words {
  weekdays: Map<string, number>;
  months: Map<string, number>;
  today: Set<string>;
  yesterday: Set<string>;
  /** Numeric dates: day before month (en-GB, de, fr…) or after it (en-US). */
  dayFirst: boolean;
}

const cache = new Map<string, Words>();

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, '')
    .trim();

function wordsFor(lang: string | null): Words {
  const key = lang ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const locales = [...new Set([lang, 'en'].filter((l): l is string => !!l))];
  const w: Words = {
    weekdays: new Map(),
    months: new Map(),
    today: new Set(),
    yesterday: new Set(),
    dayFirst: true,
  };
  for (const locale of locales) {
    let ok = true;
    try {
      Intl.DateTimeFormat.supportedLocalesOf([locale]);
    } catch {
      ok = false;
    }
    if (!ok) continue;
    // 4–10 January 2026 is Sunday–Saturday.
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2026, 0, 4 + d, 12));
      for (const weekday of ['long', 'short'] as const) {
        const name = fold(new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(date));
        if (!w.weekdays.has(name)) w.weekdays.set(name, d);
      }
    }
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2026, m, 15, 12));
      for (const month of ['long', 'short'] as const) {
        for (const name of [
          fold(new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(date)),
          // "März" alone vs "15. März": the form used beside a day can differ (Slavic genitives).
          ...new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' })
            .formatToParts(date)
            .filter((p) => p.type === 'month')
            .map((p) => fold(p.value)),
        ])
          if (name && !w.months.has(name)) w.months.set(name, m);
      }
    }
    try {
      const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      w.today.add(fold(rel.format(0, 'day')));
      w.yesterday.add(fold(rel.format(-1, 'day')));
    } catch {
      // No relative words in this runtime: weekday names still work.
    }
    if (locale === lang) {
      const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(
        new Date(Date.UTC(2026, 2, 14, 12)),
      );
      w.dayFirst = parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
    }
  }
  if (!lang) w.dayFirst = false; // English without a region: LinkedIn's default en-US order
  cache.set(key, w);
  return w;
}

const CLOCK = /^(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?\s?m\.?)?$/i;

/** "9:41 AM", "21:05", "9.41", "9h41" → [hours, minutes], or null. */
function parseClock(text: string): [number, number] | null {
  const m = CLOCK.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ap = m[3]?.toLowerCase();
  if (min > 59 || h > 23 || (ap && (h < 1 || h > 12))) return null;
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  return [h, min];
}

function startOfDay(y: number, m: number, d: number): number {
  return new Date(y, m, d).getTime();
}

/**
 * A day the page names ("Today", "Tue", "Mar 3", "3 mars 2026", "03/03/2026"), as the start of that
 * local day; null when the text is not a day. A weekday is the latest such day up to today; a date
 * without a year is the latest such date up to today.
 */
export function parseDay(text: string, now: Date, lang: string | null): number | null {
  const w = wordsFor(lang);
  const t = fold(text.replace(/\s+/g, ' '));
  if (!t || t.length > 40) return null;
  const y = now.getFullYear();
  const mo = now.getMonth();
  const d = now.getDate();
  if (w.today.has(t)) return startOfDay(y, mo, d);
  if (w.yesterday.has(t)) return startOfDay(y, mo, d - 1);
  const wd = w.weekdays.get(t);
  if (wd !== undefined) {
    const back = (now.getDay() - wd + 7) % 7;
    return startOfDay(y, mo, d - back);
  }
  // Numeric: 03/03/2026, 3.3.26, 2026-03-03.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return startOfDay(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const num = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(t);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const [day, month] = w.dayFirst ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return withYear(num[3], month - 1, day, now);
  }
  // A day and a month name, either order, optional year: "mar 3", "3 mar", "3 de marzo de 2026".
  const tokens = t.split(/\s+/).filter((x) => x !== 'de' && x !== 'del');
  let day: number | null = null;
  let month: number | null = null;
  let year: string | undefined;
  for (const tok of tokens) {
    if (/^\d{4}$/.test(tok)) year = tok;
    else if (/^\d{1,2}(?:st|nd|rd|th|er|e)?$/.test(tok)) day = Number.parseInt(tok, 10);
    else if (w.months.has(tok)) month = w.months.get(tok) as number;
    else return null;
  }
  if (day === null || month === null || day < 1 || day > 31) return null;
  return withYear(year, month, day, now);
}

function withYear(year: string | undefined, month: number, day: number, now: Date): number {
  if (year) {
    const y = Number(year.length === 2 ? `20${year}` : year);
    return startOfDay(y, month, day);
  }
  const thisYear = startOfDay(now.getFullYear(), month, day);
  return thisYear <= now.getTime() ? thisYear : startOfDay(now.getFullYear() - 1, month, day);
}

/**
 * The time a message element shows, given the day heading above it (start of that day, or null for
 * today). A <time datetime> wins; else a clock time on that day; else a day alone.
 */
export function parseMessageTime(
  el: Element,
  dayContext: number | null,
  now: Date,
  lang: string | null,
): PageTime | null {
  const dt = el.getAttribute('datetime');
  if (dt) {
    const at = Date.parse(dt);
    if (!Number.isNaN(at)) return { at, precision: /T\d/.test(dt) ? 'minute' : 'day' };
  }
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const clock = parseClock(text);
  if (clock) {
    const base = new Date(dayContext ?? startOfDay(now.getFullYear(), now.getMonth(), now.getDate()));
    return {
      at: new Date(base.getFullYear(), base.getMonth(), base.getDate(), clock[0], clock[1]).getTime(),
      precision: 'minute',
    };
  }
  // "Tue 9:41 AM", "Mar 3, 9:41": a day then a clock.
  const split = /^(.*?)[,\s]+(\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?)$/i.exec(text);
  if (split?.[1] && split[2]) {
    const day = parseDay(split[1], now, lang);
    const c = parseClock(split[2]);
    if (day !== null && c) {
      const b = new Date(day);
      return {
        at: new Date(b.getFullYear(), b.getMonth(), b.getDate(), c[0], c[1]).getTime(),
        precision: 'minute',
      };
    }
  }
  const day = parseDay(text, now, lang);
  return day === null ? null : { at: day, precision: 'day' };
}
