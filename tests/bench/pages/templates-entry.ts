/**
 * Bundled with esbuild (iife, global __ccTemplates) and run in a cross-origin-isolated Chromium page:
 * the user's templates (lib/insight/templates.ts) over a 20,000-contact tracker as the background
 * finds them, and the insight view's existing figures (buildInsight) over the same tracker as the peer.
 */

import { buildInsight } from '../../../lib/insight/summary';
import { SlotWordsCache } from '../../../lib/insight/template-cache';
import { findTemplates, findTemplatesSliced } from '../../../lib/insight/templates';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

let contacts: TrackedContact[] = [];
let cache = new SlotWordsCache();
let now = new Date();
let sink = 0;

export function add(batch: TrackedContact[], at: string): number {
  contacts.push(...batch);
  now = new Date(at);
  return contacts.length;
}

const opts = () => ({ now, timeZone: 'UTC', cache });

/** Every note read and clustered (a fresh cache), as a fresh service worker or "Name as a version". */
export function cold(): { ms: number; notes: number; templates: number; largest: number; oneOffs: number } {
  cache = new SlotWordsCache();
  const t0 = performance.now();
  const r = findTemplates(contacts, opts());
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
export function warm(): number {
  const t0 = performance.now();
  sink += findTemplates(contacts, opts()).notes;
  return performance.now() - t0;
}

/** One request sent with a note, after every other (the clustering is extended, not redone). */
export function oneSent(i: number): { ms: number; rebuilt: boolean } {
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
  const t0 = performance.now();
  sink += findTemplates(contacts, opts()).notes;
  return { ms: performance.now() - t0, rebuilt: cache.rebuilt !== before };
}

/** One request marked accepted (a new object, as the tracker view holds after a write). */
export function oneAccepted(i: number): number {
  const at = i % contacts.length;
  const c = contacts[at] as TrackedContact;
  contacts[at] = { ...c, status: 'accepted', acceptedAt: now.toISOString() };
  const t0 = performance.now();
  sink += findTemplates(contacts, opts()).notes;
  return performance.now() - t0;
}

/** Every contact re-read from storage (new objects, same notes): slot words come from the text cache. */
export function reread(): { ms: number; made: number } {
  contacts = structuredClone(contacts);
  const before = cache.made;
  const t0 = performance.now();
  sink += findTemplates(contacts, opts()).notes;
  return { ms: performance.now() - t0, made: cache.made - before };
}

/** The background's way: a fresh cache, a turn whenever 8 ms passed; the stretches between turns. */
export async function sliced(): Promise<{ totalMs: number; stretches: number[] }> {
  cache = new SlotWordsCache();
  let last = performance.now();
  const stretches: number[] = [];
  const t0 = last;
  await findTemplatesSliced(contacts, { ...opts(), budgetMs: 8 }, async () => {
    stretches.push(performance.now() - last);
    await new Promise((r) => setTimeout(r, 0));
    last = performance.now();
  });
  const end = performance.now();
  stretches.push(end - last);
  return { totalMs: end - t0, stretches };
}

/**
 * The control for `sliced`: the same number of 8 ms stretches of plain busy work, each followed by
 * the same turn. Its longest stretch is what the machine adds (other processes, the page's own GC).
 */
export async function control(count: number): Promise<number[]> {
  const stretches: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    let x = 0;
    while (performance.now() - start < 8) x += Math.sqrt(x + i);
    sink += x > 0 ? 1 : 0;
    stretches.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 0));
  }
  return stretches;
}

/** The peer: the insight view's figures (versions, audiences, volume, pile) over the same tracker. */
export function peer(): number {
  const t0 = performance.now();
  sink += buildInsight(contacts, DEFAULT_SETTINGS, now, 'UTC').sent;
  return performance.now() - t0;
}

export function info() {
  return { crossOriginIsolated: globalThis.crossOriginIsolated === true, sink };
}
