/**
 * Acceptance and reply rates per message version and per audience from the tracker's CSV (Node only).
 *
 *   npm run --silent stats -- --csv FILE [--json] [--by version|audience|both] [--tz ZONE] [--now ISO]
 *                                    [--dates dmy|mdy]
 *
 * FILE is the tracker's CSV export or any reasonable tracking sheet: CSV in any dialect (comma,
 * semicolon or tab; UTF-8, UTF-16 or Windows-1252) or an Excel .xlsx; "-" reads standard input. Its
 * columns and values are matched to ours by the same reader as the dashboard's import (lib/sheet/);
 * --dates says how to read dates like 03/04/2026 when no date in the file tells. The readable table
 * gives each rate with its 95% Wilson interval and marks groups under 25 sends "too few to judge";
 * --json prints { byVersion, byAudience, comparison, byWarning, byWarningComparison, byTemplate,
 * evidence } where every
 * group has key, sent, accepted, acceptanceRate, acceptanceCi95 [low, high], replied, replyRate,
 * replyCi95 (replies over accepted; null while nothing is accepted) and more. --tz reads dates without
 * an offset (default UTC); --now (default the clock) only decides which pending requests are under a
 * week old. Bad input (a column every person needs is missing, an unknown value, a date it cannot
 * read): a message naming the row and field on stderr, exit 2. Columns it ignored are listed on stderr.
 */

import { EVIDENCE } from '../lib/evidence.ts';
import { formatNumber, t, tp } from '../lib/i18n/t.ts';
import { byWarning } from '../lib/insight/by-warning.ts';
import { coachingLines, warningGroupJson } from '../lib/insight/coaching.ts';
import { audienceMix, compareTopTwo } from '../lib/insight/compare.ts';
import type { EvidenceId } from '../lib/insight/evidence.ts';
import { days, pctWithCi } from '../lib/insight/format.ts';
import { type GroupBy, type GroupStats, groupStats, MIN_SENDS } from '../lib/insight/groups.ts';
import { ratesJson } from '../lib/insight/report-json.ts';
import { templateJson, templateRows } from '../lib/insight/template-report.ts';
import { findTemplates } from '../lib/insight/templates.ts';
import { isIsoDate, isValidTimeZone, toInstant } from '../lib/sequencing/dates.ts';
import type { DateOrder } from '../lib/sheet/dates.ts';
import { loadSheet } from '../lib/sheet/load.ts';
import { describeField, readingErrors, readSheet } from '../lib/sheet/read.ts';
import type { TrackedContact } from '../lib/tracker/schema';
import { InputError, parseArgs, readBytes, runCli, useEnvLanguage } from './io.ts';

const USAGE =
  'Usage: stats --csv FILE [--json] [--by version|audience|both] [--tz ZONE] [--now ISO] [--dates dmy|mdy]  (FILE "-" reads standard input; CSV or .xlsx)';

const BY = ['version', 'audience', 'both'] as const;
type By = (typeof BY)[number];

/** A group as --json prints it: the required fields first, evidence by id. */
function jsonGroup(g: GroupStats) {
  return {
    key: g.key,
    ...ratesJson(g),
    medianDaysToAccept: g.medianDaysToAccept,
    medianDaysToFirstReply: g.medianDaysToFirstReply,
    pendingYoung: g.pendingYoung,
    tooFewToJudge: g.tooFewToJudge,
    verdict: g.verdict,
    evidence: g.evidence.map((e) => e.id),
  };
}

