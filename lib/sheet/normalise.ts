/**
 * Keys for comparing what people type in sheets: "Date Sent", "date_sent", "DateSent", "DATE SENT:"
 * and "Dáte sént" all give "date sent". Case, accents, punctuation and spacing never matter.
 */

/** Marks that mean yes or no in a cell; kept as words of their own. */
const MARKS = '✓✔✗✘☑☒❌✅❎☐';
const NOT_WORD = new RegExp(`[^\\p{L}\\p{N}${MARKS}]+`, 'gu');
const MARK = new RegExp(`([${MARKS}])`, 'gu');

/** Sheets repeat their words: keys of short cells are kept (bounded, cleared when full). */
const KEYS = new Map<string, string>();
const KEYS_MAX = 20_000;

/** Lower case, no accents, words separated by one space ("Date_Sent (UTC)" → "date sent utc"). */
export function textKey(text: string): string {
  if (text.length > 200) return computeKey(text);
  let key = KEYS.get(text);
  if (key === undefined) {
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    key = computeKey(text);
    KEYS.set(text, key);
  }
  return key;
}

function computeKey(text: string): string {
  return (
    text
      // camelCase and PascalCase headers ("profileUrl", "SentAt") split into words first; the
      // brand names written that way stay whole
      .replace(/linkedin/gi, 'linkedin')
      .replace(/inmail/gi, 'inmail')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(MARK, ' $1 ')
      .replace(NOT_WORD, ' ')
      .trim()
  );
}

export function words(key: string): string[] {
  return key ? key.split(' ') : [];
}
