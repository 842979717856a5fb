import type { EvidenceId } from '../../evidence';
import { type Rule, warning } from '../input';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Over the box's limit: LinkedIn cuts or refuses the text. */
export const overLimit: Rule = {
  id: 'over-limit',
  title: "Over LinkedIn's limit",
  check(input) {
    const { count, graphemes, limit, limitWarnAt } = input;
    // The limit itself is a platform fact (dated in our research notes), not a seed figure.
    const evidence: EvidenceId = 'boxLimit';
    const emoji = graphemes < count ? ' Emoji and some symbols count as 2 or more characters.' : '';
    if (count > limit) {
      return [
        warning(
          'over-limit',
          'error',
          `Cut ${plural(count - limit, 'character')} to fit LinkedIn's ${limit.toLocaleString('en-US')}-character limit.${emoji}`,
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
          `Some sources put this limit at ${limitWarnAt.toLocaleString('en-US')}: cut ${plural(count - limitWarnAt, 'character')} to be safe.`,
          evidence,
          { start: limitWarnAt, end: count },
        ),
      ];
    }
    return [];
  },
};
