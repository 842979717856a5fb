import { t } from '../../i18n/t';
import { beforeReply, findLexicon, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

/**
 * Selling before they have answered (seed 001: "never sell in the connection note"; the first
 * message "should open a conversation, not close a sale"): the offer, the product described in the
 * first person, "I help <role>s <outcome>", social proof with clients and metrics, prices and free
 * trials. A follow-up that sells is still selling. Patterns per language: lib/draft/lexicon.
 */
export const pitch: Rule = {
  id: 'pitch',
  get title() {
    return t('rule_pitch');
  },
  check(input) {
    const { surface } = input.context;
    if (input.blank || (surface !== 'connection-note' && surface !== 'message' && surface !== 'inmail-body'))
      return [];
    const span = findLexicon(input, 'pitch');
    if (!span) return [];
    const q = quote(input.text, span);
    // Once they have talked, an offer can answer something they said: a reminder, not a warning.
    if (!beforeReply(input))
      return [warning('pitch', 'info', t('draft_pitch_talked', { quote: q }), 'noPitch', span)];
    return [
      isFirstTouchOutreach(input)
        ? warning('pitch', 'warn', t('draft_pitch_first', { quote: q }), 'noPitch', span)
        : warning('pitch', 'warn', t('draft_pitch_later', { quote: q }), 'noPitch', span),
    ];
  },
};
