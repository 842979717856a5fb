import { t } from '../../i18n/t';
import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Fewer words than this and there is too little to judge (blank-note and generic-opener cover those). */
const MIN_WORDS = 6;

/**
 * Nothing in a first touch ties it to this reader. A name alone is not personalisation (seed 000:
 * specific references get 27% more replies than name-swapped templates). Judged in the five
 * languages we have hook lexicons for; in any other the language notice says coaching is limited.
 */
export const noHook: Rule = {
  id: 'no-hook',
  get title() {
    return t('rule_no_hook');
  },
  check(input) {
    if (!isFirstTouchOutreach(input) || input.blank) return [];
    const { primary } = input.language;
    if (primary === null || primary === 'other') return [];
    if (input.stats.words < MIN_WORDS || input.hook) return [];
    return [warning('no-hook', 'warn', t('draft_no_hook'), 'specificPersonalisation')];
  },
};
