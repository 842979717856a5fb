/** Public types of the note-quality engine (lib/draft). Pure data: no DOM, no browser globals. */
import type { Evidence } from '../evidence';
import type { AccountType } from '../limits';
import type { FrameIndex } from './similarity';

export type DraftSurface =
  | 'connection-note'
  | 'message'
  | 'inmail-subject'
  | 'inmail-body'
  | 'comment'
  | 'post';

export const DRAFT_SURFACES: readonly DraftSurface[] = [
  'connection-note',
  'message',
  'inmail-subject',
  'inmail-body',
  'comment',
  'post',
];

export function isDraftSurface(value: unknown): value is DraftSurface {
  return typeof value === 'string' && (DRAFT_SURFACES as readonly string[]).includes(value);
}

export type Severity = 'info' | 'warn' | 'error';

export type RuleId =
  | 'over-limit'
  | 'too-long'
  | 'generic-opener'
  | 'no-hook'
  | 'pitch'
  | 'big-ask'
  | 'self-focused'
  | 'placeholder'
  | 'link'
  | 'lazy-follow-up'
  | 'pushy'
  | 'shouting'
  | 'name-mismatch'
  | 'weak-subject'
  | 'wall-of-text'
  | 'template-similarity'
  | 'blank-note'
  | 'limited-language';

/** A range of the text in UTF-16 offsets, end exclusive (same units as String#slice). */
export interface Span {
  start: number;
  end: number;
}

export interface Warning {
  rule: RuleId;
  severity: Severity;
  /** Plain words: what to do about it. */
  message: string;
  evidence: Evidence;
  span?: Span;
}

/** One of the user's earlier notes, with when and to whom it went when known (older stores kept only the text). */
export interface HistoryNote {
  text: string;
  /** When the request with this note was sent (ISO). */
  sentAt?: string | null;
  /** The recipient's name. */
  name?: string | null;
}

/** The user's earlier notes prepared for template-similarity (see prepareHistory in similarity.ts). */
export interface PreparedHistory {
  readonly kind: 'prepared-history';
  /** The notes kept (those long enough to compare), in the order given: newest first. */
  readonly notes: readonly HistoryNote[];
  /** Their slot words and shingle index, position for position. */
  readonly index: FrameIndex;
}

export interface DraftContext {
  surface: DraftSurface;
  /** The box's real limit if known (the page wins); otherwise the limits table by surface + account. */
  limit?: number;
  /** Display name shown on the page, e.g. "Zoë Ångström-Núñez" or "李小龍". */
  recipientName?: string | null;
  account?: AccountType | null;
  /**
   * Default first-touch. 'follow-up': you wrote before and they have not answered yet (a nudge, a
   * second message): selling, big asks and empty nudges are still early there.
   */
  stage?: 'first-touch' | 'follow-up';
  /** The user's earlier notes, for template-similarity (texts, or notes with their date and recipient). */
  history?: PreparedHistory | readonly (string | HistoryNote)[];
}

export interface DraftStats {
  words: number;
  sentences: number;
  questions: number;
  /** you, your, yours, you're… */
  youCount: number;
  /** I, me, my, we, our… */
  selfCount: number;
  /** Flesch-Kincaid grade; null when the text is too short to judge. */
  readingGrade: number | null;
  emoji: number;
}

export interface DraftReport {
  surface: DraftSurface;
  /** UTF-16 length: what LinkedIn's limit counts. */
  count: number;
  /** Perceived characters. */
  graphemes: number;
  limit: number;
  remaining: number;
  /** Most severe first. */
  warnings: Warning[];
  /** 0-100 integer. Meaningless when `scored` is false: show no score then. */
  score: number;
  /**
   * False when the box is empty (only white space): there is nothing to score, and a surface shows
   * what a good note or message has instead of a number ("empty boxes get no score").
   */
  scored: boolean;
  stats: DraftStats;
  /** How the opening reads in a notification or inbox preview line. */
  preview: string;
  /** The language the rules read the text in. */
  language: DraftLanguage;
}

/** The five languages the engine has lexicons for. */
export type CoachedLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt';

export interface DraftLanguage {
  /** The main language; 'other' for one we have no lexicons for; null when the text is too short to tell. */
  primary: CoachedLanguage | 'other' | null;
  /** The lexicons that were applied (all five when the text is too short to tell). */
  applied: readonly CoachedLanguage[];
  /** True when the openers, pitches, asks and pressure could not be judged in this language. */
  limited: boolean;
}
