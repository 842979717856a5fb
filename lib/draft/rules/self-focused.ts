import { t } from '../../i18n/t';
import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Below this many self words the ratio means nothing. */
const MIN_SELF = 4;
const RATIO = 3;
/** "We met at…", "we both spoke…", "wir haben uns… kennengelernt", "nous nous sommes rencontrés". */
const INCLUSIVE_WE =
  /\b(?:(?:we|us)\s+(?:both|all|two|(?:first\s+)?(?:met|spoke|chatted|talked|sat|shared|worked together|studied together|were (?:both|on|in|at)))|wir (?:beide|haben uns)|nous nous|nos conocimos|nos vimos|nos conhecemos)\b/g;

/**
 * I/me/my/we/our far outweigh you/your, in the text's own languages (seed 004: the reader should not
 * have to find the relevance). Names the self words it counted.
 */
export const selfFocused: Rule = {
  id: 'self-focused',
  get title() {
    return t('rule_self_focused');
  },
  check(input) {
    const { surface } = input.context;
    if (surface === 'post' || surface === 'comment' || surface === 'inmail-subject') return [];
    const { primary } = input.language;
    if (primary === null || primary === 'other') return [];
    const { youCount } = input.stats;
    let { selfCount } = input.stats;
    if (selfCount < MIN_SELF || selfCount < RATIO * youCount) return [];
    // That "we" includes the reader, so it is not about the writer.
    selfCount -= input.folded.match(INCLUSIVE_WE)?.length ?? 0;
    if (selfCount < MIN_SELF || selfCount < RATIO * youCount) return [];
    const words = input.selfWords.map((w) => t('common_quote', { text: w })).join(', ');
    return [
      warning(
        'self-focused',
        isFirstTouchOutreach(input) ? 'warn' : 'info',
        youCount === 0
          ? t('draft_self_focused', { self: selfCount, words })
          : t('draft_self_focused_against', { self: selfCount, you: youCount, words }),
        'recipientFocus',
      ),
    ];
  },
};
