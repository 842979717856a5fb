import { t } from '../../i18n/t';
import { quote, type Rule, warning } from '../input';

/** An unfilled merge field or template slot (seed 000: a name-swapped template reads as one). */
export const placeholder: Rule = {
  id: 'placeholder',
  get title() {
    return t('rule_placeholder');
  },
  check(input) {
    if (input.blank) return [];
    const [span] = input.slots;
    if (!span) return [];
    return [
      warning(
        'placeholder',
        'error',
        t('draft_placeholder', { quote: quote(input.text, span) }),
        'placeholderText',
        span,
      ),
    ];
  },
};
