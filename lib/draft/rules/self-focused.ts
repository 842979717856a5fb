import { t } from '../../i18n/t';
import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Below this many self pronouns the ratio means nothing. */
const MIN_SELF = 4;
const RATIO = 3;

/** I/me/my/we/our far outweigh you/your (seed 004: the reader should not have to find the relevance). */
export const selfFocused: Rule = {
  id: 'self-focused',
  get title() {
    return t('rule_self_focused');
  },
  check(input) {
    const { surface } = input.context;
    if (surface === 'post' || surface === 'comment' || surface === 'inmail-subject') return [];
    if (!input.english) return [];
    const { selfCount, youCount } = input.stats;
    if (selfCount < MIN_SELF || selfCount < RATIO * youCount) return [];
    return [
      warning(
        'self-focused',
        isFirstTouchOutreach(input) ? 'warn' : 'info',
        youCount === 0
          ? t('draft_self_focused', { self: selfCount })
          : t('draft_self_focused_against', { self: selfCount, you: youCount }),
        'recipientFocus',
      ),
    ];
  },
};
