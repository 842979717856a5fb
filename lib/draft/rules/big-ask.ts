import { t } from '../../i18n/t';
import { findLexicon, isFirstTouchOutreach, quote, type Rule, warning } from '../input';

/**
 * Calls, meetings, demos, a day and time, calendar links, referrals and job asks: too much for a
 * first touch (seed 001: one low-friction ask, "not 'schedule a 30-minute demo'"). A light chat is
 * only advice: the seed's own strong example ends "Open to a quick chat if you are."
 */
export const bigAsk: Rule = {
  id: 'big-ask',
  get title() {
    return t('rule_big_ask');
  },
  check(input) {
    if (!isFirstTouchOutreach(input) || input.blank) return [];
    const note = input.context.surface === 'connection-note';
    const evidence = note ? 'noLinksInNotes' : 'lowFrictionAsk';
    const big = findLexicon(input, 'bigAsk');
    if (big)
      return [
        warning(
          'big-ask',
          'warn',
          note
            ? t('draft_big_ask_note', { quote: quote(input.text, big) })
            : t('draft_big_ask_message', { quote: quote(input.text, big) }),
          evidence,
          big,
        ),
      ];
    const soft = findLexicon(input, 'softAsk');
    if (soft && (note || !input.hook))
      return [
        warning(
          'big-ask',
          'info',
          note
            ? t('draft_soft_ask_note', { quote: quote(input.text, soft) })
            : t('draft_soft_ask_message', { quote: quote(input.text, soft) }),
          evidence,
          soft,
        ),
      ];
    return [];
  },
};
