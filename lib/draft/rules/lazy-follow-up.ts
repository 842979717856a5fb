import { t } from '../../i18n/t';
import { findLexicon, hasLexicon, quote, type Rule, type RuleInput, warning } from '../input';
import type { Span } from '../types';

/** A link is something new too. */
const LINK = /https?:\/\/|www\./;
/** Questions that only ask for a reply ("Any thoughts?", "Interessiert?") do not add anything. */
const EMPTY_QUESTION =
  /\b(?:interested|thoughts|update|feedback|interesse|interessiert|interesa|interesado|interessa|interessado|interessee?|novedad|novidade|nouvelles|retour|ruckmeldung|antwort|respuesta|resposta|reponse|(?:my|mon|ma|mes|mi|mis|minha|minhas|meine?n?) (?:message|note|nachricht|mensaje|mensagem|mail|e-mail|email|correo|anfrage)|(?:good|right|better) time|(?:buen|mejor|bom|melhor|bon) momento|bon moment|richtige zeitpunkt|passt es)\b/;

/** A real question, beyond the nudge itself ("Any update?" or "Free for a call?" do not count). */
function hasGenuineQuestion(input: RuleInput, rest: string, nudge: Span): boolean {
  return input.sentences.some((s) => {
    if (!s.question) return false;
    const q = rest.slice(s.start, s.end);
    return (
      q.trim().split(/\s+/).length >= 6 &&
      !EMPTY_QUESTION.test(q) &&
      !hasLexicon(input, ['nudge', 'bigAsk', 'softAsk'], s.start, s.end, nudge)
    );
  });
}

/**
 * A follow-up that only nudges: "just checking in", "bumping this", "circling back", "any update?",
 * "nachhaken", "je me permets de relancer", "retomo", "passando para…" (seed 003: never a lazy
 * "just checking in"). One that brings something new (an article, a question) is at most info.
 */
export const lazyFollowUp: Rule = {
  id: 'lazy-follow-up',
  get title() {
    return t('rule_lazy_follow_up');
  },
  check(input) {
    const { surface } = input.context;
    if (surface === 'inmail-subject' || surface === 'comment' || surface === 'post' || input.blank) return [];
    // "I know you're busy", "last message from me": a nudge only when they have not answered yet.
    const span =
      findLexicon(input, 'nudge') ??
      (input.context.stage === 'follow-up' ? findLexicon(input, 'nudgeLater') : null);
    if (!span) return [];
    const { folded } = input;
    const rest = folded.slice(0, span.start) + ' '.repeat(span.end - span.start) + folded.slice(span.end);
    // An offer is something new too (the pitch rule judges whether it should be there).
    const addsSomething =
      hasLexicon(input, ['valueAdd', 'pitch'], 0, folded.length, span) ||
      LINK.test(rest) ||
      input.hook !== null ||
      hasGenuineQuestion(input, rest, span);
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
