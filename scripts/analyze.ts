/**
 * `npm run --silent analyze -- --surface <surface> [options] < note.txt`
 * Checks one draft (stdin or --file) or, with --jsonl, a whole template library: one JSON object per
 * line in, one JSON report per line out. Exit 0 ok, 2 bad input (the other lines are still checked).
 */
import {
  analyzeDraft,
  DRAFT_SURFACES,
  type DraftContext,
  type DraftReport,
  type DraftSurface,
  type HistoryNote,
  isDraftSurface,
  type PreparedHistory,
  prepareHistory,
} from '../lib/draft';
import { evidenceLine } from '../lib/evidence';
import { formatNumber, t, tp } from '../lib/i18n/t';
import type { AccountType } from '../lib/limits';
import { EXIT_BAD_INPUT, InputError, parseArgs, parseJsonl, readInput, runCli, useEnvLanguage } from './io';

const SPEC = {
  surface: 'string',
  recipient: 'string',
  account: 'string',
  history: 'string',
  json: 'boolean',
  file: 'string',
  jsonl: 'boolean',
  limit: 'string',
  stage: 'string',
  help: 'boolean',
} as const;

const USAGE = `Usage: npm run --silent analyze -- --surface <surface> [options] < note.txt

Checks a LinkedIn note or message the way the Connect Coach panel does.

  --surface S     ${DRAFT_SURFACES.join(' | ')}
  --recipient N   the recipient's name as LinkedIn shows it (checks the greeting)
  --account A     free | premium (the connection-note limit: 200 or 300)
  --limit N       the box's own limit, when you know it (wins over the table)
  --stage S       first-touch (default) | follow-up
  --history F     your earlier notes, JSON Lines of strings or {"text": ...}, for template similarity
  --file F        read the draft from F instead of standard input
  --json          print the report as JSON
  --jsonl         read one JSON object per line: {"id", "surface", "text", "recipient"?, "account"?,
                  "stage"?, "limit"?}; print one JSON report per line with the same id
                  (--surface, --account, --stage and --recipient become the defaults)

A single trailing line break in the input is ignored (editors and echo add one).
Exit codes: 0 checked, 2 bad input (message names the line), 1 unexpected failure.`;

const ACCOUNTS: readonly AccountType[] = ['free', 'premium'];
const STAGES = ['first-touch', 'follow-up'] as const;
type Stage = (typeof STAGES)[number];

function surfaceError(value: unknown): string {
  return `unknown surface ${JSON.stringify(value)}. Valid surfaces: ${DRAFT_SURFACES.join(', ')}.`;
}

function parseSurface(value: string | undefined): DraftSurface | undefined {
  if (value === undefined) return undefined;
  if (!isDraftSurface(value)) throw new InputError(`--surface: ${surfaceError(value)}`);
  return value;
}

function parseAccount(value: unknown, where: string): AccountType | undefined {
  if (value === undefined || value === null) return undefined;
  if (!ACCOUNTS.includes(value as AccountType))
    throw new InputError(`${where}: unknown account ${JSON.stringify(value)}. Valid: free, premium.`);
  return value as AccountType;
}

function parseStage(value: unknown, where: string): Stage | undefined {
  if (value === undefined || value === null) return undefined;
  if (!STAGES.includes(value as Stage))
    throw new InputError(`${where}: unknown stage ${JSON.stringify(value)}. Valid: ${STAGES.join(', ')}.`);
  return value as Stage;
}

function parseLimit(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InputError(`${where}: limit must be a positive whole number.`);
  return n;
}

/**
 * Earlier notes: JSON Lines of strings or {"text": "...", "sentAt"?: ISO, "name"?: recipient} (the
 * warning names the note it matches by both). A bad line stops the run, naming it.
 */
function loadHistory(file: string): PreparedHistory {
  const notes: (string | HistoryNote)[] = [];
  const errors: string[] = [];
  for (const { line, value } of parseJsonl(readInput(file), (line, msg) =>
    errors.push(`line ${line}: ${msg}`),
  )) {
    if (typeof value === 'string') notes.push(value);
    else if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
      const v = value as { text: string; sentAt?: unknown; name?: unknown };
      const str = (x: unknown) => (typeof x === 'string' ? x : null);
      notes.push({ text: v.text, sentAt: str(v.sentAt), name: str(v.name) });
    } else errors.push(`line ${line}: expected a string or an object with a "text" string`);
  }
  if (errors.length > 0) throw new InputError(`--history "${file}": ${errors.join('; ')}`);
  return prepareHistory(notes);
}

function stripFinalNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** The readable report, in the language of LANG (scripts/io.ts); rule ids and quoted text as they are. */
export function formatReport(report: DraftReport, text: string): string {
  const { stats } = report;
  const lines: string[] = [];
  const count = { surface: report.surface, count: report.count, limit: report.limit };
  const head =
    report.remaining >= 0
      ? t('cli_count_left', { ...count, left: report.remaining })
      : t('cli_count_over', { ...count, over: -report.remaining });
  const seen = report.graphemes !== report.count ? ` ${t('cli_graphemes', { count: report.graphemes })}` : '';
  lines.push(`${head}${seen}`);
  lines.push(report.scored ? t('cli_score', { score: report.score }) : t('cli_score_none'));
  // The user's own words in plain quotes: the report is also read by scripts.
  if (report.preview) lines.push(t('cli_preview', { text: `"${report.preview}"` }));
  lines.push(
    t('cli_stats', {
      words: tp('cli_words', stats.words, { count: stats.words }),
      sentences: tp('cli_sentences', stats.sentences, { count: stats.sentences }),
      questions: tp('insights_questions', stats.questions, { count: stats.questions }),
      you: stats.youCount,
      self: stats.selfCount,
      grade: stats.readingGrade === null ? t('cli_grade_none') : formatNumber(stats.readingGrade),
      emoji: stats.emoji,
    }),
  );
  lines.push('');
  if (report.warnings.length === 0) lines.push(t('cli_no_warnings'));
  else lines.push(tp('cli_warnings', report.warnings.length, { count: report.warnings.length }));
  const severity = {
    error: t('cli_severity_error'),
    warn: t('cli_severity_warn'),
    info: t('cli_severity_info'),
  };
  const width = Math.max(...Object.values(severity).map((s) => s.length));
  for (const w of report.warnings) {
    lines.push(`  ${severity[w.severity].padEnd(width)} ${w.rule}: ${w.message}`);
    if (w.span) {
      const quoted = text.slice(w.span.start, w.span.end).replace(/\s+/g, ' ');
      const shown = quoted.length > 70 ? `${quoted.slice(0, 69)}…` : quoted;
      lines.push(`        ${t('cli_at', { start: w.span.start, end: w.span.end, text: `"${shown}"` })}`);
    }
    lines.push(`        ${t('cli_evidence', { evidence: evidenceLine(w.evidence) })}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Defaults {
  surface?: DraftSurface;
  recipient?: string;
  account?: AccountType;
  stage?: Stage;
  limit?: number;
  history?: PreparedHistory;
}

function contextOf(
  surface: DraftSurface,
  d: Defaults,
  line: Record<string, unknown> = {},
  where = '',
): DraftContext {
  const recipient = line.recipient ?? d.recipient;
  if (recipient !== undefined && recipient !== null && typeof recipient !== 'string')
    throw new InputError(`${where}"recipient" must be a string.`);
  const account = parseAccount(line.account, `${where}"account"`) ?? d.account;
  const stage = parseStage(line.stage, `${where}"stage"`) ?? d.stage;
  const limit = parseLimit(line.limit, `${where}"limit"`) ?? d.limit;
  return {
    surface,
    ...(recipient ? { recipientName: recipient } : {}),
    ...(account ? { account } : {}),
    ...(stage ? { stage } : {}),
    ...(limit ? { limit } : {}),
    ...(d.history ? { history: d.history } : {}),
  };
}

/** One report per line; bad lines are named on stderr and skipped, the rest are still checked. */
function runJsonl(input: string, d: Defaults): number {
  let bad = 0;
  const fail = (line: number, message: string) => {
    bad++;
    process.stderr.write(`line ${line}: ${message}\n`);
  };
  for (const { line, value } of parseJsonl(input, fail)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      fail(line, 'expected a JSON object with "surface" and "text".');
      continue;
    }
    const obj = value as Record<string, unknown>;
    const surface = obj.surface ?? d.surface;
    if (!isDraftSurface(surface)) {
      fail(
        line,
        surface === undefined
          ? `missing "surface". Valid surfaces: ${DRAFT_SURFACES.join(', ')}.`
          : surfaceError(surface),
      );
      continue;
    }
    if (typeof obj.text !== 'string') {
      fail(line, 'missing "text" (a string).');
      continue;
    }
    try {
      const report = analyzeDraft(obj.text, contextOf(surface, d, obj));
      process.stdout.write(`${JSON.stringify({ id: obj.id ?? null, ...report })}\n`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(line, err.message);
    }
  }
  return bad > 0 ? EXIT_BAD_INPUT : 0;
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv, SPEC);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const defaults: Defaults = {};
  const surface = parseSurface(args.surface as string | undefined);
  if (surface) defaults.surface = surface;
  if (typeof args.recipient === 'string') defaults.recipient = args.recipient;
  const account = parseAccount(args.account, '--account');
  if (account) defaults.account = account;
  const stage = parseStage(args.stage, '--stage');
  if (stage) defaults.stage = stage;
  const limit = parseLimit(args.limit, '--limit');
  if (limit) defaults.limit = limit;
  if (typeof args.history === 'string') defaults.history = loadHistory(args.history);

  const input = readInput(args.file as string | undefined);
  if (args.jsonl) return runJsonl(input, defaults);

  if (!defaults.surface)
    throw new InputError(`Missing --surface. Valid surfaces: ${DRAFT_SURFACES.join(', ')}.\n\n${USAGE}`);
  const text = stripFinalNewline(input);
  const report = analyzeDraft(text, contextOf(defaults.surface, defaults));
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, text));
  return 0;
}

runCli(() => {
  useEnvLanguage();
  return main(process.argv.slice(2));
});
