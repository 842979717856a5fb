/** Comparing two records of a contact, for the writer and the import preview (pure, no storage). */
import type { TrackedContact } from './schema';

/** Equal ignoring updatedAt. */
export function sameRecord(a: TrackedContact, b: TrackedContact): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

/** JSON with sorted keys (undefined dropped), for comparisons. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