function table(title: string, column: string, groups: readonly GroupStats[]): string[] {
  const head = [
    column,
    t('chart_col_sent'),
    t('chart_col_accepted'),
    t('cli_col_acceptance'),
    t('chart_col_replied'),
    t('cli_col_reply_rate'),
    t('cli_col_days_accept'),
    '',
  ];
  const rows = groups.map((g) => [
    g.key,
    formatNumber(g.sent),
    formatNumber(g.accepted),
    pctWithCi(g.acceptanceRate, g.acceptanceCi95),
    formatNumber(g.replied),
    pctWithCi(g.replyRate, g.replyCi95),
    days(g.medianDaysToAccept),
    g.tooFewToJudge ? t('chart_too_few') : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const numeric = new Set([1, 2, 4, 6]);
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()}`;
  const out = [title, line(head), ...rows.map(line)];
  if (groups.some((g) => g.tooFewToJudge)) out.push(`  ${t('cli_too_few_note', { min: MIN_SENDS })}`);
  for (const g of groups) out.push(`  ${g.key}: ${g.verdict}`);
  return out;
}

/** The sheet's contacts, read as the dashboard reads it; every open question is bad input. */
async function readContacts(
  file: string,
  name: string,
  now: Date,
  dateOrder: DateOrder | undefined,
): Promise<TrackedContact[]> {
  let loaded: Awaited<ReturnType<typeof loadSheet>>;
  const bytes = readBytes(file === '-' ? undefined : file);
  try {
    loaded = await loadSheet(bytes);
  } catch (err) {
    throw new InputError(`${name}: not a sheet this can read (${(err as Error).message}). Save it as CSV.`);
  }
  const reading = readSheet(loaded.table, { now, choices: dateOrder ? { dateOrder } : {} });
  if (reading.missing.length)
    throw new InputError(
      `${name}: no column for ${reading.missing.map(describeField).join(', nor for ')}. Columns found: ${
        reading.columns.map((c) => JSON.stringify(c.header)).join(', ') || 'none'
      }. Name the column "profile_url" (or "LinkedIn URL") and the name "name".`,
    );
  if (reading.dates.needOrder && reading.dates.example) {
    const e = reading.dates.example;
    throw new InputError(
      `${name}: dates such as ${JSON.stringify(e.value)} (column ${JSON.stringify(e.header)}, row ${e.row}) could be day/month or month/day, and no date in the file tells. Run again with --dates dmy (day first) or --dates mdy (month first).`,
    );
  }
  const errors = readingErrors(reading);
  if (errors.length) {
    const shown = errors.slice(0, 10).map((e) => `row ${e.row}, ${e.field}: ${e.message}`);
    const more = errors.length > 10 ? `; and ${errors.length - 10} more` : '';
    throw new InputError(`${name}: ${shown.join('; ')}${more}`);
  }
  if (reading.ignored.length)
    process.stderr.write(
      `${tp('cli_ignored', reading.ignored.length, { file: name, columns: reading.ignored.map((h) => JSON.stringify(h)).join(', ') })}\n`,
    );
  return reading.contacts;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), {
    csv: 'string',
    json: 'boolean',
    by: 'string',
    tz: 'string',
    now: 'string',
    dates: 'string',
    help: 'boolean',
  });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = args.csv as string | undefined;
  if (!file) throw new InputError(`Give the tracker's CSV with --csv FILE.\n${USAGE}`);
  const by = (args.by as string | undefined) ?? 'both';
  if (!(BY as readonly string[]).includes(by))
    throw new InputError(`--by: "${by}" is not one of ${BY.join(', ')}.`);
  const tz = (args.tz as string | undefined) ?? 'UTC';
  if (!isValidTimeZone(tz)) throw new InputError(`--tz: "${tz}" is not a time zone (e.g. Europe/Paris).`);
  const nowFlag = args.now as string | undefined;
  if (nowFlag !== undefined && !isIsoDate(nowFlag))
    throw new InputError(`--now: "${nowFlag}" is not an ISO date.`);
  const now = nowFlag ? toInstant(nowFlag, tz) : new Date();
  const dates = args.dates as string | undefined;
  if (dates !== undefined && dates !== 'dmy' && dates !== 'mdy')
    throw new InputError(
      `--dates: "${dates}" is not dmy (day first, 25/03/2026) or mdy (month first, 03/25/2026).`,
    );

  const name = file === '-' ? t('cli_stats_stdin') : file;
  const contacts = await readContacts(file, name, now, dates as DateOrder | undefined);

  const dims: GroupBy[] = (by as By) === 'both' ? ['version', 'audience'] : [by as GroupBy];
  const result: Record<string, GroupStats[]> = {};
  for (const d of dims) result[d] = groupStats(contacts, { by: d, now, timeZone: tz });
  const comparison = result.version ? compareTopTwo(result.version) : null;
  const sends = contacts.filter((c) => c.request).length;
  const mix = comparison ? audienceMix(contacts, comparison.a.key, comparison.b.key) : null;
  // Issue 18: every sent note judged again by the current engine, grouped by what it says.
  const coaching = byWarning(contacts, { now, timeZone: tz });
  // Issue 19: sent notes that are one note with its blanks filled in, found without labels.
  const templates = findTemplates(contacts, { now, timeZone: tz });

  if (args.json) {
    const ids = new Set<EvidenceId>(['measure25to50', 'healthyAcceptance']);
    for (const list of Object.values(result)) for (const g of list) for (const e of g.evidence) ids.add(e.id);
    for (const g of coaching.groups) for (const e of g.evidence) ids.add(e.id);
    const doc = {
      source: name,
      sends,
      ...(result.version ? { byVersion: result.version.map(jsonGroup) } : {}),
      ...(result.audience ? { byAudience: result.audience.map(jsonGroup) } : {}),
      ...(result.version
        ? {
            comparison: comparison && {
              ...comparison,
              audienceMixNote: mix?.note ?? null,
              evidence: ['measure25to50'],
            },
          }
        : {}),
      byWarning: coaching.groups.map(warningGroupJson),
      byWarningComparison: coaching.comparison && {
        ...coaching.comparison,
        message: coaching.comparisonMessage,
      },
      byTemplate: templates.templates.map(templateJson),
      evidence: Object.fromEntries([...ids].map((id) => [id, EVIDENCE[id]])),
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }

  const out: string[] = [tp('cli_stats_head', sends, { count: sends, file: name })];
  if (sends === 0) out.push(t('cli_stats_none'));
  else {
    if (result.version) {
      out.push('', ...table(t('cli_by_version'), t('common_version'), result.version));
      out.push(
        '',
        comparison
          ? `${t('cli_comparison', {
              a: t('common_quote', { text: comparison.a.key }),
              b: t('common_quote', { text: comparison.b.key }),
              verdict: comparison.verdict,
            })}${mix?.note ? ` ${mix.note}` : ''}`
          : t('cli_comparison_none'),
      );
    }
    if (result.audience)
      out.push('', ...table(t('insight_by_audience'), t('common_audience'), result.audience));
    const byTemplate = templateRows(templates);
    if (byTemplate.rows.length)
      out.push(
        '',
        ...table(t('cli_by_template'), t('cli_col_template'), byTemplate.rows),
        ...byTemplate.lines,
      );
    out.push('', ...table(t('cli_by_warning'), t('cli_col_warning'), coaching.groups));
    out.push(...coachingLines(coaching));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

runCli(() => {
  useEnvLanguage();
  return main();
});
