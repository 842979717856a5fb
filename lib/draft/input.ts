/** Everything a rule may look at, computed once per analysis (rules never re-tokenise). */
import { EVIDENCE, type EvidenceId } from '../evidence';
import { t } from '../i18n/t';
import { type AccountType, type FieldName, type SurfaceKind, tableLimit } from '../limits';
import { countGraphemes } from '../text/graphemes';
import { foldSameLength } from './fold';
import { type Greeting, parseGreeting } from './greeting';
import { countPronouns, detectLanguage, type LanguageInfo } from './language';
import { firstLexiconMatch, type Lang, type PatternKey } from './lexicon';
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
  /** The text's words, lower case and folded: which lexicon patterns can match at all. */
  words: ReadonlySet<string>;
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
 * Selling, big asks and links are early here (the labels of issue 13: "before any conversation").
 */
export function beforeReply(input: RuleInput): boolean {
  const { surface } = input.context;
  if (surface === 'connection-note') return true;
  if (surface !== 'message' && surface !== 'inmail-body') return false;
  // In a language we have no lexicons for, a follow-up may well answer them: give it the benefit.
  if (input.context.stage === 'follow-up' && input.language.primary === 'other') return false;
  return input.conversation === null;
}

/** The span of the first regex match in the lower-cased text, trimmed of trailing spaces. */
export function firstMatch(re: RegExp, lower: string, from = 0, to = lower.length): Span | null {
  const hay = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  const m = re.exec(hay);
  if (!m) return null;
  const start = from + m.index;
  return { start, end: start + m[0].trimEnd().length };
}

/** The first match of a lexicon family, in the languages that apply, within [from, to). */
export function findLexicon(
  input: RuleInput,
  key: PatternKey,
  from = 0,
  to = input.folded.length,
  langs: readonly Lang[] = input.language.applied,
): Span | null {
  const hay = from === 0 && to === input.folded.length ? input.folded : input.folded.slice(from, to);
  const m = firstLexiconMatch(key, langs, hay, input.words);
  return m ? { start: from + m.index, end: from + m.index + m.length } : null;
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
  const folded = foldSameLength(lower);
  const tokens = tokenize(analysed);
  const sentences = splitSentences(analysed);
  const greeting = parseGreeting(analysed);
  // A token never spans a space, so its folded form is the same slice of the folded text.
  const tokenWords = tokens.map((t) => folded.slice(t.start, t.end));
  const language = detectLanguage(tokens, tokenWords, analysed);
  const pronouns = countPronouns(analysed, tokenWords, tokens, language.applied);
  const words = new Set<string>();
  for (const w of tokenWords) {
    words.add(w);
    // A regex \b splits "won't" and "l'entreprise" where the tokenizer does not.
    if (w.includes("'")) for (const part of w.split("'")) words.add(part);
  }
  const hook = firstLexiconMatch('hook', language.applied, folded, words);
  // Only messages and InMails ask whether the two have talked: found on first use.
  let conversation: Span | null | undefined;
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
    hook: hook ? { start: hook.index, end: hook.index + hook.length } : null,
    get conversation() {
      if (conversation === undefined) {
        const prior = firstLexiconMatch('prior', language.applied, folded, words);
        conversation = prior ? { start: prior.index, end: prior.index + prior.length } : null;
      }
      return conversation;
    },
    language,
    words,
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
