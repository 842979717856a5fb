/**
 * Contact storage: ONE KEY PER CONTACT in `browser.storage.local`, `contact:<normalised profile URL>`,
 * with no index of every contact. Why:
 * - One change writes one small value (~0.4 kB), whatever the store's size: a chunked layout rewrites a
 *   whole chunk (say 500 contacts, ~250 kB) per change, and an index key (20,000 URLs ≈ 1 MB) would be
 *   rewritten by every add and delete, which is what we set out to avoid.
 * - Listing needs no index: one `storage.local.get(null)` (WXT `storage.snapshot('local')`) returns
 *   every key in a single call, and we filter on the prefix. `npm run bench` (area tracker) measures
 *   reading, validating and one write at 20,000 contacts in Chromium.
 * - What pages need before every contact is read (counts, the first 30 due rows) is in one bounded
 *   summary key (~30 kB, summary.ts) the background rewrites after a change: its size does not grow
 *   with the store, unlike an index of every URL.
 * - Each record carries its schema version `v` and is migrated on read (migrations.ts), so a
 *   half-finished upgrade or an old export still reads. Since v2 the value is stored compactly
 *   (codec.ts): short names, epoch-ms dates, no id (the key is the id), defaults left out.
 * - IndexedDB would also scale, but storage.local is what WXT's storage module, `watch` and the fake
 *   browser give us; the whole store stays JSON, which export and import use as is.
 * Size: about 410 bytes per contact (key included; 699 in the long v1 form), so 20,000 contacts are
 * ~7.9 MB, under Chrome's 10 MB storage.local quota; the manifest keeps `unlimitedStorage` for
 * larger stores and long notes.
 *
 * Reads validate and repair every record (repair-contact.ts) and never throw: the caller gets
 * `{ contacts, problems }`. Reading does not write; the writer (writer.ts) sets unreadable records
 * aside under `quarantine:<original key>` (raw value kept as is, with the reason) and saves repairs.
 */
import { storage } from 'wxt/utils/storage';
import { decodeContact, encodeContact, fastDecode, isCompact } from './codec';
import type { Migration } from './migrations';
import { repairContact } from './repair-contact';
import { CONTACT_VERSION, type TrackedContact } from './schema';
import { SUMMARY_KEY } from './summary';

/** Storage-area keys (without the `local:` area prefix) for the per-record data. */
export const CONTACT_PREFIX = 'contact:';
export const QUARANTINE_PREFIX = 'quarantine:';
/** Small meta key: the contact schema version the store was last brought to. */
export const TRACKER_META_KEY = 'local:trackerMeta';
/** The undo journal for "Tracked: request to X · Undo" (writer.ts). */
export const UNDO_KEY = 'local:trackerUndo';

export const contactKey = (id: string) => `local:${CONTACT_PREFIX}${id}` as const;
const quarantineKey = (areaKey: string) => `local:${QUARANTINE_PREFIX}${areaKey}` as const;

export interface StoreProblem {
  /** The storage key (area-relative, e.g. "contact:https://www.linkedin.com/in/ana"). */
  key: string;
  reason: string;
  /** repaired: read with fields dropped or defaulted; quarantined: unreadable, set aside; skipped: newer version, left alone. */
  action: 'repaired' | 'quarantined' | 'skipped';
}

export interface ReadResult {
  contacts: TrackedContact[];
  problems: StoreProblem[];
}

/** What the writer must persist after a read: repaired or migrated records, and records to set aside. */
export interface StoreFixes {
  rewrite: TrackedContact[];
  quarantine: { key: string; raw: unknown; reason: string }[];
}

export interface QuarantineEntry {
  /** The key the value was found under. */
  key: string;
  reason: string;
  /** When it was set aside (ISO). */
  at: string;
  /** The value exactly as it was found. */
  raw: unknown;
}

/** Pure: reads the contact records out of a storage snapshot (area-relative keys). */
export function readContactsFrom(
  snapshot: Record<string, unknown>,
  migrations?: readonly Migration[],
  target: number = CONTACT_VERSION,
): ReadResult & { fixes: StoreFixes } {
  const contacts: TrackedContact[] = [];
  const problems: StoreProblem[] = [];
  const fixes: StoreFixes = { rewrite: [], quarantine: [] };
  for (const [key, raw] of Object.entries(snapshot)) {
    if (!key.startsWith(CONTACT_PREFIX) || key.endsWith('$')) continue;
    const result = readOne(key, raw, migrations, target);
    if (result.problem) problems.push(result.problem);
    if (result.contact) contacts.push(result.contact);
    if (result.rewrite) fixes.rewrite.push(result.rewrite);
    if (result.problem?.action === 'quarantined')
      fixes.quarantine.push({ key, raw, reason: result.problem.reason });
  }
  return { contacts, problems, fixes };
}

