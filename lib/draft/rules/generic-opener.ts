import { t } from '../../i18n/t';
import { findLexicon, quote, type Rule, warning } from '../input';
import { onlyConnectRegex } from '../lexicon';

/** How far "the opening" reaches when its first sentence is short ("Hope you're well! I came across…"). */
const OPENING_MIN = 160;
const TRAILING = /(?:[\s.!]|\uFE0F|\u200D|\p{Extended_Pictographic})+$/u;

/**
 * Lines that could open a note to anyone (seed 000: "I came across your profile…" is structurally
 * indistinguishable from thousands of other messages). Judged on the opening only: that is what the
 * preview shows. After a real hook, the same phrase is filler (info), not a generic opener.
 */
export const genericOpener: Rule = {
  id: 'generic-opener',
  get title() {
    return t('rule_generic_opener');
  },
  check(input) {
    if (input.blank) return [];
    const { folded, text, opening, greeting, hook } = input;
    const from = greeting ? greeting.span.end : 0;
    const rest = folded.slice(from);
    if (rest.length < 90 && input.language.applied.length > 0) {
      const core = rest.trim().replace(TRAILING, '');
      if (core && onlyConnectRegex(input.language.applied).test(core)) {
        const span = { start: from + (rest.length - rest.trimStart().length), end: text.trimEnd().length };
        return [warning('generic-opener', 'warn', t('draft_generic_only_connect'), 'genericOpener', span)];
      }
    }
    const openEnd = Math.min(folded.length, Math.max(opening.end, OPENING_MIN));
    const early = findLexicon(input, 'generic', 0, openEnd);
    // "I'm reaching out because I loved your talk…": a hook in the same sentence makes it specific.
    const sentence = early
      ? input.sentences.find((s) => s.start <= early.start && early.start < s.end)
      : null;
    const specific =
      hook !== null && (hook.start < (early?.start ?? 0) || (sentence && hook.start < sentence.end));
    if (early && !specific)
      return [
        warning(
          'generic-opener',
          'warn',
          t('draft_generic_opening', { quote: quote(text, early) }),
          'genericOpener',
          early,
        ),
      ];
    const late = early ?? (openEnd < folded.length ? findLexicon(input, 'generic', openEnd) : null);
    if (late)
      return [
        warning(
          'generic-opener',
          'info',
          t('draft_generic_stock', { quote: quote(text, late) }),
          'genericOpener',
          late,
        ),
      ];
    return [];
  },
};
