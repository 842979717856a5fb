/** Everything a rule may look at, computed once per analysis (rules never re-tokenise). */
import { EVIDENCE, type EvidenceId } from '../evidence';
import { t } from '../i18n/t';
import { type AccountType, type FieldName, type SurfaceKind, tableLimit } from '../limits';
import { countGraphemes } from '../text/graphemes';
import { foldSameLength } from './fold';
import { type Greeting, parseGreeting } from './greeting';
import { countPronouns, detectLanguage, type LanguageInfo } from './language';
import { type LexiconMatch, lexiconMatches, type PatternKey, readWords, type Words } from './lexicon';
import { findSlots } from './slots';
import { computeStats } from './stats';
import { lowerSameLength, type Sentence, splitSentences, type Token, tokenize } from './tokenizer';
import type {
  DraftContext,
  DraftStats,
  DraftSurface,
  HistoryNote,
  PreparedHistory,
  RuleId,
  Severity,
  Span,
  Warning,
} from './types';

export interface ResolvedContext {
  surface: DraftSurface;
  stage: 'first-touch' | 'follow-up';
  account: AccountType | null;
  recipientName: string | null;
  history: PreparedHistory | readonly (string | HistoryNote)[] | null;
}

export interface RuleInput {
  text: string;
  /** Lower-cased, same length as text, so match offsets are spans of text. */
  lower: string;
  /** `lower` with accents and curly apostrophes folded (lib/draft/fold.ts): what the lexicons read. */
  folded: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  stats: DraftStats;
  /** UTF-16 length, what LinkedIn counts. */
  count: number;
  graphemes: number;
  limit: number;
  /** A softer figure from the limits table where sources conflict (InMail 1,900 vs 2,000). */
  limitWarnAt: number | null;
  /** True when the limit came from the page rather than the table. */
  limitFromPage: boolean;
  context: ResolvedContext;
  greeting: Greeting | null;
  /** The first sentence after the greeting: what the preview line shows. */
  opening: Span;
  /** First thing tying the text to its reader (a post, a shared event…), or null. */
  hook: Span | null;
  /** A sign the reader and the writer have already talked ("as we discussed"), or null. */
  readonly conversation: Span | null;
  /** The text's language and the lexicons that apply (lib/draft/language.ts). */
  language: LanguageInfo;
  /** The text's words as the lexicons' shapes read them (lib/draft/lexicon/shape.ts). */
  words: Words;
  /** Every match of every lexicon family, in text order (one pass over the words). */
  matches: readonly LexiconMatch[];
  /** Unfilled template slots ([Name], {{company}}…), in text order. */
  slots: readonly Span[];
  /** The first few I/we words as written, for self-focused to name. */
  selfWords: readonly string[];
  /** Only whitespace. */
  blank: boolean;
}

export interface Rule {
  readonly id: RuleId;
  /** Short plain-words name for the UI's rule list. */
  readonly title: string;
  check(input: RuleInput): Warning[];
}

export function warning(
  rule: RuleId,
  severity: Severity,
  message: string,
  evidence: EvidenceId,
  span?: Span,
): Warning {
  return span
    ? { rule, severity, message, evidence: EVIDENCE[evidence], span: { start: span.start, end: span.end } }
    : { rule, severity, message, evidence: EVIDENCE[evidence] };
}

/** First touch on a surface where selling and asking too early hurt. */
export function isFirstTouchOutreach(input: RuleInput): boolean {
  const { surface, stage } = input.context;
  if (surface === 'connection-note') return true; // a request is always a first touch
  return (surface === 'message' || surface === 'inmail-body') && stage === 'first-touch';
}

/**
 * Before any conversation: a connection note, or a message or InMail (first touch or follow-up)
 * with no sign that the two have already talked ("as we discussed", "the slides you asked for").
 * Selling, big asks and links are early here (the corpus labels: "before any conversation").
 */
export function beforeReply(input: RuleInput): boolean {
  const { surface } = input.context;
  if (surface === 'connection-note') return true;
  if (surface !== 'message' && surface !== 'inmail-body') return false;
  // In a language we have no lexicons for, a follow-up may well answer them: give it the benefit.
  if (input.context.stage === 'follow-up' && input.language.primary === 'other') return false;
  return input.conversation === null;
}

