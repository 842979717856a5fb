/**
 * The fields a tracking sheet can hold, as our export names them (the canonical header), plus the
 * two name parts many sheets keep apart. Pure data; the reader (read.ts) maps any sheet's columns
 * onto these.
 */

/** The documented tracking-sheet header: what our export writes (tracker/transfer.ts), in this order. */
export const CSV_HEADER = [
  'name',
  'profile_url',
  'audience',
  'version',
  'channel',
  'sent_at',
  'note',
  'status',
  'accepted_at',
  'first_message_at',
  'replied_at',
  'withdrawn_at',
  'last_message_by',
] as const;

export const SHEET_FIELDS = ['name', 'first_name', 'last_name', ...CSV_HEADER.slice(1)] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Fields holding a date, or a yes/no when the sheet only ticks the step off. */
export const DATE_FIELDS = [
  'sent_at',
  'accepted_at',
  'first_message_at',
  'replied_at',
  'withdrawn_at',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const isDateField = (f: SheetField): f is DateField => (DATE_FIELDS as readonly string[]).includes(f);

/** Kinds of value that are read through an alias table (value-aliases.ts). */
export const VALUE_KINDS = ['channel', 'status', 'last_message_by', 'flag'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** What each kind's values mean once read. */
export const CANONICAL = {
  channel: ['request', 'inmail', 'message-request'],
  /** 'no-response': nothing came back; pending or accepted, as the dates say, but not replied. */
  status: ['pending', 'accepted', 'replied', 'withdrawn', 'ignored', 'no-response'],
  last_message_by: ['me', 'them'],
  flag: ['yes', 'no'],
} as const satisfies Record<ValueKind, readonly string[]>;
export type Canonical<K extends ValueKind> = (typeof CANONICAL)[K][number];

/** The languages the synonym and alias tables are written in (those we coach). */
export type SheetLang = 'en' | 'de' | 'fr' | 'es' | 'pt';
/** Words per language. */
export type WordsByLang = Partial<Record<SheetLang, readonly string[]>>;
/** How a kind's values are written in cells, per value (value-aliases.ts, status-aliases.ts). */
export type AliasTable<K extends ValueKind> = Record<Canonical<K>, WordsByLang>;

/** The alias table a field's cells are read through (dates fall back to the yes/no table). */
export function kindOf(field: SheetField): ValueKind | null {
  if (field === 'channel' || field === 'status' || field === 'last_message_by') return field;
  return isDateField(field) ? 'flag' : null;
}

/** Fields that can take more than one column: a date column and a yes/no column for the same step. */
export const multiColumn = (f: SheetField) => isDateField(f);

/** A sheet must give these, or the parts of the name. */
export const REQUIRED_FIELDS = ['name', 'profile_url'] as const;
