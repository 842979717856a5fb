import { t } from '../../i18n/t';
import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Below this many self pronouns the ratio means nothing. */
const MIN_SELF = 4;
const RATIO = 3;
const INCLUSIVE_WE =
  /\b(?:we|us)\s+(?:both|all|two|(?:first\s+)?(?:met|spoke|chatted|talked|sat|shared|worked together|studied together|were (?:both|on|in|at)))\b/g;

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
    const { youCount } = input.stats;
    let { selfCount } = input.stats;
    if (selfCount < MIN_SELF || selfCount < RATIO * youCount) return [];
    // "We met at…", "we both spoke…": that "we" includes the reader, so it is not about the writer.
    selfCount -= input.lower.match(INCLUSIVE_WE)?.length ?? 0;
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
