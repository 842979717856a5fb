/**
 * A language's word lists and patterns. Every pattern is a regex source read over the FOLDED text
 * (lib/draft/fold.ts: lower case, no accents, straight apostrophes), so sources are plain ASCII and
 * \b works. Patterns describe shapes (any duration + a meeting noun, a weekday + a time), not the
 * words of any one message: the product owner checks every build on real texts we have not seen.
 */

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];

export interface Lexicon {
  /** Frequent short words (folded), space-separated: language detection. */
  stop: string;
  /** Words about the writer and about the reader (folded), space-separated: self-focused. */
  self: string;
  you: string;
  /** Stock openers: only the opening is judged (generic-opener). */
  generic: readonly string[];
  /** The whole note after the greeting is only "I'd like to connect". Anchored ^…$. */
  onlyConnect: string;
  /** What ties a text to its reader: their post, a mutual contact, a shared event, news (no-hook). */
  hook: readonly string[];
  /** Something new a follow-up brings: an article, a resource, an answer (lazy-follow-up). */
  valueAdd: readonly string[];
  /** Selling: the offer, the product in the first person, social proof with metrics, prices. */
  pitch: readonly string[];
  /** Meetings, calls, demos, time slots, favours. */
  bigAsk: readonly string[];
  /** A light chat or coffee: advice, not a warning. */
  softAsk: readonly string[];
  /** Deadlines, scarcity, guilt, repeated pings. */
  pushy: readonly string[];
  /** Nudges that add nothing. */
  nudge: readonly string[];
  /**
   * Lines that only nudge when the text is a follow-up with no reply yet: "I know you're busy",
   * "last message from me", "if the timing isn't right…" (in a first message they are harmless).
   */
  nudgeLater: readonly string[];
  /**
   * Signs that the writer and the reader have already talked ("as we discussed", "the numbers you
   * asked for", "suite à notre échange"): selling, asks and links are no longer early.
   */
  prior: readonly string[];
  /** The writer introducing themselves: "I'm Ana, a…", "15 years of experience", "my CV", "my next role". */
  selfIntro: readonly string[];
  /** Whole InMail subjects that say nothing (folded, punctuation as spaces). */
  subjects: readonly string[];
  /** Subject openings that are generic hype or clickbait. */
  subjectStart: readonly string[];
}

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
