import type { EvidenceId } from '../../evidence';
import { t, tp } from '../../i18n/t';
import { type Rule, warning } from '../input';

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
    if (count > limit) {
      return [
        warning(
          'over-limit',
          'error',
          tp('draft_over_limit', count - limit, {
            count: count - limit,
            limit: limit,
          }) + emoji,
          evidence,
          { start: limit, end: count },
        ),
      ];
    }
    // Sources disagree (InMail body: 1,900 or 2,000); past the lower figure, say so softly.
    if (limitWarnAt !== null && count > limitWarnAt) {
      return [
        warning(
          'over-limit',
          'info',
          tp('draft_over_soft_limit', count - limitWarnAt, {
            count: count - limitWarnAt,
            limit: limitWarnAt,
          }),
          evidence,
          { start: limitWarnAt, end: count },
        ),
      ];
    }
    return [];
  },
};
