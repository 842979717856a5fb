/** Reads stored contact values (the compact form, lib/tracker/codec.ts) back as records, in Node. */
import { decodeContact, isCompact } from '../../lib/tracker/codec';
import { repairContact } from '../../lib/tracker/repair-contact';
import type { TrackedContact } from '../../lib/tracker/schema';

export function storedContact(key: string, raw: unknown): TrackedContact {
  const long = isCompact(raw) ? decodeContact(key.slice('contact:'.length), raw) : raw;
  const r = repairContact(long);
  if (!r.ok) throw new Error(`${key} is unreadable: ${r.reason}`);
  return r.contact;
}
