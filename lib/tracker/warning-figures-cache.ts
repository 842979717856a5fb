/**
 * What the coach says about each sent note, grouped, as the background keeps it: the
 * dashboard's "Does the coaching work for you?" and the panel's "your notes with a pitch: 20%
 * accepted" read this one small key (lib/insight/by-warning.ts, WarningFigures; ~1 kB) instead of
 * re-analysing every stored note. Like the summary and volume keys it is only a cache: anything
 * unreadable reads as null and the background writes it again on its next refresh
 * (warning-figures-keeper.ts, which carries the note engine; this file does not).
 */
import { storage } from 'wxt/utils/storage';
import { repairWarningFigures, type WarningFigures } from '../insight/figures';

const WARNING_FIGURES_KEY = 'local:warningFigures';

export const warningFiguresItem = storage.defineItem<WarningFigures | null>(WARNING_FIGURES_KEY, {
  fallback: null,
});

export async function readWarningFigures(): Promise<WarningFigures | null> {
  try {
    return repairWarningFigures(await warningFiguresItem.getValue());
  } catch {
    return null;
  }
}
