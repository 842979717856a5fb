import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';
import { MIN_SIMILARITY_WORDS, mostSimilar, shingleSet, toPrepared } from '../similarity';

/** research/text-analysis.md: flag at Jaccard 0.6-0.7. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Near-identical to a note the user already sent (seed 000: LinkedIn and recipients spot templates). */
export const templateSimilarity: Rule = {
  id: 'template-similarity',
  get title() {
    return t('rule_template_similarity');
  },
  check(input) {
    const { surface, history } = input.context;
    if (!history || surface === 'inmail-subject' || surface === 'post') return [];
    if (input.stats.words < MIN_SIMILARITY_WORDS) return [];
    const prepared = toPrepared(history);
    if (prepared.sets.length === 0) return [];
    const best = mostSimilar(shingleSet(input.text), prepared, SIMILARITY_THRESHOLD);
    if (!best) return [];
    const pct = Math.round(best.similarity * 100);
    return [
      warning('template-similarity', 'warn', t('draft_template', { percent: pct }), 'structuralSimilarity'),
    ];
  },
};
