import { t } from '../../i18n/t';
import { hasLexicon, isFirstTouchOutreach, type Rule, warning } from '../input';

/** Fewer words than this and there is too little to judge (blank-note and generic-opener cover those). */
const MIN_WORDS = 4;
/**
 * A slot that stands for something specific about the reader ("[observation]", "{{pain signal}}",
 * "[specific detail]", "[their recent post]"), not a field like a name, company or job title.
 */
const SPECIFIC_SLOT =
  /observ|specific|spezifisch|especific|specifique|detail|detalle|pain|trigger|signal|recent|news|noticia|noticia|actualit|post|article|artigo|articulo|beitrag|achievement|logro|conquista|insight|overlap|thing|something|algo|quelque|challenge|problem|desafio|defi|herausforderung|topic|tema|sujet|thema|initiative|personali[sz]|research|event|evento|evenement/i;

/** Signs that the text was written for anyone: a stock line, a pitch, an ask, an introduction, pressure. */
const CORROBORATE = ['generic', 'pitch', 'bigAsk', 'softAsk', 'selfIntro', 'nudge', 'pushy'] as const;
const LINK = /https?:\/\/|www\./;

/**
 * Nothing in a first touch ties it to this reader. A name alone is not personalisation (seed 000:
 * specific references get 27% more replies than name-swapped templates). Judged in the five
 * languages we have hook lexicons for; in any other the language notice says coaching is limited.
 */
export const noHook: Rule = {
  id: 'no-hook',
  get title() {
    return t('rule_no_hook');
  },
  check(input) {
    if (!isFirstTouchOutreach(input) || input.blank) return [];
    const { primary } = input.language;
    if (primary === null || primary === 'other') return [];
    if (input.stats.words < MIN_WORDS || input.hook) return [];
    // A template whose specific line is a slot ("I noticed [observation]") meant to name something:
    // the placeholder error already asks for it to be filled.
    const { text } = input;
    if (input.slots.some((s) => SPECIFIC_SLOT.test(text.slice(s.start, s.end)))) return [];
    // With no other sign of a template or a sales note, the reason may be one we cannot read (their
    // work named in words no lexicon holds): advice, not a warning.
    const corroborated = hasLexicon(input, CORROBORATE) || input.slots.length > 0 || LINK.test(input.folded);
    return [
      warning('no-hook', corroborated ? 'warn' : 'info', t('draft_no_hook'), 'specificPersonalisation'),
    ];
  },
};
