import { buildInput } from './input';
import { makePreview } from './preview';
import { RULES } from './rules';
import { scoreWarnings, sortWarnings } from './score';
import type { DraftContext, DraftReport, Warning } from './types';

/** Text + context → counts, warnings (most severe first), score, stats and preview. Pure. */
export function analyzeDraft(text: string, context: DraftContext): DraftReport {
  const input = buildInput(text, context);
  const warnings: Warning[] = [];
  for (const rule of RULES) for (const w of rule.check(input)) warnings.push(w);
  const sorted = sortWarnings(warnings);
  const blankNote = input.blank && context.surface === 'connection-note';
  return {
    surface: context.surface,
    count: input.count,
    graphemes: input.graphemes,
    limit: input.limit,
    remaining: input.limit - input.count,
    warnings: sorted,
    score: scoreWarnings(sorted, blankNote),
    scored: !input.blank,
    stats: input.stats,
    preview: makePreview(text, input.sentences, input.greeting?.span.end ?? 0),
    language: {
      primary: input.language.primary,
      applied: input.language.applied,
      limited: input.language.primary === 'other',
    },
  };
}
