import { t } from '../../i18n/t';
import { findLexicon, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

/** Below this many self words the ratio means nothing. */
const MIN_SELF = 4;
const RATIO = 3;
/** With an introduction ("I'm Ana, a…", "15 years of experience"), fewer self words are enough. */
const INTRO_MIN_SELF = 2;
/** A one-line "I am a designer" is too short to call the note self-centred. */
const INTRO_MIN_WORDS = 15;
/** "We met at…", "we both spoke…", "wir haben uns… kennengelernt", "nous nous sommes rencontrés". */
const INCLUSIVE_WE =
  /\b(?:(?:we|us|we're|we are)\s+(?:both|all|two|(?:first\s+)?(?:met|spoke|chatted|talked|sat|shared|worked together|studied together|were (?:both|on|in|at)))|wir (?:beide|haben uns)|nous nous|nos conocimos|nos vimos|nos conhecemos)\b/g;

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
    // That "we" includes the reader, so it is not about the writer.
    const selfCount = input.stats.selfCount - (input.folded.match(INCLUSIVE_WE)?.length ?? 0);
    const severity = isFirstTouchOutreach(input) ? 'warn' : 'info';
    if (selfCount >= MIN_SELF && selfCount >= RATIO * youCount) {
      const words = input.selfWords.map((w) => t('common_quote', { text: w })).join(', ');
      return [
        warning(
          'self-focused',
          severity,
          youCount === 0
            ? t('draft_self_focused', { self: selfCount, words })
            : t('draft_self_focused_against', { self: selfCount, you: youCount, words }),
          'recipientFocus',
        ),
      ];
    }
    // Seed 000: "do not open with who you are"; an introduction that outweighs the reader is the note.
    // After a real hook (their course, their talk) a line about who you are is context, not the note.
    if (
      selfCount < INTRO_MIN_SELF ||
      selfCount <= youCount ||
      input.stats.words < INTRO_MIN_WORDS ||
      input.hook
    )
      return [];
    const intro = findLexicon(input, 'selfIntro');
    if (!intro) return [];
    return [
      warning(
        'self-focused',
        severity,
        t('draft_self_intro', { quote: quote(input.text, intro) }),
        'recipientFocus',
        intro,
      ),
    ];
  },
};
