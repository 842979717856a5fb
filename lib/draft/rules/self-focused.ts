import { isFirstTouchOutreach, type Rule, warning } from '../input';

/** Below this many self pronouns the ratio means nothing. */
const MIN_SELF = 4;
const RATIO = 3;

/** I/me/my/we/our far outweigh you/your (seed 004: the reader should not have to find the relevance). */
export const selfFocused: Rule = {
  id: 'self-focused',
  title: 'About you, not them',
  check(input) {
    const { surface } = input.context;
    if (surface === 'post' || surface === 'comment' || surface === 'inmail-subject') return [];
    if (!input.english) return [];
    const { selfCount, youCount } = input.stats;
    if (selfCount < MIN_SELF || selfCount < RATIO * youCount) return [];
    const ratio = youCount === 0 ? `${selfCount} times` : `${selfCount} times against ${youCount}`;
    return [
      warning(
        'self-focused',
        isFirstTouchOutreach(input) ? 'warn' : 'info',
        `You mention yourself ${ratio} for "you/your". Turn one line about you into one about them: their work, their question, what is in it for them.`,
        'recipientFocus',
      ),
    ];
  },
};
