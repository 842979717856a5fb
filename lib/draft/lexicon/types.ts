/**
 * A language's word lists, word classes and shapes. Everything is written for the FOLDED text
 * (lib/draft/fold.ts: lower case, no accents, straight apostrophes), so sources are plain ASCII.
 * Shapes (lib/draft/lexicon/shape.ts) describe how a thing is said (a duration and a meeting noun, a
 * weekday and a time, "we helped <company> <verb>") over small word classes, not the words of any one
 * message: the product owner checks every build on real texts we have not seen.
 */

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];

export type PatternKey =
  | 'generic'
  | 'hook'
  | 'valueAdd'
  | 'pitch'
  | 'bigAsk'
  | 'softAsk'
  | 'pushy'
  | 'nudge'
  | 'nudgeLater'
  | 'prior'
  | 'selfIntro'
  | 'subjectStart';

/**
 * What each family is for:
 * - generic: stock openers (only the opening is judged); hook: what ties a text to its reader (their
 *   post, a mutual contact, a shared event, news); valueAdd: something new a follow-up brings;
 * - pitch: the offer, the product in the first person, social proof with metrics, prices;
 * - bigAsk: meetings, calls, demos, a day and time, favours; softAsk: a light chat or coffee;
 * - pushy: deadlines, scarcity, guilt, repeated pings; nudge: nudges that add nothing; nudgeLater:
 *   lines that only nudge in a follow-up ("I know you're busy");
 * - prior: signs the two have already talked; selfIntro: the writer introducing themselves;
 * - subjectStart: subject openings that are generic hype or clickbait.
 */
export interface Lexicon {
  /** Frequent short words, space-separated: language detection. */
  stop: string;
  /** Words about the writer and about the reader, space-separated: self-focused. */
  self: string;
  you: string;
  /**
   * Word classes the shapes name with @: entries are words, `pre~`, `~suf` or words joined by `_`.
   * Classes of the same name in several languages are merged for a mixed text, so the shared shapes
   * (shared.ts) read every language whose word order they fit.
   */
  classes: Readonly<Record<string, string>>;
  /** This language's own shapes, per family. */
  shapes: Readonly<Partial<Record<PatternKey, readonly string[]>>>;
  /** The whole note after the greeting is only "I'd like to connect": a regex, anchored ^…$. */
  onlyConnect: string;
  /** Whole InMail subjects that say nothing (folded, punctuation as spaces). */
  subjects: readonly string[];
}
