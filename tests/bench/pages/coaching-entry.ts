/**
 * Bundled with esbuild (iife, global __ccCoaching) and run in a cross-origin-isolated Chromium page:
 * the per-warning figures (lib/insight/by-warning.ts) over a 20,000-contact tracker, as the background
 * computes them, and the insight view's existing figures (buildInsight) over the same tracker as the
 * peer measured in the same page.
 */
import { analyzeDraft } from '../../../lib/draft/index';
import { VerdictCache, warningFigures, warningFiguresSliced } from '../../../lib/insight/by-warning';
import { buildInsight } from '../../../lib/insight/summary';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

let contacts: TrackedContact[] = [];
let cache = new VerdictCache();
let now = new Date();
let sink = 0;

export function add(batch: TrackedContact[], at: string): number {
  contacts.push(...batch);
  now = new Date(at);
  return contacts.length;
}

export function reset(): void {
  contacts = [];
  cache = new VerdictCache();
}

const opts = () => ({ now, timeZone: 'UTC', cache });

/** Every note analysed (a fresh cache), as after the service worker starts. */
export function cold(): { ms: number; analysed: number; sends: number; groups: number } {
  cache = new VerdictCache();
  const t0 = performance.now();
  const f = warningFigures(contacts, opts());
  const ms = performance.now() - t0;
  return { ms, analysed: cache.analysed, sends: f.sends, groups: f.groups.length };
}

/** Nothing changed since the last pass: every verdict comes from the per-contact cache. */
export function warm(): number {
  const t0 = performance.now();
  sink += warningFigures(contacts, opts()).sends;
  return performance.now() - t0;
}

/** One contact's note edited (a new object, as the tracker view holds after a write). */
export function oneChanged(i: number): { ms: number; analysed: number } {
  const at = i % contacts.length;
  const c = contacts[at] as TrackedContact;
  const note = `Hi ${c.name.split(' ')[0]}, your post on payments retries #${i} was sharp. Would be glad to connect.`;
  contacts[at] = { ...c, request: { sentAt: c.request?.sentAt ?? now.toISOString(), note } };
  const before = cache.analysed;
  const t0 = performance.now();
  sink += warningFigures(contacts, opts()).sends;
  return { ms: performance.now() - t0, analysed: cache.analysed - before };
}

/** Every contact re-read from storage (new objects, same notes): verdicts come from the text cache. */
export function reread(): { ms: number; analysed: number } {
  contacts = structuredClone(contacts);
  const before = cache.analysed;
  const t0 = performance.now();
  sink += warningFigures(contacts, opts()).sends;
  return { ms: performance.now() - t0, analysed: cache.analysed - before };
}

/**
 * The background's way: a fresh cache, a pause (a macrotask turn) after every `slice` analysed notes.
 * Returns the total and the longest stretch without a pause: what a message to the background may wait.
 */
export async function sliced(slice: number): Promise<{ totalMs: number; stretches: number[] }> {
  cache = new VerdictCache();
  let last = performance.now();
  const stretches: number[] = [];
  const t0 = last;
  await warningFiguresSliced(contacts, { ...opts(), sliceSize: slice }, async () => {
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
export async function control(count: number, budgetMs: number): Promise<number[]> {
  const stretches: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    let x = 0;
    while (performance.now() - start < budgetMs) x += Math.sqrt(x + i);
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

/** The engine alone on the distinct notes (what the cold pass cannot avoid). */
export function engineOnly(): { ms: number; notes: number } {
  const seen = new Set<string>();
  const list: [string, string][] = [];
  for (const c of contacts) {
    const note = c.request?.note;
    if (!note?.trim() || seen.has(`${c.name}\u0001${note}`)) continue;
    seen.add(`${c.name}\u0001${note}`);
    list.push([note, c.name]);
  }
  const t0 = performance.now();
  for (const [note, name] of list)
    sink += analyzeDraft(note, { surface: 'connection-note', recipientName: name }).warnings.length;
  return { ms: performance.now() - t0, notes: list.length };
}

export function keyChars(): number {
  let n = 0;
  for (const c of contacts) if (c.request?.note?.trim()) n += c.name.length + c.request.note.length + 10;
  return n;
}

export function info() {
  return { crossOriginIsolated: globalThis.crossOriginIsolated === true, sink };
}
