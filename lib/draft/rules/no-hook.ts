import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Fewer words than this and there is too little to judge (blank-note and generic-opener cover those). */
const MIN_WORDS = 6;

/** Nothing in a first touch ties it to this reader. A name alone is not personalisation (seed 000). */
export const noHook: Rule = {
  id: 'no-hook',
  title: 'Nothing specific to them',
  check(input) {
    if (!isFirstTouchOutreach(input) || input.blank || !input.english) return [];
    if (input.stats.words < MIN_WORDS || input.hook) return [];
    return [
      warning(
        'no-hook',
        'warn',
        'Add one specific reason you are writing to this person: their post or talk, a mutual contact, a shared group, event or school, a new role, or news about their company.',
        'specificPersonalisation',
      ),
    ];
  },
};
