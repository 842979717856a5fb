/** The background's per-warning figures for a page, followed as they change (warning-figures-cache.ts). */
import { useEffect, useState } from 'react';
import type { WarningFigures } from '../lib/insight/figures';
import { repairWarningFigures } from '../lib/insight/figures';
import { readWarningFigures, warningFiguresItem } from '../lib/tracker/warning-figures-cache';

/** Null until the background has written them (or while what is stored cannot be read). */
export function useWarningFigures(): WarningFigures | null {
  const [figures, setFigures] = useState<WarningFigures | null>(null);
  useEffect(() => {
    let live = true;
    void readWarningFigures().then((f) => {
      if (live) setFigures(f);
    });
    const unwatch = warningFiguresItem.watch((next) => setFigures(repairWarningFigures(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return figures;
}
