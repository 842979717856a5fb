/** Everything a rule may look at, computed once per analysis (rules never re-tokenise). */
import { EVIDENCE, type EvidenceId } from '../evidence';
import { t } from '../i18n/t';
import { type AccountType, type FieldName, type SurfaceKind, tableLimit } from '../limits';
import { countGraphemes } from '../text/graphemes';
import { type Greeting, parseGreeting } from './greeting';
import { findHook, looksEnglish } from './hooks';
import { computeStats, lowerSameLength, type Sentence, splitSentences, type Token, tokenize } from './text';
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
  /** Rules built on English word lists stay silent on other languages. */
  english: boolean;
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

/** The span of the first regex match in the lower-cased text, trimmed of trailing spaces. */
export function firstMatch(re: RegExp, lower: string, from = 0, to = lower.length): Span | null {
  const hay = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  const m = re.exec(hay);
  if (!m) return null;
  const start = from + m.index;
  return { start, end: start + m[0].trimEnd().length };
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
export const ANALYSIS_CAP = 20_000;

export function buildInput(text: string, context: DraftContext): RuleInput {
  const account = context.account ?? null;
  const entry = tableLimit(...limitTarget(context.surface), account);
  const fromPage = typeof context.limit === 'number' && Number.isFinite(context.limit) && context.limit > 0;
  const limit = fromPage ? (context.limit as number) : entry.value;
  // Rules read at most the first ANALYSIS_CAP characters: far past every LinkedIn limit, so a 1 MB
  // paste is judged as fast as a long message. The count (and so over-limit) always uses all of it.
  const analysed = text.length > ANALYSIS_CAP ? text.slice(0, ANALYSIS_CAP) : text;
  const lower = lowerSameLength(analysed);
  const tokens = tokenize(analysed);
  const sentences = splitSentences(analysed);
  const greeting = parseGreeting(analysed);
  return {
    text: analysed,
    lower,
    tokens,
    sentences,
    stats: computeStats(analysed, tokens, sentences),
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
    hook: findHook(lower),
    english: looksEnglish(tokens, analysed),
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
