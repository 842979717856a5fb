/**
 * The stored form of a contact (schema v2, 2026-11): the same fields as TrackedContact, written
 * compactly, because 20,000 contacts in the long form took 13.3 MB (699 bytes each) and every read
 * of the dashboard paid for it.
 * - short field names (table below); fields at their default (null degree, no messages, no signals,
 *   updatedAt equal to createdAt, a status the dates imply) are left out;
 * - the id is not stored: it is the key (`contact:<id>`), and the profile URL is stored as what it
 *   adds to the id (usually "/" or nothing);
 * - dates that are canonical UTC ISO strings (what toISOString writes) become epoch milliseconds;
 *   any other ISO form ("2026-03-03", an offset) stays a string, so decoding gives back exactly the
 *   text that was stored.
 * Pure and lenient: decode maps whatever it finds to the long form and leaves validation to
 * repairContact, so a damaged value is repaired or set aside with the long field names in the reason.
 *
 * Stored names: v version, n name, u profile URL (when not id + us), us what the URL adds to the id,
 * h headline, d degree, hv high value, au audience, ve version label, ch channel (index), co connected,
 * li last interaction, ac accepted, re replied, lb who wrote last (index in MESSAGE_SIDES; added
 * 2026-12, absent in older records), fn LinkedIn's first-name field and hi the page's history
 * [[at, kind index in HISTORY_KINDS, on or 0, source index in HISTORY_SOURCES]] (both added 2026-12,
 * absent in older records), sn snoozed until, r request { s sent, n note (absent:
 * blank), w withdrawn, ap approximate, t account type (index or null) }, m messages [[sent, 0 first |
 * 1 follow-up]], sg signals (long names, dates packed), da done actions [[action, at, dueAt?]],
 * c created, up updated, st status.
 */
import { isIsoDate } from '../sequencing/dates.ts';
import { ACTION_IDS } from '../sequencing/types.ts';
import {
  CHANNELS,
  CONTACT_VERSION,
  deriveStatus,
  HISTORY_KINDS,
  HISTORY_SOURCES,
  MESSAGE_SIDES,
  STATUSES,
  type TrackedContact,
} from './schema';

type Json = Record<string, unknown>;

/** Long name → stored name for the flat fields. */
const FLAT = {
  name: 'n',
  headline: 'h',
  highValue: 'hv',
  audience: 'au',
  version: 've',
  connectedAt: 'co',
  lastInteractionAt: 'li',
  acceptedAt: 'ac',
  repliedAt: 're',
  snoozedUntil: 'sn',
  firstName: 'fn',
} as const;
const DATES = new Set<string>([
  'connectedAt',
  'lastInteractionAt',
  'acceptedAt',
  'repliedAt',
  'snoozedUntil',
]);
const SIGNAL_DATES = new Set<string>(['engagedWithMyContent', 'iEngagedWithTheirs']);
const KINDS = ['first', 'follow-up'] as const;
/** Enums are stored as their index: channel in CHANNELS, account type in ACCOUNTS, message kind in KINDS. */
const ACCOUNTS = ['free', 'premium'] as const;
const fromIndex = (list: readonly string[], v: unknown) => (typeof v === 'number' ? (list[v] ?? v) : v);

/** A canonical UTC ISO string as epoch ms; any other value as it is. */
export function packDate(value: unknown): unknown {
  if (typeof value !== 'string' || value.length !== 24) return value;
  const t = Date.parse(value);
  return Number.isFinite(t) && new Date(t).toISOString() === value ? t : value;
}

