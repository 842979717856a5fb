/**
 * How the background keeps a figures key up to date (the per-warning figures, "Your templates"): one
 * computation at a time (a refresh asked for meanwhile runs once after it, with the latest contacts),
 * the key written only when a figure changed (every LinkedIn tab may watch it), and a restarted worker
 * keeps stored figures whose fingerprint matches the contacts instead of computing them again.
 *
 * A service worker is stopped after 30 s idle and every wake reads the tracker again; judging 20,000
 * notes each time would double what a wake costs. So a fresh worker first compares the contacts'
 * fingerprint (same contacts, time zone and extension version) with the stored figures' computed in
 * the last 6 hours: when they match it keeps them, and computes only once something changes.
 */
import type { TrackedContact } from './schema';

export interface KeeperJob {
  contacts: readonly TrackedContact[];
  timeZone: string;
  now: Date;
}

/** Stored figures older than this are computed again by a restarted worker (young requests age). */
const ADOPT_FOR_MS = 6 * 3_600_000;

export abstract class FiguresKeeper<F extends { fp?: string; computedAt: string }> {
  #primed = false;
  #next: KeeperJob | null = null;
  #running: Promise<void> | null = null;

  protected abstract fingerprint(job: KeeperJob): string;
  protected abstract read(): Promise<F | null>;
  /** The figures for this job, fingerprint `fp` included. */
  protected abstract compute(job: KeeperJob, fp: string): Promise<F>;
  protected abstract same(stored: F | null, figures: F): boolean;
  protected abstract write(figures: F): Promise<void>;

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
      const fp = this.fingerprint(job);
      if (!this.#primed) {
        const stored = await this.read();
        const age = stored ? job.now.getTime() - Date.parse(stored.computedAt) : Number.POSITIVE_INFINITY;
        if (stored?.fp === fp && age >= 0 && age < ADOPT_FOR_MS) continue;
      }
      const figures = await this.compute(job, fp);
      this.#primed = true;
      // Newer contacts arrived meanwhile: their figures replace these, write only those.
      if (this.#next) continue;
      if (!this.same(await this.read(), figures)) await this.write(figures);
    }
  }
}
