import { t } from '../../i18n/t';
import { findLexicon, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

/**
 * Selling in a connection note, first message or InMail (seed 001: "never sell in the connection
 * note"): the offer, the product described in the first person, "I help <role>s <outcome>", social
 * proof with clients and metrics, prices and free trials. Patterns per language: lib/draft/lexicon.
 */
export const pitch: Rule = {
  id: 'pitch',
  get title() {
    return t('rule_pitch');
  },
  check(input) {
    const { surface, stage } = input.context;
    const firstTouch = isFirstTouchOutreach(input);
    const laterMessage = surface === 'message' && stage === 'follow-up';
    if ((!firstTouch && !laterMessage) || input.blank) return [];
    const span = findLexicon(input, 'pitch');
    if (!span) return [];
    return [
      firstTouch
        ? warning(
            'pitch',
            'warn',
            t('draft_pitch_first', { quote: quote(input.text, span) }),
            'noPitch',
            span,
          )
        : warning(
            'pitch',
            'info',
            t('draft_pitch_later', { quote: quote(input.text, span) }),
            'noPitch',
            span,
          ),
    ];
  },
};
