/**
 * Bundled with esbuild (iife, global __ccCoaching) and run in a cross-origin-isolated Chromium page:
 * the per-warning figures (lib/insight/by-warning.ts) over a 20,000-contact tracker, as the background
 * computes them, and the insight view's existing figures (buildInsight) over the same tracker as the
 * peer measured in the same page.
 */
import { analyzeDraft } from '../../../lib/draft/index';
import { VerdictCache, warningFigures, warningFiguresSliced } from '../../../lib/insight/by-warning';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { held, keep, timed, timeTurns } from './in-page';

export { add, control, info, peer } from './in-page';

let cache = new VerdictCache();

export function reset(): void {
  held.contacts = [];
  cache = new VerdictCache();
}

const opts = () => ({ now: held.now, timeZone: 'UTC', cache });
const figures = () => keep(warningFigures(held.contacts, opts()).sends);

/** Every note analysed (a fresh cache), as after the service worker starts. */
export function cold(): { ms: number; analysed: number; sends: number; groups: number } {
  cache = new VerdictCache();
  const t0 = performance.now();
  const f = warningFigures(held.contacts, opts());
  const ms = performance.now() - t0;
  return { ms, analysed: cache.analysed, sends: f.sends, groups: f.groups.length };
}

/** Nothing changed since the last pass: every verdict comes from the per-contact cache. */
export const warm = (): number => timed(figures);

/** One contact's note edited (a new object, as the tracker view holds after a write). */
export function oneChanged(i: number): { ms: number; analysed: number } {
  const { contacts, now } = held;
  const at = i % contacts.length;
  const c = contacts[at] as TrackedContact;
  const note = `Hi ${c.name.split(' ')[0]}, your post on payments retries #${i} was sharp. Would be glad to connect.`;
  contacts[at] = { ...c, request: { sentAt: c.request?.sentAt ?? now.toISOString(), note } };
  const before = cache.analysed;
  return { ms: timed(figures), analysed: cache.analysed - before };
}

/** Every contact re-read from storage (new objects, same notes): verdicts come from the text cache. */
export function reread(): { ms: number; analysed: number } {
  held.contacts = structuredClone(held.contacts);
  const before = cache.analysed;
  return { ms: timed(figures), analysed: cache.analysed - before };
}

/** The background's way: a fresh cache, a pause (a macrotask turn) after every `slice` analysed notes. */
export function sliced(slice: number): Promise<{ totalMs: number; stretches: number[] }> {
  cache = new VerdictCache();
  return timeTurns((turn) => warningFiguresSliced(held.contacts, { ...opts(), sliceSize: slice }, turn));
}

/** The engine alone on the distinct notes (what the cold pass cannot avoid). */
export function engineOnly(): { ms: number; notes: number } {
  const seen = new Set<string>();
  const list: [string, string][] = [];
  for (const c of held.contacts) {
    const note = c.request?.note;
    if (!note?.trim() || seen.has(`${c.name}\u0001${note}`)) continue;
    seen.add(`${c.name}\u0001${note}`);
    list.push([note, c.name]);
  }
  const ms = timed(() => {
    for (const [note, name] of list)
      keep(analyzeDraft(note, { surface: 'connection-note', recipientName: name }).warnings.length);
  });
  return { ms, notes: list.length };
}

export function keyChars(): number {
  let n = 0;
  for (const c of held.contacts) if (c.request?.note?.trim()) n += c.name.length + c.request.note.length + 10;
  return n;
}
