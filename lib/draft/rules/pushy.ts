import { t } from '../../i18n/t';
import { findLexicon, quote, type Rule, warning } from '../input';

/**
 * Pressure: deadlines, scarcity, "last chance", guilt ("I haven't heard back"), counting the pings
 * (seed 004: reintroduce context without urgency; avoid lines that demand a reply).
 */
export const pushy: Rule = {
  id: 'pushy',
  get title() {
    return t('rule_pushy');
  },
  check(input) {
    if (input.blank) return [];
    const span = findLexicon(input, 'pushy');
    if (!span) return [];
    const { surface } = input.context;
    return [
      warning(
        'pushy',
        surface === 'post' || surface === 'comment' ? 'info' : 'warn',
        t('draft_pushy', { quote: quote(input.text, span) }),
        'noPressure',
        span,
      ),
    ];
  },
};
