import { t } from '../../i18n/t';
import { firstMatch, quote, type Rule, warning } from '../input';

const A = "(?:'|’)";

/** Urgency and pressure (seed 004: reintroduce context without urgency; avoid lines that demand a reply). */
const PUSHY = new RegExp(
  [
    String.raw`\basap\b|\bas soon as possible\b`,
    // Not "nothing urgent", "no urgent need", "rien d’urgent", "nichts Dringendes".
    String.raw`(?<!\b(?:nothing|not|no|non|rien d['’]|pas|not very) ?)\burgent(?:ly)?\b`,
    String.raw`\b(?:please )?(?:respond|reply|answer|get back to me|let me know) (?:today|asap|immediately|right away|quickly|by (?:today|tomorrow|tonight|eod|end of (?:day|week)|monday|tuesday|wednesday|thursday|friday|\d))`,
    String.raw`\b(?:limited[- ]time|act now|act fast|last chance|final (?:notice|reminder|offer|chance)|don${A}?t miss (?:out|this)|before it${A}?s too late|(?<!\bno |\bnot in a |\bin no |need to |don${A}?t )hurry|only \d+ (?:spots|seats|slots|places) left|while (?:spots|seats|supplies) last)\b`,
    String.raw`\b(?:offer|deal|discount|price|this) (?:expires|ends) (?:today|tonight|tomorrow|soon|on|at|friday|this week)\b`,
    String.raw`\b(?:i|we) need (?:an|your|a) (?:answer|response|reply|decision)\b`,
    String.raw`\b(?:this is|it${A}?s) time[- ]sensitive\b|\btime[- ]sensitive (?:offer|deal|opportunity)\b`,
    String.raw`\b(?:i${A}?ll|i will) (?:assume|take it) (?:you${A}?re|you are|that you${A}?re) not interested\b`,
    String.raw`\bwhy (?:haven${A}?t|didn${A}?t) you (?:replied|responded|answered|reply|respond|answer)\b`,
    String.raw`\b(?:must|need to) (?:reply|respond|decide) (?:today|now|by)\b`,
  ].join('|'),
);

export const pushy: Rule = {
  id: 'pushy',
  get title() {
    return t('rule_pushy');
  },
  check(input) {
    if (input.blank) return [];
    const span = firstMatch(PUSHY, input.lower);
    if (!span) return [];
    const { surface } = input.context;
    return [
      warning(
        'pushy',
        surface === 'post' || surface === 'comment' ? 'info' : 'warn',
        t('draft_pushy', { quote: quote(input.text, span) }),
        'noPressure',
        span,
      ),
    ];
  },
};
