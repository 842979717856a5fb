/**
 * The background's side of "Your templates": clusters the sent notes of the tracker view's contacts
 * (lib/insight/templates.ts) in slices and keeps local:templateFigures (templates-cache.ts) up to
 * date, the way figures-keeper.ts keeps figures. A note becomes slot words once per worker's life.
 */

import { SlotWordsCache } from '../insight/template-cache';
import { sameTemplateFigures, type TemplateFigures } from '../insight/template-figures';
import { templatesFingerprint, toTemplateFigures } from '../insight/template-record';
import { findTemplatesSliced } from '../insight/templates';
import { FiguresKeeper, type KeeperJob } from './figures-keeper';
import { readTemplateFigures, templateFiguresItem } from './templates-cache';

export class TemplatesKeeper extends FiguresKeeper<TemplateFigures> {
  readonly #cache = new SlotWordsCache();
  readonly #pause: () => Promise<void>;
  readonly #engine: string;
  readonly #budgetMs: number | undefined;

  /**
   * `pause` lets waiting messages through between slices; `engine` names the code's version (the
   * extension's version: an update clusters every note again).
   */
  constructor(pause: () => Promise<void>, options: { engine?: string; budgetMs?: number } = {}) {
    super();
    this.#pause = pause;
    this.#engine = options.engine ?? 'dev';
    this.#budgetMs = options.budgetMs;
  }

  /** Notes turned into slot words so far (the rest came from the cache). */
  get made(): number {
    return this.#cache.made;
  }

  protected fingerprint(job: KeeperJob): string {
    return templatesFingerprint(job.contacts, job.timeZone, this.#engine, (c) => this.#cache.hashOf(c));
  }

  protected read(): Promise<TemplateFigures | null> {
    return readTemplateFigures();
  }

  protected async compute(job: KeeperJob, fp: string): Promise<TemplateFigures> {
    const insight = await findTemplatesSliced(
      job.contacts,
      { now: job.now, timeZone: job.timeZone, cache: this.#cache, budgetMs: this.#budgetMs },
      this.#pause,
    );
    return toTemplateFigures(insight, job.now, fp);
  }

  protected same(stored: TemplateFigures | null, figures: TemplateFigures): boolean {
    return sameTemplateFigures(stored, figures);
  }

  protected write(figures: TemplateFigures): Promise<void> {
    return templateFiguresItem.setValue(figures);
  }
}
