import { t } from '../../i18n/t';
import { firstMatch, quote, type Rule, warning } from '../input';

const A = "(?:'|’)"; // straight or curly apostrophe

/** Lines that could open a note to anyone (seed 000, seed 001, seed 004's "weak" examples). */
const GENERIC = new RegExp(
  [
    String.raw`\bi (?:just )?(?:came|stumbled) (?:across|upon|on) your (?:linkedin )?profile`,
    String.raw`\bi (?:found|noticed|saw|viewed|was (?:looking at|browsing|viewing|checking out)) your (?:linkedin )?profile`,
    String.raw`\byour (?:linkedin )?profile (?:came up|popped up|caught my (?:eye|attention)|is (?:impressive|very impressive|inspiring))`,
    String.raw`\b(?:i${A}m|i am) (?:really |very )?impressed (?:by|with) your (?:profile|background|experience)`,
    String.raw`\bi${A}?d (?:like|love) to add you to my (?:professional )?network`,
    String.raw`\bi would (?:like|love) to add you to my (?:professional )?network`,
    String.raw`\b(?:i )?(?:hope|trust) (?:this|my) (?:message |note |email )?finds you well`,
    String.raw`\bhope (?:you${A}re|you are|all is|everything is) (?:doing )?well`,
    String.raw`\bhope you${A}?re having an? (?:great|good|wonderful|fantastic|lovely) (?:day|week)`,
    String.raw`\blet${A}?s connect (?:and|to) (?:grow|expand|build|broaden) (?:our|my)? ?networks?`,
    String.raw`\b(?:i${A}m|i am) (?:reaching out|looking) to (?:expand|grow|build|broaden) my (?:professional )?network`,
    String.raw`\b(?:to )?(?:expand|grow|broaden) my (?:professional )?network`,
    String.raw`\b(?:i )?(?:just )?wanted to reach out\b`,
    String.raw`\bi thought i${A}?d reach out`,
    String.raw`\bi see (?:that )?we (?:share|have) (?:\d+ |some |many |a few |several |a lot of )?mutual (?:connections|friends|contacts)`,
    String.raw`\bwe have (?:\d+ |some |many |a few |several |a lot of )?mutual (?:connections|contacts)`,
    String.raw`\b(?:always )?(?:looking|happy|keen|eager) to connect with (?:like[- ]minded|fellow|other) (?:professionals|people|individuals)`,
    String.raw`\blike[- ]minded professionals`,
    String.raw`\bplease accept my (?:connection )?(?:request|invitation|invite)`,
    String.raw`\b(?:dear sir(?: or madam| ?/ ?madam)?|to whom it may concern)`,
    String.raw`\bwe (?:are|work) in the same (?:industry|field|space)`,
    String.raw`\b(?:join|be (?:a )?part of) your (?:professional )?network`,
    String.raw`\bconnect with (?:other )?(?:professionals|people|leaders|experts) in (?:the |my |your )?(?:\S+ ){0,2}?(?:industry|space|field|sector)`,
    String.raw`\b(?:your|such an?) impressive (?:background|profile|experience|career)`,
    String.raw`\bas a fellow (?:professional|linkedin (?:user|member))`,
  ].join('|'),
);

/** A note that is nothing but "I'd like to connect." after the greeting. */
const ONLY_CONNECT = new RegExp(
  String.raw`^\W*(?:i${A}?d|i would|let${A}?s|would|happy|keen|glad) ?(?:like|love|be happy|be glad)? ?(?:to )?(?:connect|add you|network)(?: with you)?(?: here| on linkedin)?[\s.!🙂😊👋]*$`,
  'u',
);

/** Anchored to the opening: that is what the preview shows. Elsewhere in the text it is only filler. */
export const genericOpener: Rule = {
  id: 'generic-opener',
  get title() {
    return t('rule_generic_opener');
  },
  check(input) {
    if (input.blank) return [];
    const { lower, text, opening, greeting } = input;
    const rest = lower.slice(greeting ? greeting.span.end : 0);
    if (rest.length < 80 && ONLY_CONNECT.test(rest.trim())) {
      const start = greeting ? greeting.span.end : 0;
      const span = { start: start + (rest.length - rest.trimStart().length), end: text.trimEnd().length };
      return [warning('generic-opener', 'warn', t('draft_generic_only_connect'), 'genericOpener', span)];
    }
    // Opening = greeting + first sentence; widen a little so a two-line opener is still "the opening".
    const openEnd = Math.min(lower.length, Math.max(opening.end, 160));
    const early = firstMatch(GENERIC, lower, 0, openEnd);
    if (early)
      return [
        warning(
          'generic-opener',
          'warn',
          t('draft_generic_opening', { quote: quote(text, early) }),
          'genericOpener',
          early,
        ),
      ];
    const late = openEnd < lower.length ? firstMatch(GENERIC, lower, openEnd) : null;
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
