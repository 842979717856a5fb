/**
 * Bundled with esbuild (iife, global __ccTemplates) and run in a cross-origin-isolated Chromium page:
 * the user's templates (lib/insight/templates.ts) over a 20,000-contact tracker as the background
 * finds them, and the insight view's existing figures (buildInsight) over the same tracker as the peer.
 */

import { SlotWordsCache } from '../../../lib/insight/template-cache';
import { findTemplates, findTemplatesSliced } from '../../../lib/insight/templates';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { held, keep, timed, timeTurns } from './in-page';

export { add, control, info, peer } from './in-page';

let cache = new SlotWordsCache();

const opts = () => ({ now: held.now, timeZone: 'UTC', cache });
const clustered = () => keep(findTemplates(held.contacts, opts()).notes);

/** Every note read and clustered (a fresh cache), as a fresh service worker or "Name as a version". */
export function cold(): { ms: number; notes: number; templates: number; largest: number; oneOffs: number } {
  cache = new SlotWordsCache();
  const t0 = performance.now();
  const r = findTemplates(held.contacts, opts());
  const ms = performance.now() - t0;
  return {
    ms,
    notes: r.notes,
    templates: r.templates.length,
    largest: r.templates[0]?.sent ?? 0,
    oneOffs: r.oneOffs?.sent ?? 0,
  };
}

/** Nothing changed since the last pass. */
export const warm = (): number => timed(clustered);

/** One request sent with a note, after every other (the clustering is extended, not redone). */
export function oneSent(i: number): { ms: number; rebuilt: boolean } {
  const { contacts, now } = held;
  const c = contacts[i % contacts.length] as TrackedContact;
  const at = new Date(now.getTime() + (i + 1) * 60_000).toISOString();
  contacts.push({
    ...c,
    id: `${c.id}sent-${i}`,
    profileUrl: `${c.profileUrl}sent-${i}`,
    request: {
      sentAt: at,
      note: `Hi ${c.name.split(' ')[0]}, your post on payment retries #${i} was sharp. Would be glad to connect.`,
    },
  });
  const before = cache.rebuilt;
  return { ms: timed(clustered), rebuilt: cache.rebuilt !== before };
}

/** One request marked accepted (a new object, as the tracker view holds after a write). */
export function oneAccepted(i: number): number {
  const { contacts, now } = held;
  const at = i % contacts.length;
  const c = contacts[at] as TrackedContact;
  contacts[at] = { ...c, status: 'accepted', acceptedAt: now.toISOString() };
  return timed(clustered);
}

/** Every contact re-read from storage (new objects, same notes): slot words come from the text cache. */
export function reread(): { ms: number; made: number } {
  held.contacts = structuredClone(held.contacts);
  const before = cache.made;
  return { ms: timed(clustered), made: cache.made - before };
}

/** The background's way: a fresh cache, a turn whenever 8 ms passed; the stretches between turns. */
export function sliced(): Promise<{ totalMs: number; stretches: number[] }> {
  cache = new SlotWordsCache();
  return timeTurns((turn) => findTemplatesSliced(held.contacts, { ...opts(), budgetMs: 8 }, turn));
}
