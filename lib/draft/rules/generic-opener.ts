import { t } from '../../i18n/t';
import { findLexicon, isFirstTouchOutreach, quote, type Rule, type RuleInput, warning } from '../input';
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

/** Surfaces that can be a follow-up; a note is always a first touch. */
const FOLLOW_UPS: ReadonlySet<string> = new Set(['message', 'inmail-body']);

/** Where the clause holding `at` starts: after the last comma, semicolon, colon or dash before it. */
function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (CLAUSE.test(text[i] as string)) return i + 1;
  return from;
}
const CLAUSE = /[,;:\u2013\u2014]/;

/** How many words of the text lie in [from, to). */
function wordsBetween(input: RuleInput, from: number, to: number): number {
  const { s, n } = input.words;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const at = s[i] as number;
    if (at >= to) break;
    if (at >= from) count++;
  }
  return count;
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
    // The stock line opens its sentence ("I applied for the role and wanted to reach out" opens with
    // the application), in a first touch (in a follow-up a stock line is the nudge's to judge).
    const opens =
      early !== null &&
      sentence != null &&
      wordsBetween(input, clauseStart(text, Math.max(sentence.start, from), early.start), early.start) <= 3;
    if (
      early &&
      !specific &&
      opens &&
      (isFirstTouchOutreach(input) || !FOLLOW_UPS.has(input.context.surface))
    )
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
