import type { EvidenceId } from '../../evidence';
import { t } from '../../i18n/t';
import { type Rule, warning } from '../input';

const num = (n: number) => n.toLocaleString('en-US');

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
          t(count - limit === 1 ? 'draft_over_limit_one' : 'draft_over_limit_many', {
            count: num(count - limit),
            limit: num(limit),
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
          t(count - limitWarnAt === 1 ? 'draft_over_soft_limit_one' : 'draft_over_soft_limit_many', {
            count: num(count - limitWarnAt),
            limit: num(limitWarnAt),
          }),
          evidence,
          { start: limitWarnAt, end: count },
        ),
      ];
    }
    return [];
  },
};
