/**
 * The background's side of the per-warning figures (issue 18): computes them from the tracker view's
 * contacts and keeps local:warningFigures (warning-figures-cache.ts) up to date.
 */
import { figuresFingerprint, sameFigures, VerdictCache, warningFiguresSliced } from '../insight/by-warning';
import type { TrackedContact } from './schema';
import { readWarningFigures, warningFiguresItem } from './warning-figures-cache';

interface Job {
  contacts: readonly TrackedContact[];
  timeZone: string;
  now: Date;
}

/** Stored figures older than this are computed again by a restarted worker (young requests age). */
const ADOPT_FOR_MS = 6 * 3_600_000;

/**
 * The background's side: one verdict cache for the worker's life (a note is analysed once, then
 * again only when it or its contact changes), one computation at a time (a refresh asked for
 * meanwhile runs once after it, with the latest contacts), the key written only when a figure changed.
 *
 * A service worker is stopped after 30 s idle and every wake reads the tracker again; analysing 20,000
 * notes each time would double what a wake costs. So a fresh worker first compares the contacts'
 * fingerprint with the stored figures' (same contacts, time zone and extension version, computed in
 * the last 6 hours): when they match it keeps them, and analyses only once something changes.
 */
export class WarningFiguresKeeper {
  readonly #cache = new VerdictCache();
  readonly #pause: () => Promise<void>;
  readonly #sliceSize: number | undefined;
  readonly #engine: string;
  /** The cache holds a verdict for every contact of the last pass. */
  #primed = false;
  #next: Job | null = null;
  #running: Promise<void> | null = null;

  /**
   * `pause` lets waiting messages through between slices of analysed notes; `engine` names the
   * engine's version (the extension's version: an update judges every note again).
   */
  constructor(pause: () => Promise<void>, options: { sliceSize?: number; engine?: string } = {}) {
    this.#pause = pause;
    this.#sliceSize = options.sliceSize;
    this.#engine = options.engine ?? 'dev';
  }

  /** Notes the engine has analysed so far (the rest came from the cache). */
  get analysed(): number {
    return this.#cache.analysed;
  }

  /** Recomputes from these contacts; resolves once the key holds figures for the latest call. */
  refresh(contacts: readonly TrackedContact[], timeZone: string, now: Date): Promise<void> {
    this.#next = { contacts, timeZone, now };
    if (!this.#running)
      this.#running = this.#drain().finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  async #drain(): Promise<void> {
    while (this.#next) {
      const job = this.#next;
      this.#next = null;
      const fp = figuresFingerprint(job.contacts, job.timeZone, this.#engine, this.#cache);
      if (!this.#primed) {
        const stored = await readWarningFigures();
        const age = stored ? job.now.getTime() - Date.parse(stored.computedAt) : Number.POSITIVE_INFINITY;
        if (stored?.fp === fp && age >= 0 && age < ADOPT_FOR_MS) continue;
      }
      const figures = await warningFiguresSliced(
        job.contacts,
        { now: job.now, timeZone: job.timeZone, cache: this.#cache, sliceSize: this.#sliceSize },
        this.#pause,
      );
      this.#primed = true;
      figures.fp = fp;
      // Newer contacts arrived meanwhile: their figures replace these, write only those.
      if (this.#next) continue;
      // Every LinkedIn tab may watch this key: write only when a figure changed.
      if (!sameFigures(await readWarningFigures(), figures)) await warningFiguresItem.setValue(figures);
    }
  }
}
