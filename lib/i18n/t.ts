/**
 * t(key, values): the UI's one way to a user-facing string.
 *
 * Messages live in ./messages.ts (English, the source of truth) and are written with named
 * placeholders: 'Added {name}.'. In the browser they come from `browser.i18n.getMessage`, which reads
 * public/_locales/<locale>/messages.json (generated from EN by scripts/build-locales.ts). There the same
 * message is 'Added $NAME$.' with `placeholders: { NAME: { content: '$1' } }`: each `{name}` becomes
 * `$NAME$` (upper case), and the placeholders are numbered $1, $2, … in alphabetical order of their
 * names. t() passes the values to getMessage in that same order (it needs only the values' names for
 * that, not the English text), so a translation may move or repeat `$NAME$` freely. A literal `$` is
 * written `$$` in messages.json.
 *
 * The extension's builds replace ./messages.ts with an empty catalogue (wxt.config.ts): the browser
 * reads every string from messages.json, so the English text ships once, not again in each script.
 *
 * lib/ stays free of browser globals: an entrypoint injects the lookup once at start-up with
 * setMessageSource() (./loader.ts picks getMessage or a stored catalogue, see the README); until then
 * (and in Node tests) t() reads EN. A source that answers '' (an unknown key, as getMessage does)
 * also falls back to EN.
 *
 * Numbers passed as values are written with Intl in the catalogue's locale (`format_date_locale`):
 * 1,234 in English, 1.234 in German, 1 234 in French. Plurals are pairs keyed by CLDR category,
 * `x_one` and `x_other` (a translation may add `x_few`/`x_many`), and tp() picks one through
 * Intl.PluralRules: French says "0 question", English "0 questions".
 */
import { setAttributeSource } from './direction';
import { EN, type MessageKey } from './messages';

export type { MessageKey } from './messages';

/**
 * Looks a message up with its substitutions in placeholder order ('' when it has no such message).
 * `names` are the placeholder names in that same order, for sources that hold `{name}` texts.
 */
export type MessageSource = (key: string, substitutions: string[], names: readonly string[]) => string;

/** The placeholder names of a message text: 'Added {name} of {count}' → 'name' | 'count'. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer N}}${infer R}`
  ? N | PlaceholderNames<R>
  : never;

export type MessageValues<K extends MessageKey, V = string | number> = Record<
  PlaceholderNames<(typeof EN)[K]>,
  V
>;

/** The keys of messages without placeholders: for tables of labels (Record<Id, PlainKey>). */
export type PlainKey = {
  [K in MessageKey]: [PlaceholderNames<(typeof EN)[K]>] extends [never] ? K : never;
}[MessageKey];

/** No values argument for a message without placeholders; every placeholder required otherwise. */
type ValuesArg<K extends MessageKey, V> = [PlaceholderNames<(typeof EN)[K]>] extends [never]
  ? []
  : [values: MessageValues<K, V>];

let source: MessageSource | null = null;
/** The Intl locale of the current source, worked out on first use after each setMessageSource. */
let locale: string | null = null;
let numbers: Intl.NumberFormat | null = null;
let plurals: Intl.PluralRules | null = null;

/** Injected once by an entrypoint; null goes back to English. */
export function setMessageSource(fn: MessageSource | null): void {
  source = fn;
  setAttributeSource(fn ? (key) => lookup(key, []) : null);
  locale = null;
  numbers = null;
  plurals = null;
}

const FALLBACK_LOCALE = 'en-GB';

/**
 * The BCP 47 locale the shown catalogue writes numbers, dates and plurals in (its
 * `format_date_locale`: en-GB, de-DE, fr-FR, es, pt-BR), or en-GB when it names none Intl accepts.
 */
export function uiLocale(): string {
  if (locale !== null) return locale;
  const asked = lookup('format_date_locale', []) || englishOf('format_date_locale') || FALLBACK_LOCALE;
  locale = FALLBACK_LOCALE;
  try {
    if (Intl.NumberFormat.supportedLocalesOf([asked]).length) locale = asked;
  } catch {
    // Not a BCP 47 tag: keep the fallback.
  }
  return locale;
}

/** A number as the UI writes it: 1,234 / 1.234 / 1 234 (whole or as given; no rounding). */
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 20 });
  return numbers.format(n);
}

/** The CLDR plural category of n in the UI's language: French 0 and 1 → 'one', German 0 → 'other'. */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
  plurals ??= new Intl.PluralRules(uiLocale());
  return plurals.select(n);
}

/**
 * The source for an extension page or content script: `messageSourceFrom(browser.i18n)`. Null when
 * the API is missing (tests, a stub browser), so t() keeps reading EN.
 */
export function messageSourceFrom(i18n: object | undefined): MessageSource | null {
  // Typed loosely: WXT types getMessage per generated message name.
  const get = (i18n as { getMessage?: unknown } | undefined)?.getMessage;
  if (typeof get !== 'function') return null;
  return (key, subs) => {
    try {
      return (get.call(i18n, key, subs) as string | undefined) ?? '';
    } catch {
      return '';
    }
  };
}

/** The current source's answer, '' without a source or a message. */
function lookup(key: string, subs: string[], names: readonly string[] = []): string {
  if (!source) return '';
  try {
    return source(key, subs, names) || '';
  } catch {
    return '';
  }
}

