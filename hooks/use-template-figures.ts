/** The background's templates for a page, followed as they change (templates-cache.ts). */
import { useEffect, useState } from 'react';
import { repairTemplateFigures, type TemplateFigures } from '../lib/insight/template-figures';
import { readTemplateFigures, templateFiguresItem } from '../lib/tracker/templates-cache';

/** Null until the background has written them (or while what is stored cannot be read). */
export function useTemplateFigures(): TemplateFigures | null {
  const [figures, setFigures] = useState<TemplateFigures | null>(null);
  useEffect(() => {
    let live = true;
    void readTemplateFigures().then((f) => {
      if (live) setFigures(f);
    });
    const unwatch = templateFiguresItem.watch((next) => setFigures(repairTemplateFigures(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return figures;
}
