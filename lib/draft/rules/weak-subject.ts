import { t } from '../../i18n/t';
import { findLexicon, type Rule, warning } from '../input';
import { weakSubjects } from '../lexicon';
import { fold } from '../tokenizer';

const FAKE_REPLY = /^\s*(?:re|aw|fw|fwd|wg|tr|rv|enc)\s*:/i;
const SALESY =
  /\b(?:\d+\s?% (?:off|rabatt|de (?:descuento|desconto|remise))|free trial|discount|rabatt|descuento|desconto|remise|promo|demo(?! day)|increase your (?:revenue|sales|roi)|limited time|act now|kostenlos\w*|gratuit\w*|gratis)\b/;
/** Hype words: with Title Case, capitals or "!" they make a subject clickbait. */
const HYPE =
  /\b(?:opportunity|opportunities|exciting|amazing|interesting|awesome|exclusive|unique|incredible|perfect|great|fit|free|boost|grow|revenue|secret|transform|unlock|skyrocket|guaranteed|limited|career|chance|offer|opportunite|oportunidad|oportunidade|spannend\w*|einmalig\w*|exklusiv\w*|karriere\w*|angebot|gelegenheit|incroyable|exceptionnel\w*|increible|exclusiv[ao]|unica|incrivel|imperdivel)\b/;
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/u;

/** Most words capitalised, small words too: "A Great Fit For Your Background". */
function titleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
  if (words.length < 4) return false;
  let caps = 0;
  for (const w of words) if (w[0] !== (w[0] as string).toLowerCase()) caps++;
  return caps >= words.length - 1;
}

/**
 * InMail subject lines that are generic, hype or clickbait, fake replies or sales lines (seed 001:
 * "Quick question" or "Opportunity for you" are inbox death). Subjects in any of our five languages.
 */
export const weakSubject: Rule = {
  id: 'weak-subject',
  get title() {
    return t('rule_weak_subject');
  },
  check(input) {
    if (input.context.surface !== 'inmail-subject') return [];
    const { text } = input;
    const span = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
    const say = (message: string) => [
      warning('weak-subject', 'warn', message, 'weakSubject', span.end > span.start ? span : undefined),
    ];
    // Before anything is typed this is a tip, not a warning: an empty box is not a mistake yet.
    if (input.blank) return [warning('weak-subject', 'info', t('draft_subject_blank'), 'weakSubject')];
    if (FAKE_REPLY.test(text)) return say(t('draft_subject_fake_reply'));
    // Compare without the recipient's name, punctuation and emoji: "Quick question, Ana 👋" is still weak.
    let core = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    for (const part of fold(input.context.recipientName ?? '').split(/[^\p{L}\p{N}]+/u))
      if (part.length >= 2) core = core.replace(` ${part} `, ' ');
    core = core.trim().replace(/\s+/g, ' ');
    const langs = input.language.applied.length > 0 ? input.language.applied : undefined;
    if (weakSubjects(langs ?? ['en', 'de', 'fr', 'es', 'pt']).has(core) || findLexicon(input, 'subjectStart'))
      return say(t('draft_subject_generic'));
    const folded = input.folded;
    if (SALESY.test(folded)) return say(t('draft_subject_salesy'));
    if (HYPE.test(folded) && (titleCase(text) || text.includes('!') || CAPS_WORD.test(text)))
      return say(t('draft_subject_generic'));
    return [];
  },
};
