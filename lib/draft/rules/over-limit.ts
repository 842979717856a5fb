import type { EvidenceId } from '../../evidence';
import { t, tp } from '../../i18n/t';
import { type Rule, warning } from '../input';
import type { Severity } from '../types';

type PluralKey = 'draft_over_limit' | 'draft_over_soft_limit';

/** Over the box's limit: LinkedIn cuts or refuses the text. */
export const overLimit: Rule = {
  id: 'over-limit',
  get title() {
    return t('rule_over_limit');
  },
  check(input) {
    const { count, graphemes, limit, limitWarnAt } = input;
    // The limit itself is a platform fact (dated in our research notes), not a seed figure.
    const evidence: EvidenceId = 'boxLimit';
    const emoji = graphemes < count ? ` ${t('draft_over_limit_emoji')}` : '';
    const over = (severity: Severity, key: PluralKey, at: number, suffix = '') => [
      warning(
        'over-limit',
        severity,
        tp(key, count - at, { count: count - at, limit: at }) + suffix,
        evidence,
        {
          start: at,
          end: count,
        },
      ),
    ];
    if (count > limit) return over('error', 'draft_over_limit', limit, emoji);
    // Sources disagree (InMail body: 1,900 or 2,000); past the lower figure, say so softly.
    if (limitWarnAt !== null && count > limitWarnAt)
      return over('info', 'draft_over_soft_limit', limitWarnAt);
    return [];
  },
};
