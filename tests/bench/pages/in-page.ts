/**
 * What the in-page tracker benches share (coaching-entry.ts, templates-entry.ts): the 20,000 contacts
 * they were given, the peer measured in the same page, the timed turns of a sliced pass and its
 * control. Each entry re-exports what its bench calls.
 */
import { buildInsight } from '../../../lib/insight/summary';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

/** The tracker under test and the bench's "now"; entries replace `contacts` as a write would. */
export const held = { contacts: [] as TrackedContact[], now: new Date() };

let sink = 0;
/** Keeps a result alive, so the engine cannot drop the work that made it. */
export const keep = (n: number) => {
  sink += n;
};

/** Contacts come in batches (one page.evaluate each): returns how many are held. */
export function add(batch: TrackedContact[], at: string): number {
  held.contacts.push(...batch);
  held.now = new Date(at);
  return held.contacts.length;
}

/** Milliseconds `run` takes. */
export function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Times a pass the background runs in slices: `run` calls `turn` where it yields (a macrotask turn).
 * Returns the total and every stretch without a turn: what a message to the background may wait.
 */
export async function timeTurns(
  run: (turn: () => Promise<void>) => Promise<unknown>,
): Promise<{ totalMs: number; stretches: number[] }> {
  let last = performance.now();
  const stretches: number[] = [];
  const t0 = last;
  await run(async () => {
    stretches.push(performance.now() - last);
    await new Promise((r) => setTimeout(r, 0));
    last = performance.now();
  });
  const end = performance.now();
  stretches.push(end - last);
  return { totalMs: end - t0, stretches };
}

/**
 * The control for a sliced pass: the same number of `budgetMs` stretches of plain busy work, each
 * followed by the same turn. Its longest stretch is what the machine adds (other processes, the page's GC).
 */
export async function control(count: number, budgetMs = 8): Promise<number[]> {
  const stretches: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    let x = 0;
    while (performance.now() - start < budgetMs) x += Math.sqrt(x + i);
    keep(x > 0 ? 1 : 0);
    stretches.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 0));
  }
  return stretches;
}

/** The peer: the insight view's figures (versions, audiences, volume, pile) over the same tracker. */
export function peer(): number {
  return timed(() => keep(buildInsight(held.contacts, DEFAULT_SETTINGS, held.now, 'UTC').sent));
}

export function info() {
  return { crossOriginIsolated: globalThis.crossOriginIsolated === true, sink };
}
