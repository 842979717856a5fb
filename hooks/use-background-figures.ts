/**
 * What the background keeps for the pages in storage (warning-figures-cache.ts, templates-cache.ts),
 * read once and followed as it changes. Null until the background has written it (or while what is
 * stored cannot be read).
 */
import { useEffect, useState } from 'react';
import { repairWarningFigures, type WarningFigures } from '../lib/insight/figures';
import { repairTemplateFigures, type TemplateFigures } from '../lib/insight/template-figures';
import { readTemplateFigures, templateFiguresItem } from '../lib/tracker/templates-cache';
import { readWarningFigures, warningFiguresItem } from '../lib/tracker/warning-figures-cache';

interface Kept<T> {
  read: () => Promise<T | null>;
  watch: (cb: (next: T | null) => void) => () => void;
  repair: (raw: unknown) => T | null;
}

function useKept<T>({ read, watch, repair }: Kept<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void read().then((v) => {
      if (live) setValue(v);
    });
    const unwatch = watch((next) => setValue(repair(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [read, watch, repair]);
  return value;
}

const WARNING_FIGURES: Kept<WarningFigures> = {
  read: readWarningFigures,
  watch: (cb) => warningFiguresItem.watch(cb),
  repair: repairWarningFigures,
};
const TEMPLATE_FIGURES: Kept<TemplateFigures> = {
  read: readTemplateFigures,
  watch: (cb) => templateFiguresItem.watch(cb),
  repair: repairTemplateFigures,
};

/** Acceptance per warning the coach gives. */
export const useWarningFigures = () => useKept(WARNING_FIGURES);
/** The user's templates found in their sent notes. */
export const useTemplateFigures = () => useKept(TEMPLATE_FIGURES);
