/**
 * The background's side of the per-warning figures: judges the sent notes of the tracker view's
 * contacts again (lib/insight/by-warning.ts) in slices and keeps local:warningFigures
 * (warning-figures-cache.ts) up to date, the way figures-keeper.ts keeps figures. A note is analysed
 * once per worker's life, then again only when it or its contact changes.
 */
import { figuresFingerprint, VerdictCache, warningFiguresSliced } from '../insight/by-warning';
import { sameFigures, type WarningFigures } from '../insight/figures';
import { FiguresKeeper, type KeeperJob } from './figures-keeper';
import { readWarningFigures, warningFiguresItem } from './warning-figures-cache';

export class WarningFiguresKeeper extends FiguresKeeper<WarningFigures> {
  readonly #cache = new VerdictCache();
  readonly #pause: () => Promise<void>;
  readonly #sliceSize: number | undefined;
  readonly #engine: string;

  /**
   * `pause` lets waiting messages through between slices of analysed notes; `engine` names the
   * engine's version (the extension's version: an update judges every note again).
   */
  constructor(pause: () => Promise<void>, options: { sliceSize?: number; engine?: string } = {}) {
    super();
    this.#pause = pause;
    this.#sliceSize = options.sliceSize;
    this.#engine = options.engine ?? 'dev';
  }

  /** Notes the engine has analysed so far (the rest came from the cache). */
  get analysed(): number {
    return this.#cache.analysed;
  }

  protected fingerprint(job: KeeperJob): string {
    return figuresFingerprint(job.contacts, job.timeZone, this.#engine, this.#cache);
  }

  protected read(): Promise<WarningFigures | null> {
    return readWarningFigures();
  }

  protected async compute(job: KeeperJob, fp: string): Promise<WarningFigures> {
    const figures = await warningFiguresSliced(
      job.contacts,
      { now: job.now, timeZone: job.timeZone, cache: this.#cache, sliceSize: this.#sliceSize },
      this.#pause,
    );
    figures.fp = fp;
    return figures;
  }

  protected same(stored: WarningFigures | null, figures: WarningFigures): boolean {
    return sameFigures(stored, figures);
  }

  protected write(figures: WarningFigures): Promise<void> {
    return warningFiguresItem.setValue(figures);
  }
}
