import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';

/** Fewer words than this and the language cannot be told reliably. */
const MIN_WORDS = 4;

/**
 * A text in a language we have no lexicons for: openers, pitches, asks and pressure cannot be
 * judged, so say so instead of showing a clean report (length, links, placeholders and capitals are
 * still checked). The figure it cites is the one the unchecked rules protect.
 */
export const limitedLanguage: Rule = {
  id: 'limited-language',
  get title() {
    return t('rule_limited_language');
  },
  check(input) {
    if (input.blank || input.language.primary !== 'other' || input.stats.words < MIN_WORDS) return [];
    return [warning('limited-language', 'info', t('draft_limited_language'), 'specificPersonalisation')];
  },
};
