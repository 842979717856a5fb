/**
 * The user's templates as the background keeps them: the dashboard's "Your templates" reads
 * this one key (lib/insight/template-figures.ts; a few kB) instead of clustering every sent note on a
 * render. Like the summary and per-warning keys it is only a cache: anything unreadable reads as null
 * and the background writes it again on its next refresh (templates-keeper.ts, which carries the
 * clustering code; this file does not).
 */
import { storage } from 'wxt/utils/storage';
import { repairTemplateFigures, type TemplateFigures } from '../insight/template-figures';

const TEMPLATE_FIGURES_KEY = 'local:templateFigures';

export const templateFiguresItem = storage.defineItem<TemplateFigures | null>(TEMPLATE_FIGURES_KEY, {
  fallback: null,
});

export async function readTemplateFigures(): Promise<TemplateFigures | null> {
  try {
    return repairTemplateFigures(await templateFiguresItem.getValue());
  } catch {
    return null;
  }
}
