import { t } from '../../i18n/t';
import { findValueAdd } from '../hooks';
import { firstMatch, quote, type Rule, warning } from '../input';
import type { Sentence } from '../text';

const A = "(?:'|’)";

/** Nudges that add nothing (seed 003: never a lazy "just checking in" or "bumping this"). */
const NUDGE = new RegExp(
  [
    // Not a check-in on the person: "checking in after your surgery", "checking in on how you are".
    String.raw`\b(?:just )?check(?:ing)? in\b(?! (?:after your|on you\b|on how you|to see how you))`,
    String.raw`\bbump(?:ing)? (?:this|my|it|up)\b`,
    String.raw`\bbumping\b`,
    String.raw`\bcircl(?:e|ing) back\b`,
    String.raw`\b(?:just )?follow(?:ing)?[- ]up (?:on|about|regarding|re) my (?:last|previous|earlier|prior)? ?(?:message|note|email|invite|invitation|request)\b`,
    String.raw`\bjust (?:wanted to )?follow(?:ing)?[- ]up\b`,
    String.raw`\b(?:just )?wanted to follow[- ]up\b`,
    String.raw`\bany (?:update|updates|news|thoughts)(?: on this| here)?\s*[?？]`,
    String.raw`\b(?:did|have) you (?:get|see|receive|read|have a chance to (?:read|look at|see|review)|had a chance to (?:read|look at|see|review)) my (?:last |previous |earlier )?(?:message|note|email|request)\b`,
    String.raw`\btouch(?:ing)? base\b`,
    String.raw`\b(?:just )?a (?:friendly |gentle |quick )?reminder\b`,
    String.raw`\b(?:to the top of your inbox|float(?:ing)? this (?:up|to the top))\b`,
    String.raw`\b(?:haven${A}?t|have not|didn${A}?t|did not) heard? back\b`,
    String.raw`\bin case (?:you|it) (?:missed|got buried|slipped)\b`,
    String.raw`\bnot sure if you saw\b`,
  ].join('|'),
);

/** A real question, beyond the nudge itself ("Any update?" does not count). */
function hasGenuineQuestion(lower: string, sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => {
    if (!s.question) return false;
    const q = lower.slice(s.start, s.end);
    return (
      !NUDGE.test(q) &&
      q.split(/\s+/).length >= 6 &&
      !/\b(?:interested|thoughts|update|my (?:message|note))\b/.test(q)
    );
  });
}

/** A follow-up that only nudges. One that brings something new (an article, a question) is at most info. */
export const lazyFollowUp: Rule = {
  id: 'lazy-follow-up',
  get title() {
    return t('rule_lazy_follow_up');
  },
  check(input) {
    const { surface } = input.context;
    if (surface === 'inmail-subject' || surface === 'comment' || surface === 'post' || input.blank) return [];
    const span = firstMatch(NUDGE, input.lower);
    if (!span) return [];
    const rest =
      input.lower.slice(0, span.start) + ' '.repeat(span.end - span.start) + input.lower.slice(span.end);
    const addsSomething =
      findValueAdd(rest) !== null || input.hook !== null || hasGenuineQuestion(rest, input.sentences);
    return [
      addsSomething
        ? warning(
            'lazy-follow-up',
            'info',
            t('draft_lazy_adds', { quote: quote(input.text, span) }),
            'valueAddFollowUp',
            span,
          )
        : warning(
            'lazy-follow-up',
            'warn',
            t('draft_lazy_empty', { quote: quote(input.text, span) }),
            'valueAddFollowUp',
            span,
          ),
    ];
  },
};
