/**
 * Fingerprints of what stored figures were computed from (the per-warning figures, the templates): a
 * restarted background whose contacts give the same fingerprint keeps the stored figures. Per-contact
 * hashes are summed, so the order of the contacts does not matter; two 32-bit FNV-1a hashes make 64
 * bits, so two different trackers sharing one is out of reach.
 */
import type { TrackedContact } from '../tracker/schema';

/** FNV-1a over a string, from a given basis (two bases give two independent 32-bit hashes). */
function fnv(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const BASIS_A = 0x811c9dc5;
const BASIS_B = 0x050c5d1f;

/** The two hashes of a contact's fields (as text, in a fixed order). */
function hashFields(fields: readonly string[]): readonly [number, number] {
  const text = fields.join('\u0001');
  return [fnv(text, BASIS_A), fnv(text, BASIS_B)];
}

/**
 * The two hashes of a contact's request and what became of it (id, name, request date, note and
 * withdrawal, status, the dates of acceptance, reply, connection and messages), plus `extra` fields
 * the figures also depend on; null without a request.
 */
export function requestHash(c: TrackedContact, extra: readonly string[]): readonly [number, number] | null {
  const r = c.request;
  if (!r) return null;
  return hashFields([
    c.id,
    c.name,
    r.sentAt,
    r.note ?? '',
    r.withdrawnAt ?? '',
    c.status,
    c.acceptedAt ?? '',
    c.repliedAt ?? '',
    c.connectedAt ?? '',
    ...extra,
    ...c.messages.map((m) => m.sentAt),
  ]);
}

/** The contacts' hashes summed, with the code's version and the time zone: "count.a.b". */
export function fingerprintOf(
  contacts: readonly TrackedContact[],
  timeZone: string,
  engine: string,
  hashOf: (c: TrackedContact) => readonly [number, number] | null,
): string {
  let a = 0;
  let b = 0;
  let n = 0;
  for (const c of contacts) {
    const h = hashOf(c);
    if (!h) continue;
    a = (a + h[0]) >>> 0;
    b = (b + h[1]) >>> 0;
    n++;
  }
  const salt = `${engine}\u0001${timeZone}`;
  a = (a + fnv(salt, BASIS_A)) >>> 0;
  b = (b + fnv(salt, BASIS_B)) >>> 0;
  return `${n}.${a.toString(36)}.${b.toString(36)}`;
}