function readOne(
  key: string,
  raw: unknown,
  migrations: readonly Migration[] | undefined,
  target: number,
): { contact?: TrackedContact; problem?: StoreProblem; rewrite?: TrackedContact } {
  // Stored records are compact (codec.ts); a long-form record is an older version, migrated on read.
  const compact = isCompact(raw);
  if (compact) {
    const fast = fastDecode(key.slice(CONTACT_PREFIX.length), raw);
    if (fast) return { contact: fast };
  }
  const long = compact ? decodeContact(key.slice(CONTACT_PREFIX.length), raw) : raw;
  const r = repairContact(long, migrations, target);
  if (!r.ok) return { problem: { key, reason: r.reason, action: r.newer ? 'skipped' : 'quarantined' } };
  const expectedKey = `${CONTACT_PREFIX}${r.contact.id}`;
  if (key !== expectedKey)
    return {
      problem: {
        key,
        reason: `stored under the wrong key (its id is ${r.contact.id})`,
        action: 'quarantined',
      },
    };
  const migrated = r.migrated;
  if (r.repaired.length === 0)
    return migrated ? { contact: r.contact, rewrite: r.contact } : { contact: r.contact };
  return {
    contact: r.contact,
    rewrite: r.contact,
    problem: { key, reason: `repaired: ${r.repaired.join(', ')}`, action: 'repaired' },
  };
}

/** All of storage.local in one read, or the problem to report when even that fails. */
async function readSnapshot(): Promise<{ snapshot: Record<string, unknown> } | { problem: StoreProblem }> {
  try {
    return { snapshot: await storage.snapshot('local') };
  } catch (err) {
    return {
      problem: {
        key: '(storage)',
        reason: `storage could not be read: ${(err as Error).message}`,
        action: 'skipped',
      },
    };
  }
}

/** Contacts and the quarantine from ONE read of storage (pages: 20,000 records are read once). */
export async function readContactsAndQuarantine(): Promise<ReadResult & { quarantined: QuarantineEntry[] }> {
  const read = await readSnapshot();
  if ('problem' in read) return { contacts: [], problems: [read.problem], quarantined: [] };
  const { snapshot } = read;
  const { contacts, problems } = readContactsFrom(snapshot);
  let quarantined: QuarantineEntry[] = [];
  try {
    quarantined = quarantineFrom(snapshot);
  } catch {
    // A damaged quarantine list never hides the contacts.
  }
  return { contacts, problems, quarantined };
}

/** Every contact, validated and repaired. Never throws; reads only. */
export async function readAllContacts(): Promise<ReadResult> {
  const { contacts, problems } = await readAllWithFixes();
  return { contacts, problems };
}

export async function readAllWithFixes(
  migrations?: readonly Migration[],
): Promise<ReadResult & { fixes: StoreFixes }> {
  const read = await readSnapshot();
  if ('problem' in read)
    return { contacts: [], problems: [read.problem], fixes: { rewrite: [], quarantine: [] } };
  const { snapshot } = read;
  return readContactsFrom(snapshot, migrations);
}

/** One contact by id (normalised URL), validated and repaired; null when absent or unreadable. */
export async function readContact(
  id: string,
): Promise<{ contact: TrackedContact | null; problem?: StoreProblem }> {
  const key = `${CONTACT_PREFIX}${id}`;
  let raw: unknown;
  try {
    raw = await storage.getItem(contactKey(id));
  } catch (err) {
    return { contact: null, problem: { key, reason: (err as Error).message, action: 'skipped' } };
  }
  if (raw === null || raw === undefined) return { contact: null };
  const r = readOne(key, raw, undefined, CONTACT_VERSION);
  return r.problem ? { contact: r.contact ?? null, problem: r.problem } : { contact: r.contact ?? null };
}

/** Writes contacts in one batch (one storage call), in the stored compact form (codec.ts). */
export async function writeContacts(contacts: readonly TrackedContact[]): Promise<void> {
  if (contacts.length === 0) return;
  await storage.setItems(contacts.map((c) => ({ key: contactKey(c.id), value: encodeContact(c) })));
}

export async function removeContacts(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await storage.removeItems(ids.map((id) => contactKey(id)));
}

/** Moves unreadable values aside: kept as they were, under quarantine:<key>, with the reason. */
export async function quarantineValues(entries: StoreFixes['quarantine'], at: string): Promise<void> {
  if (entries.length === 0) return;
  await storage.setItems(
    entries.map((e) => ({
      key: quarantineKey(e.key),
      value: { key: e.key, reason: e.reason, at, raw: e.raw } satisfies QuarantineEntry,
    })),
  );
}

export async function readQuarantine(): Promise<QuarantineEntry[]> {
  return quarantineFrom(await storage.snapshot('local'));
}

/** Pure: the quarantine entries in a storage snapshot (area-relative keys). */
function quarantineFrom(snapshot: Record<string, unknown>): QuarantineEntry[] {
  const out: QuarantineEntry[] = [];
  for (const [key, value] of Object.entries(snapshot))
    if (key.startsWith(QUARANTINE_PREFIX)) {
      const v = value as Partial<QuarantineEntry> | null;
      out.push({
        key: typeof v?.key === 'string' ? v.key : key.slice(QUARANTINE_PREFIX.length),
        reason: typeof v?.reason === 'string' ? v.reason : 'unknown',
        at: typeof v?.at === 'string' ? v.at : '',
        raw: v && typeof v === 'object' && 'raw' in v ? v.raw : value,
      });
    }
  return out;
}

/** Every key the tracker owns (contacts, quarantine, meta, undo), area-relative. */
export async function trackerKeys(): Promise<string[]> {
  const snapshot = await storage.snapshot('local');
  return Object.keys(snapshot).filter(
    (k) =>
      k.startsWith(CONTACT_PREFIX) ||
      k.startsWith(QUARANTINE_PREFIX) ||
      k === TRACKER_META_KEY.slice(6) ||
      k === UNDO_KEY.slice(6) ||
      k === SUMMARY_KEY.slice(6),
  );
}
