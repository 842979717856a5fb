/**
 * The background's side of "Your templates" (issue 19): clusters the sent notes of the tracker view's
 * contacts (lib/insight/templates.ts) in slices and keeps local:templateFigures (templates-cache.ts)
 * up to date. The per-warning figures' pattern (warning-figures-keeper.ts): one cache for the
 * worker's life (a note becomes slot words once), one computation at a time (a refresh asked for
 * meanwhile runs once after it, with the latest contacts), the key written only when a figure changed,
 * and a restarted worker keeps stored figures whose fingerprint matches the contacts.
 */

import { sameTemplateFigures } from '../insight/template-figures';
import {
  findTemplatesSliced,
  SlotWordsCache,
  templatesFingerprint,
  toTemplateFigures,
} from '../insight/templates';
import type { TrackedContact } from './schema';
import { readTemplateFigures, templateFiguresItem } from './templates-cache';

interface Job {
  contacts: readonly TrackedContact[];
  timeZone: string;
  now: Date;
}

/** Stored figures older than this are computed again by a restarted worker (young requests age). */
const ADOPT_FOR_MS = 6 * 3_600_000;

export class TemplatesKeeper {
  readonly #cache = new SlotWordsCache();
  readonly #pause: () => Promise<void>;
  readonly #engine: string;
  readonly #budgetMs: number | undefined;
  #primed = false;
  #next: Job | null = null;
  #running: Promise<void> | null = null;

  /**
   * `pause` lets waiting messages through between slices; `engine` names the code's version (the
   * extension's version: an update clusters every note again).
   */
  constructor(pause: () => Promise<void>, options: { engine?: string; budgetMs?: number } = {}) {
    this.#pause = pause;
    this.#engine = options.engine ?? 'dev';
    this.#budgetMs = options.budgetMs;
  }

  /** Notes turned into slot words so far (the rest came from the cache). */
  get made(): number {
    return this.#cache.made;
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
      const fp = templatesFingerprint(job.contacts, job.timeZone, this.#engine, (c) => this.#cache.hashOf(c));
      if (!this.#primed) {
        const stored = await readTemplateFigures();
        const age = stored ? job.now.getTime() - Date.parse(stored.computedAt) : Number.POSITIVE_INFINITY;
        if (stored?.fp === fp && age >= 0 && age < ADOPT_FOR_MS) continue;
      }
      const insight = await findTemplatesSliced(
        job.contacts,
        { now: job.now, timeZone: job.timeZone, cache: this.#cache, budgetMs: this.#budgetMs },
        this.#pause,
      );
      this.#primed = true;
      const figures = toTemplateFigures(insight, job.now, fp);
      // Newer contacts arrived meanwhile: their figures replace these, write only those.
      if (this.#next) continue;
      if (!sameTemplateFigures(await readTemplateFigures(), figures))
        await templateFiguresItem.setValue(figures);
    }
  }
}