/** The first match of a lexicon family, in the languages that apply, within [from, to). */
export function findLexicon(
  input: RuleInput,
  key: PatternKey,
  from = 0,
  to = input.text.length,
): Span | null {
  let best: Span | null = null;
  for (const m of input.matches) {
    if (m.key !== key || m.start < from || m.end > to) continue;
    if (best && m.start > best.start) break;
    // Of the matches that start first, the longest names the most words.
    if (!best || m.end > best.end) best = { start: m.start, end: m.end };
  }
  return best;
}

/** Whether any of these families matches within [from, to), leaving out the span `except`. */
export function hasLexicon(
  input: RuleInput,
  keys: readonly PatternKey[],
  from = 0,
  to = input.text.length,
  except: Span | null = null,
): boolean {
  for (const m of input.matches) {
    if (!keys.includes(m.key) || m.start < from || m.end > to) continue;
    if (except && m.start < except.end && except.start < m.end) continue;
    return true;
  }
  return false;
}

/** "“text”" for messages, shortened. */
export function quote(text: string, span: Span, max = 60): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return t('common_quote', { text: s.length > max ? `${s.slice(0, max - 1)}…` : s });
}

function limitTarget(surface: DraftSurface): [SurfaceKind, FieldName] {
  switch (surface) {
    case 'connection-note':
      return ['connection-note', 'note'];
    case 'inmail-subject':
      return ['inmail', 'subject'];
    case 'inmail-body':
      return ['inmail', 'body'];
    default:
      return [surface, 'body'];
  }
}

/** Upper bound on how far the opening reaches, so a 1 MB paste does not make it 1 MB. */
const OPENING_MAX = 280;

/** Twice the longest LinkedIn limit (8,000 for messages) and then some. */
const ANALYSIS_CAP = 20_000;

export function buildInput(text: string, context: DraftContext): RuleInput {
  const account = context.account ?? null;
  const entry = tableLimit(...limitTarget(context.surface), account);
  const fromPage = typeof context.limit === 'number' && Number.isFinite(context.limit) && context.limit > 0;
  const limit = fromPage ? (context.limit as number) : entry.value;
  // Rules read at most the first ANALYSIS_CAP characters: far past every LinkedIn limit, so a 1 MB
  // paste is judged as fast as a long message. The count (and so over-limit) always uses all of it.
  const analysed = text.length > ANALYSIS_CAP ? text.slice(0, ANALYSIS_CAP) : text;
  const lower = lowerSameLength(analysed);
  const folded = foldSameLength(lower);
  const tokens = tokenize(analysed);
  const sentences = splitSentences(analysed);
  const greeting = parseGreeting(analysed);
  // A token never spans a space, so its folded form is the same slice of the folded text.
  const tokenWords = tokens.map((t) => folded.slice(t.start, t.end));
  const language = detectLanguage(tokens, tokenWords, analysed);
  const pronouns = countPronouns(analysed, tokenWords, tokens, language.applied);
  const slots = findSlots(analysed);
  const words = readWords(analysed, lower, folded, tokens, slots, tokenWords);
  const matches = lexiconMatches(language.applied, words);
  const first = (key: PatternKey): Span | null => {
    const m = matches.find((x) => x.key === key);
    return m ? { start: m.start, end: m.end } : null;
  };
  return {
    text: analysed,
    lower,
    folded,
    tokens,
    sentences,
    stats: computeStats(analysed, tokens, sentences, pronouns),
    count: text.length,
    graphemes: countGraphemes(text),
    limit,
    limitWarnAt: fromPage ? null : (entry.warnAt ?? null),
    limitFromPage: fromPage,
    context: {
      surface: context.surface,
      stage: context.stage ?? 'first-touch',
      account,
      recipientName: context.recipientName?.trim() || null,
      history: context.history ?? null,
    },
    greeting,
    opening: openingSpan(text, sentences, greeting),
    hook: first('hook'),
    conversation: first('prior'),
    language,
    words,
    matches,
    slots,
    selfWords: pronouns.selfWords,
    blank: text.trim() === '',
  };
}

/** From the end of the greeting to the end of the first real sentence after it. */
function openingSpan(text: string, sentences: readonly Sentence[], greeting: Greeting | null): Span {
  const start = greeting ? greeting.span.end : text.length - text.trimStart().length;
  for (const s of sentences) {
    if (s.end <= start) continue;
    const end = Math.min(s.end, start + OPENING_MAX);
    if (end - Math.max(s.start, start) > 2) return { start, end };
  }
  return { start, end: Math.min(text.length, start + OPENING_MAX) };
}
