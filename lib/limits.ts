/**
 * LinkedIn's limits in one table: value, source, as-of date and confidence
 * (research/linkedin-dom.md §2). A limit the page shows (maxlength, an "N/M" counter) always wins
 * over this table; see resolveLimit().
 */
export type AccountType = 'free' | 'premium';

export type SurfaceKind = 'connection-note' | 'message' | 'inmail' | 'salesnav' | 'comment' | 'post';
export type FieldName = 'note' | 'body' | 'subject';

export interface LimitEntry {
  value: number;
  /** Where the figure comes from. */
  source: string;
  /** When the source says it was true. */
  asOf: string;
  confidence: 'high' | 'medium' | 'low';
  /** A softer figure to warn at, where sources conflict (InMail body 1,900 vs 2,000). */
  warnAt?: number;
}

export const LIMITS = {
  noteFree: {
    value: 200,
    source: 'Free-account note counter "0/200" (sanitised 2026 fixture) and three third-party guides',
    asOf: '2026-07-30',
    confidence: 'medium',
  },
  notePremium: {
    value: 300,
    source:
      'maxlength="300" in LinkedIn markup since 2017; 2026 dialog text "limit personal note to 300 characters"',
    asOf: '2026-07-30',
    confidence: 'high',
  },
  freeNotesPerMonth: {
    value: 5,
    source: 'LinkedIn Help a550555 says five; other sources say 3 or about 10 (editable setting)',
    asOf: '2026-07-30',
    confidence: 'low',
  },
  inmailSubject: {
    value: 200,
    source: 'LinkedIn Help a554514: "up to 200 characters in the required subject line"',
    asOf: '2026-05-29',
    confidence: 'medium',
  },
  inmailBody: {
    value: 2000,
    warnAt: 1900,
    source: 'LinkedIn Help a554514 says 2,000; many guides say 1,900',
    asOf: '2026-05-29',
    confidence: 'medium',
  },
  message: {
    value: 8000,
    source: 'typecount.com (2026) and lettercounter; maxlength="8000" on a 2026 messaging fixture',
    asOf: '2026-07-31',
    confidence: 'medium',
  },
  comment: {
    value: 1250,
    source:
      'Most-cited figure (vulse 2023, typecount 2026); a 2026 fixture shows maxlength 3000: the page wins',
    asOf: '2026-01-01',
    confidence: 'low',
  },
  post: {
    value: 3000,
    source: 'vulse 2023, typecount 2026; 2026 composer fixture maxlength="3000"',
    asOf: '2026-08-05',
    confidence: 'high',
  },
  salesnavSubject: {
    value: 200,
    source: 'Same as InMail (Sales Navigator markup not seen in 2026 sources)',
    asOf: '2024-01-01',
    confidence: 'low',
  },
  salesnavBody: {
    value: 2000,
    warnAt: 1900,
    source: 'Same as InMail (Sales Navigator markup not seen in 2026 sources)',
    asOf: '2024-01-01',
    confidence: 'low',
  },
} as const satisfies Record<string, LimitEntry>;

/** The table's limit for a field of a surface. An unknown account type gets the stricter free limit. */
export function tableLimit(kind: SurfaceKind, field: FieldName, account: AccountType | null): LimitEntry {
  switch (kind) {
    case 'connection-note':
      return account === 'premium' ? LIMITS.notePremium : LIMITS.noteFree;
    case 'message':
      return LIMITS.message;
    case 'inmail':
      return field === 'subject' ? LIMITS.inmailSubject : LIMITS.inmailBody;
    case 'salesnav':
      return field === 'subject' ? LIMITS.salesnavSubject : LIMITS.salesnavBody;
    case 'comment':
      return LIMITS.comment;
    case 'post':
      return LIMITS.post;
  }
}

export interface PageLimit {
  /** The `maxlength` of the field, when set. */
  maxLength?: number | null;
  /** M of an "N/M" counter shown next to the field. */
  counter?: number | null;
}

export interface ResolvedLimit {
  value: number;
  /** 'page' when read from maxlength or a counter, 'table' when it comes from LIMITS. */
  from: 'page' | 'table';
  /** Plain words for the UI: where the figure comes from. */
  source: string;
  asOf?: string;
  /** The browser enforces it (maxlength): text beyond it cannot be typed and pastes are cut. */
  enforced: boolean;
  warnAt?: number;
}

const plausible = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 100_000;

/** The page's own limit wins; if maxlength and the counter disagree, the stricter one does. */
export function resolveLimit(
  kind: SurfaceKind,
  field: FieldName,
  page: PageLimit,
  account: AccountType | null,
): ResolvedLimit {
  const max = plausible(page.maxLength) ? page.maxLength : null;
  const counter = plausible(page.counter) ? page.counter : null;
  if (max !== null || counter !== null) {
    const value = Math.min(max ?? Number.POSITIVE_INFINITY, counter ?? Number.POSITIVE_INFINITY);
    const how = max !== null && value === max ? "the box's own limit" : 'the counter LinkedIn shows';
    return {
      value,
      from: 'page',
      source: `Read from the page (${how})`,
      enforced: max !== null && value === max,
    };
  }
  const entry: LimitEntry = tableLimit(kind, field, account);
  return {
    value: entry.value,
    from: 'table',
    source: entry.source,
    asOf: entry.asOf,
    enforced: false,
    ...(entry.warnAt !== undefined ? { warnAt: entry.warnAt } : {}),
  };
}

/**
 * The note limit tells the account type: a 200 counter means a free account. 300 was everyone's limit
 * before 2025, so it only suggests Premium.
 */
export function inferAccountType(noteLimit: number): AccountType | null {
  if (noteLimit === LIMITS.noteFree.value) return 'free';
  if (noteLimit === LIMITS.notePremium.value) return 'premium';
  return null;
}