/** Epoch ms back to the ISO string; a string or anything unreadable as it is (repair judges it). */
export function unpackDate(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** The stored value for a (valid) contact. */
export function encodeContact(c: TrackedContact): Json {
  const out: Json = { v: CONTACT_VERSION, n: c.name };
  if (c.profileUrl !== c.id) {
    if (c.profileUrl.startsWith(c.id)) out.us = c.profileUrl.slice(c.id.length);
    else out.u = c.profileUrl;
  }
  for (const [long, short] of Object.entries(FLAT)) {
    if (long === 'name') continue;
    const value = (c as unknown as Json)[long];
    if (value !== undefined) out[short] = DATES.has(long) ? packDate(value) : value;
  }
  if (c.channel !== undefined) out.ch = CHANNELS.indexOf(c.channel);
  if (c.lastMessageBy !== undefined) out.lb = MESSAGE_SIDES.indexOf(c.lastMessageBy);
  if (c.degree !== null) out.d = c.degree;
  if (c.request) {
    const r = c.request;
    const req: Json = { s: packDate(r.sentAt) };
    if (r.note !== null) req.n = r.note;
    if (r.withdrawnAt !== undefined) req.w = packDate(r.withdrawnAt);
    if (r.approximate !== undefined) req.ap = r.approximate;
    if (r.accountType !== undefined) req.t = r.accountType === null ? null : ACCOUNTS.indexOf(r.accountType);
    out.r = req;
  }
  if (c.messages.length) out.m = c.messages.map((m) => [packDate(m.sentAt), m.kind === 'first' ? 0 : 1]);
  const signals = Object.entries(c.signals).filter(([, v]) => v !== undefined);
  if (signals.length) {
    const sg: Json = {};
    for (const [k, v] of signals)
      sg[k] = SIGNAL_DATES.has(k)
        ? packDate(v)
        : k === 'trigger'
          ? { kind: (v as { kind: string }).kind, at: packDate((v as { at: string }).at) }
          : v;
    out.sg = sg;
  }
  if (c.history)
    out.hi = c.history.map((h) => [
      packDate(h.at),
      HISTORY_KINDS.indexOf(h.kind),
      h.on === undefined ? 0 : packDate(h.on),
      HISTORY_SOURCES.indexOf(h.source),
    ]);
  if (c.doneActions)
    out.da = c.doneActions.map((d) =>
      d.dueAt === undefined ? [d.action, packDate(d.at)] : [d.action, packDate(d.at), packDate(d.dueAt)],
    );
  out.c = packDate(c.createdAt);
  if (c.updatedAt !== c.createdAt) out.up = packDate(c.updatedAt);
  // deriveStatus keeps a given 'ignored': ask it what the dates alone imply.
  if (c.status !== deriveStatus({ ...c, status: undefined })) out.st = c.status;
  return out;
}

/** True when a stored value is in the compact form (v2 or later, no long-form `name`). */
export function isCompact(raw: unknown): raw is Json {
  return (
    raw !== null &&
    typeof raw === 'object' &&
    !Array.isArray(raw) &&
    typeof (raw as Json).v === 'number' &&
    ((raw as Json).v as number) >= 2 &&
    !('name' in raw)
  );
}

/**
 * The long form of a stored compact value, not yet validated (repairContact does that). Values of a
 * damaged field are passed through as found, so the repair can name them.
 */
export function decodeContact(id: string, raw: Json): Json {
  const out: Json = { v: raw.v, id };
  for (const [long, short] of Object.entries(FLAT)) {
    const value = raw[short];
    if (value !== undefined) out[long] = DATES.has(long) ? unpackDate(value) : value;
  }
  if (raw.ch !== undefined) out.channel = fromIndex(CHANNELS, raw.ch);
  if (raw.lb !== undefined) out.lastMessageBy = fromIndex(MESSAGE_SIDES, raw.lb);
  out.profileUrl = raw.u !== undefined ? raw.u : typeof raw.us === 'string' ? id + raw.us : id;
  out.degree = raw.d === undefined ? null : raw.d;
  if (raw.r !== undefined) {
    const r = raw.r as Json;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) out.request = r;
    else {
      const req: Json = { sentAt: unpackDate(r.s), note: r.n === undefined ? null : r.n };
      if (r.w !== undefined) req.withdrawnAt = unpackDate(r.w);
      if (r.ap !== undefined) req.approximate = r.ap;
      if (r.t !== undefined) req.accountType = fromIndex(ACCOUNTS, r.t);
      out.request = req;
    }
  }
  out.messages =
    raw.m === undefined
      ? []
      : Array.isArray(raw.m)
        ? raw.m.map((m) =>
            Array.isArray(m) ? { sentAt: unpackDate(m[0]), kind: KINDS[m[1] as 0 | 1] ?? m[1] } : m,
          )
        : raw.m;
  const sg = raw.sg;
  if (sg === undefined) out.signals = {};
  else if (sg === null || typeof sg !== 'object' || Array.isArray(sg)) out.signals = sg;
  else {
    const signals: Json = {};
    for (const [k, v] of Object.entries(sg as Json)) {
      if (SIGNAL_DATES.has(k)) signals[k] = unpackDate(v);
      else if (k === 'trigger' && v !== null && typeof v === 'object')
        signals[k] = { ...(v as Json), at: unpackDate((v as Json).at) };
      else signals[k] = v;
    }
    out.signals = signals;
  }
  if (raw.da !== undefined)
    out.doneActions = Array.isArray(raw.da)
      ? raw.da.map((d) => {
          if (!Array.isArray(d)) return d;
          const done: Json = { action: d[0], at: unpackDate(d[1]) };
          if (d.length > 2) done.dueAt = unpackDate(d[2]);
          return done;
        })
      : raw.da;
  if (raw.hi !== undefined)
    out.history = Array.isArray(raw.hi)
      ? raw.hi.map((h) => {
          if (!Array.isArray(h)) return h;
          const entry: Json = {
            at: unpackDate(h[0]),
            kind: fromIndex(HISTORY_KINDS, h[1]),
            source: fromIndex(HISTORY_SOURCES, h[3]),
          };
          if (h[2] !== 0 && h[2] !== undefined) entry.on = unpackDate(h[2]);
          return entry;
        })
      : raw.hi;
  out.createdAt = unpackDate(raw.c);
  out.updatedAt = raw.up === undefined ? out.createdAt : unpackDate(raw.up);
  if (raw.st !== undefined) out.status = raw.st;
  else {
    // Left out because the dates imply it; computed from what was decoded (deriveStatus reads only these).
    try {
      out.status = deriveStatus(out as unknown as TrackedContact);
    } catch {
      out.status = undefined;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The fast path for reading. decodeContact + repairContact (Zod) cost ~15 µs a record, a third of
// a 20,000-contact read. fastDecode checks the same rules by hand and builds the record directly;
// on anything it is not sure of (a damaged field, text with spaces Zod would trim, an unknown
// version) it answers null and the caller takes the full path, which repairs and names problems.
// tests/unit/tracker/codec.test.ts checks both paths agree.

/** Epoch ms that toISOString writes as a 4-digit year (what isIsoDate accepts). */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;
const STATUS_SET = new Set<string>(STATUSES);
const ACTION_SET = new Set<string>(ACTION_IDS);
const SIGNAL_TEXT = ['mutualConnection', 'sharedGroup', 'sharedEvent'] as const;
const FLAT_TEXT = ['headline', 'audience', 'version'] as const;

/** Sentinel thrown inside fastDecode: "not sure, take the full path". */
const DECLINE = Symbol('decline');

function date(value: unknown): string {
  if (typeof value === 'number') {
    if (!(value >= MIN_MS && value <= MAX_MS)) throw DECLINE;
    return new Date(value).toISOString();
  }
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw DECLINE;
}

function trimmed(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.trim() !== value) throw DECLINE;
  return value;
}

const plain = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The record for a valid current compact value, or null (take decodeContact + repairContact). */
export function fastDecode(id: string, raw: Json): TrackedContact | null {
  if (raw.v !== CONTACT_VERSION) return null;
  try {
    const c: Json = { v: CONTACT_VERSION, id: trimmed(id), name: trimmed(raw.n) };
    c.profileUrl = trimmed(raw.u !== undefined ? raw.u : raw.us === undefined ? id : id + String(raw.us));
    if (raw.us !== undefined && typeof raw.us !== 'string') throw DECLINE;
    for (const k of FLAT_TEXT) {
      const value = raw[FLAT[k]];
      if (value === undefined) continue;
      if (typeof value !== 'string') throw DECLINE;
      c[k] = value;
    }
    if (raw.fn !== undefined) c.firstName = trimmed(raw.fn);
    const d = raw.d;
    if (d !== undefined && d !== 1 && d !== 2 && d !== 3) throw DECLINE;
    c.degree = d ?? null;
    if (raw.hv !== undefined) {
      if (typeof raw.hv !== 'boolean') throw DECLINE;
      c.highValue = raw.hv;
    }
    if (raw.ch !== undefined) {
      const channel = typeof raw.ch === 'number' ? CHANNELS[raw.ch] : undefined;
      if (channel === undefined) throw DECLINE;
      c.channel = channel;
    }
    if (raw.lb !== undefined) {
      const side = typeof raw.lb === 'number' ? MESSAGE_SIDES[raw.lb] : undefined;
      if (side === undefined) throw DECLINE;
      c.lastMessageBy = side;
    }
    for (const k of DATES) {
      const value = raw[FLAT[k as keyof typeof FLAT]];
      if (value !== undefined) c[k] = date(value);
    }
    if (raw.r !== undefined) {
      const r = raw.r;
      if (!plain(r)) throw DECLINE;
      const req: Json = { sentAt: date(r.s), note: r.n === undefined ? null : r.n };
      if (typeof req.note !== 'string' && req.note !== null) throw DECLINE;
      if (r.w !== undefined) req.withdrawnAt = date(r.w);
      if (r.ap !== undefined) {
        if (typeof r.ap !== 'boolean') throw DECLINE;
        req.approximate = r.ap;
      }
      if (r.t !== undefined) {
        const account = r.t === null ? null : typeof r.t === 'number' ? ACCOUNTS[r.t] : undefined;
        if (account === undefined) throw DECLINE;
        req.accountType = account;
      }
      c.request = req;
    }
    const m = raw.m === undefined ? [] : raw.m;
    if (!Array.isArray(m)) throw DECLINE;
    c.messages = m.map((x) => {
      if (!Array.isArray(x) || (x[1] !== 0 && x[1] !== 1)) throw DECLINE;
      return { sentAt: date(x[0]), kind: KINDS[x[1]] };
    });
    const sg = raw.sg === undefined ? {} : raw.sg;
    if (!plain(sg)) throw DECLINE;
    const signals: Json = {};
    for (const [k, v] of Object.entries(sg)) {
      if (v === undefined) continue;
      if (SIGNAL_DATES.has(k)) signals[k] = date(v);
      else if ((SIGNAL_TEXT as readonly string[]).includes(k)) {
        if (typeof v !== 'string') throw DECLINE;
        signals[k] = v;
      } else if (k === 'openProfile') {
        if (typeof v !== 'boolean') throw DECLINE;
        signals[k] = v;
      } else if (k === 'trigger') {
        if (!plain(v) || typeof v.kind !== 'string') throw DECLINE;
        signals[k] = { kind: v.kind, at: date(v.at) };
      } else throw DECLINE;
    }
    c.signals = signals;
    if (raw.da !== undefined) {
      if (!Array.isArray(raw.da)) throw DECLINE;
      c.doneActions = raw.da.map((x) => {
        if (!Array.isArray(x) || x.length < 2 || x.length > 3) throw DECLINE;
        if (typeof x[0] !== 'string' || !ACTION_SET.has(x[0])) throw DECLINE;
        const done: Json = { action: x[0], at: date(x[1]) };
        if (x.length === 3) done.dueAt = date(x[2]);
        return done;
      });
    }
    if (raw.hi !== undefined) {
      if (!Array.isArray(raw.hi)) throw DECLINE;
      c.history = raw.hi.map((x) => {
        if (!Array.isArray(x) || x.length !== 4) throw DECLINE;
        const kind = typeof x[1] === 'number' ? HISTORY_KINDS[x[1]] : undefined;
        const source = typeof x[3] === 'number' ? HISTORY_SOURCES[x[3]] : undefined;
        if (kind === undefined || source === undefined) throw DECLINE;
        const entry: Json = { at: date(x[0]), kind, source };
        if (x[2] !== 0) entry.on = date(x[2]);
        return entry;
      });
    }
    c.createdAt = date(raw.c);
    c.updatedAt = raw.up === undefined ? c.createdAt : date(raw.up);
    if (raw.st !== undefined) {
      if (typeof raw.st !== 'string' || !STATUS_SET.has(raw.st)) throw DECLINE;
      c.status = raw.st;
    } else c.status = deriveStatus({ ...(c as unknown as TrackedContact), status: undefined });
    return c as unknown as TrackedContact;
  } catch (err) {
    if (err === DECLINE) return null;
    throw err;
  }
}