const PLACEHOLDER = /\{([a-z0-9_]+)\}/g;
const namesCache = new Map<string, readonly string[]>();

/** A message's placeholder names in alphabetical order: the $1, $2, … of messages.json. */
export function placeholderNames(text: string): readonly string[] {
  let names = namesCache.get(text);
  if (!names) {
    names = [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1] as string))].sort();
    namesCache.set(text, names);
  }
  return names;
}

/** The English text, or undefined in the extension's builds (empty catalogue). */
function englishOf(key: MessageKey): string | undefined {
  return (EN as Partial<Record<MessageKey, string>>)[key];
}

/** The placeholder order without the English text: the values' own names, sorted the same way. */
function namesFor(english: string | undefined, values: object): readonly string[] {
  return english === undefined ? Object.keys(values).sort() : placeholderNames(english);
}

const piecesCache = new Map<string, readonly string[]>();

/**
 * 'Added {name}.' → ['Added ', 'name', '.']: text at even indices, placeholder names at odd ones.
 * Cached per text, so the engines' hot paths (advice for a whole tracker) join strings, not regexes.
 */
function pieces(text: string): readonly string[] {
  let p = piecesCache.get(text);
  if (!p) {
    p = text.split(/\{([a-z0-9_]+)\}/);
    piecesCache.set(text, p);
  }
  return p;
}

/** A value as it goes into a message: numbers through Intl in the UI's locale. */
function show(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** Fills a `{name}` text (English, or a catalogue held as such) with the values, formatted. */
export function substitute(text: string, values: Readonly<Record<string, unknown>>): string {
  const p = pieces(text);
  let out = p[0] as string;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i] as string;
    out += Object.hasOwn(values, name) ? show(values[name]) : `{${name}}`;
    out += p[i + 1] as string;
  }
  return out;
}

function message(key: string, values: Readonly<Record<string, string | number>>): string {
  const english = englishOf(key as MessageKey);
  if (source) {
    const names = namesFor(english, values);
    const found = lookup(
      key,
      names.map((n) => show(values[n])),
      names,
    );
    if (found) return found;
  }
  // No such message in the browser's catalogue either: show the key rather than nothing.
  return english === undefined ? key : substitute(english, values);
}

/** The localized message with its placeholders filled in. */
export function t<K extends MessageKey>(key: K, ...args: ValuesArg<K, string | number>): string {
  return message(key, (args[0] ?? {}) as Readonly<Record<string, string | number>>);
}

/** The bases of plural pairs: 'insights_questions' for insights_questions_one / _other. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

type PluralValues<B extends PluralBase> = MessageValues<`${B}_one` & MessageKey> &
  MessageValues<`${B}_other` & MessageKey>;

/**
 * The plural form for n, picked by Intl.PluralRules in the UI's language: `${base}_one` for the
 * 'one' category (1 in English and German; 0 and 1 in French and Portuguese), `${base}_other` for the
 * rest, or `${base}_few`/`_many` where the shown catalogue has that form (French "1 000 000 de …").
 */
export function tp<B extends PluralBase>(base: B, n: number, values: PluralValues<B>): string {
  return message(pluralKey(base, n), values as Readonly<Record<string, string | number>>);
}

/** The key tp() would show for n, for <Msg k=…> and tParts. */
export function pluralKey<B extends PluralBase>(base: B, n: number): `${B}_one` | `${B}_other` {
  const category = pluralCategory(n);
  if (category === 'one') return `${base}_one`;
  // A form English does not have (few, many): only when the shown catalogue has it.
  if (category !== 'other' && source && lookup(`${base}_${category}`, []))
    return `${base}_${category}` as `${B}_other`;
  return `${base}_other`;
}

/**
 * A table of labels read through t() on each access, so a table built at import time still follows
 * the message source set later: labelTable({ pending: 'status_pending' }).pending → 'Pending'.
 */
export function labelTable<Id extends string>(
  keys: Readonly<Record<Id, PlainKey>>,
): Readonly<Record<Id, string>> {
  const table = {} as Record<Id, string>;
  for (const id of Object.keys(keys) as Id[])
    Object.defineProperty(table, id, { enumerable: true, get: () => t(keys[id] as PlainKey) });
  return Object.freeze(table);
}

// Private-use characters: they never occur in a message or a value.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKS = /\uE000(\d+)\uE001/;

/**
 * The message cut at its placeholders, for values that are not text (React elements): 'Add {name}'
 * with { name: <b/> } → ['Add ', <b/>]. Empty strings are left out.
 */
export function tParts<K extends MessageKey, V>(key: K, values: MessageValues<K, V>): (string | V)[] {
  const english = englishOf(key);
  const names = namesFor(english, values as object);
  const byName = values as Readonly<Record<string, V>>;
  let text = lookup(
    key,
    names.map((_, i) => `${MARK_OPEN}${i}${MARK_CLOSE}`),
    names,
  );
  if (!text)
    text = (english ?? key).replace(
      PLACEHOLDER,
      (_, n: string) => `${MARK_OPEN}${names.indexOf(n)}${MARK_CLOSE}`,
    );
  const pieces = text.split(MARKS);
  const out: (string | V)[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push(piece);
    } else {
      const value = byName[names[Number(piece)] as string] as V;
      out.push(typeof value === 'number' ? (formatNumber(value) as V) : value);
    }
  });
  return out;
}
