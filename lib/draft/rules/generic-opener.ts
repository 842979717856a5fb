import { t } from '../../i18n/t';
import { findLexicon, quote, type Rule, type RuleInput, warning } from '../input';
import { onlyConnectRegex } from '../lexicon';

/** A first sentence shorter than this ("Thanks for connecting!") lets the opening run into the next. */
const SHORT_FIRST = 30;
const TRAILING = /(?:[\s.!]|\uFE0F|\u200D|\p{Extended_Pictographic})+$/u;

/** The end of the opening: the first sentence after the greeting, and the next when the first is short. */
function openingEnd(input: RuleInput): number {
  const { opening, sentences } = input;
  if (opening.end - opening.start >= SHORT_FIRST) return opening.end;
  const next = sentences.find((s) => s.start >= opening.end);
  return next ? Math.min(next.end, opening.start + 280) : opening.end;
}

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
    const { folded, text, greeting, hook } = input;
    const from = greeting ? greeting.span.end : 0;
    const rest = folded.slice(from);
    if (rest.length < 90 && input.language.applied.length > 0) {
      const core = rest.trim().replace(TRAILING, '');
      if (core && onlyConnectRegex(input.language.applied).test(core)) {
        const span = { start: from + (rest.length - rest.trimStart().length), end: text.trimEnd().length };
        return [warning('generic-opener', 'warn', t('draft_generic_only_connect'), 'genericOpener', span)];
      }
    }
    const openEnd = openingEnd(input);
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
