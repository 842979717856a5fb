import { t } from '../../i18n/t';
import { beforeReply, findLexicon, quote, type Rule, warning } from '../input';

/**
 * Calls, meetings, demos, a day and time, calendar links, referrals and job asks before any reply
 * (seed 001: one low-friction ask, "not 'schedule a 30-minute demo'"). A light chat or coffee is
 * advice when the note names something specific about them (the seed's own strong example ends "Open
 * to a quick chat if you are."), and a warning when it is the whole reason for writing.
 */
export const bigAsk: Rule = {
  id: 'big-ask',
  get title() {
    return t('rule_big_ask');
  },
  check(input) {
    if (!beforeReply(input) || input.blank) return [];
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
    // After one specific line about them a light chat is the seed's own low-friction ask.
    if (!soft || (input.hook && !note)) return [];
    const message = note
      ? t('draft_soft_ask_note', { quote: quote(input.text, soft) })
      : t('draft_soft_ask_message', { quote: quote(input.text, soft) });
    return [warning('big-ask', input.hook ? 'info' : 'warn', message, evidence, soft)];
  },
};
