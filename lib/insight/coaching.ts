/**
 * "Does the coaching work for you?" (pure): the per-warning figures (by-warning.ts) as groups with
 * rates and 95% Wilson intervals, each beside the acceptance figure the article gives for it, the
 * strongest difference against notes with no warning that is not chance, and the user's own figure
 * for the panel's evidence line.
 */
import { SEED_TITLES } from '../evidence';
import { type PlainKey, t, tp } from '../i18n/t';
import { ALPHA, type Comparison, compareVersions } from './compare';
import { cite, type EvidenceId, type EvidenceRef } from './evidence';
import { BLANK, type FigureRow, NO_WARNING, type WarningFigures, type WarningKey } from './figures';
import { num, pct, pctRange } from './format';
import { type GroupStats, IDEAL_SENDS, MIN_SENDS, statsFromCounts } from './groups';
import { HEALTHY_ACCEPTANCE } from './health';
import { ratesJson } from './report-json';
import type { Interval } from './stats';
import { countsOf } from './stored-counts';

/**
 * The acceptance figures the seeds give for a group, as a range. Seed 000 (Konnector): a request
 * without a note 55–68%, with a generic note 26–45%. A note the coach finds nothing against is held
 * to seed 004's (Alore) "strong performance" range, 30–50%. The other rules cite claims without an
 * acceptance rate (a pitch "gets you ignored", 27% more replies…): they are shown, never compared.
 */
const SEED_ACCEPTANCE: Readonly<Partial<Record<WarningKey, { range: Interval; id: EvidenceId }>>> = {
  [BLANK]: { range: [0.55, 0.68], id: 'blankBeatsGeneric' },
  'generic-opener': { range: [0.26, 0.45], id: 'genericOpener' },
  [NO_WARNING]: { range: HEALTHY_ACCEPTANCE, id: 'healthyAcceptance' },
};

/** The group inside a sentence ("your notes with a pitch"); a rule added later reads "notes flagged …". */
const PHRASE: Readonly<Partial<Record<WarningKey, PlainKey>>> = {
  [NO_WARNING]: 'coaching_group_none',
  [BLANK]: 'coaching_group_blank',
  'over-limit': 'coaching_group_over_limit',
  'too-long': 'coaching_group_too_long',
  'generic-opener': 'coaching_group_generic_opener',
  'no-hook': 'coaching_group_no_hook',
  pitch: 'coaching_group_pitch',
  'big-ask': 'coaching_group_big_ask',
  'self-focused': 'coaching_group_self_focused',
  placeholder: 'coaching_group_placeholder',
  link: 'coaching_group_link',
  'lazy-follow-up': 'coaching_group_lazy_follow_up',
  pushy: 'coaching_group_pushy',
  shouting: 'coaching_group_shouting',
  'name-mismatch': 'coaching_group_name_mismatch',
  'template-similarity': 'coaching_group_template_similarity',
  'limited-language': 'coaching_group_limited_language',
};

/** The rules' own titles (the engine's rule_* messages), without loading the engine into the page. */
const TITLE: Readonly<Partial<Record<WarningKey, PlainKey>>> = {
  [NO_WARNING]: 'coaching_label_none',
  [BLANK]: 'coaching_label_blank',
  'over-limit': 'rule_over_limit',
  'too-long': 'rule_too_long',
  'generic-opener': 'rule_generic_opener',
  'no-hook': 'rule_no_hook',
  pitch: 'rule_pitch',
  'big-ask': 'rule_big_ask',
  'self-focused': 'rule_self_focused',
  placeholder: 'rule_placeholder',
  link: 'rule_link',
  'lazy-follow-up': 'rule_lazy_follow_up',
  pushy: 'rule_pushy',
  shouting: 'rule_shouting',
  'name-mismatch': 'rule_name_mismatch',
  'weak-subject': 'rule_weak_subject',
  'wall-of-text': 'rule_wall_of_text',
  'template-similarity': 'rule_template_similarity',
  'blank-note': 'rule_blank_note',
  'limited-language': 'rule_limited_language',
};

/** The short name of a group: "No warning", "Blank request", or the rule's own title. */
export function warningLabel(key: string): string {
  const known = TITLE[key as WarningKey];
  return known ? t(known) : key;
}

/** The group as a sentence names it: "notes with a pitch", "blank requests". */
export function warningPhrase(key: string): string {
  const known = PHRASE[key as WarningKey];
  return known ? t(known) : t('coaching_group_rule', { rule: warningLabel(key) });
}

/** The panel's warning id to its group: the blank-note tip is about blank requests. */
export function groupOfWarning(warningId: string): string {
  return warningId === 'blank-note' ? BLANK : warningId;
}

export type SeedPosition = 'better' | 'worse' | 'in-line';

export interface SeedFigure {
  /** The article's acceptance range for this group. */
  range: Interval;
  evidence: EvidenceRef;
}

export interface CoachingGroup extends GroupStats {
  /** `none`, `blank` or a rule id (also in `key`). */
  warning: WarningKey;
  /** "Sales pitch", "No warning". */
  label: string;
  /** "notes with a pitch". */
  phrase: string;
  /** The evidence the warning cites in the panel (blank requests: seed 000's; none: null). */
  cited: EvidenceRef | null;
  /** The article's acceptance figure for the group, when it gives one. */
  seed: SeedFigure | null;
  /**
   * Where the user's 95% interval stands against the article's range: wholly above (better), wholly
   * below (worse) or overlapping it. Null under 25 sends or without a figure to compare with.
   */
  seedPosition: SeedPosition | null;
  /** The plain sentence when the interval excludes the article's figure; null otherwise. */
  seedMessage: string | null;
}

/** One stored row as a group with its rates, intervals, verdict and the article's figure. */
export function coachingGroup(row: FigureRow): CoachingGroup {
  const stats = statsFromCounts(row.k, countsOf(row), t('coaching_subject'));
  const benchmark = SEED_ACCEPTANCE[row.k];
  const seed = benchmark ? { range: benchmark.range, evidence: cite(benchmark.id) } : null;
  const ci = stats.acceptanceCi95;
  let seedPosition: SeedPosition | null = null;
  let seedMessage: string | null = null;
  if (seed && ci && !stats.tooFewToJudge) {
    seedPosition = ci[0] > seed.range[1] ? 'better' : ci[1] < seed.range[0] ? 'worse' : 'in-line';
    if (seedPosition !== 'in-line')
      seedMessage = t(seedPosition === 'better' ? 'coaching_seed_better' : 'coaching_seed_worse', {
        group: warningPhrase(row.k),
        rate: pct(stats.acceptanceRate),
        range: pctRange(ci),
        seed: t('coaching_seed_cell', {
          range: pctRange(seed.range),
          source: SEED_TITLES[seed.evidence.seed],
        }),
      });
  }
  return {
    ...stats,
    labelled: true,
    warning: row.k,
    label: warningLabel(row.k),
    phrase: warningPhrase(row.k),
    cited: row.e ? cite(row.e) : null,
    seed,
    seedPosition,
    seedMessage,
    evidence: [...stats.evidence, ...(seed ? [seed.evidence] : [])],
  };
}

export interface CoachingInsight {
  sends: number;
  /** Sends whose note the engine could not read (left out). */
  unjudged: number;
  /** At least one group has 25 sends: below that the view says only that it is too early. */
  enough: boolean;
  /** The honest "too few sends to tell yet" while not enough; null once enough. */
  tooFewMessage: string | null;
  groups: CoachingGroup[];
  /** The strongest difference against notes with no warning (see strongestDifference). */
  comparison: Comparison | null;
  /** Its verdict, plus how the level was lowered when several groups were compared. */
  comparisonMessage: string | null;
  /** How many groups were tested against `none` (the level is 0.05 divided by this). */
  comparisons: number;
  evidence: EvidenceRef[];
}

/**
 * The strongest difference between notes with no warning and any other group. Every group with 25+
 * sends is tested against `none` with the version comparison's two-proportion test, at 0.05 divided
 * by the number of groups tested (quoting the strongest of several tests at 0.05 would find chance
 * differences). The largest significant gap is quoted; without one, the largest gap that could be
 * chance (with the sends it would take), or the biggest group's "too few to tell".
 */
export function strongestDifference(groups: readonly CoachingGroup[]): {
  comparison: Comparison | null;
  tested: number;
} {
  const others = groups.filter((g) => g.warning !== NO_WARNING && g.sent > 0);
  if (!others.length) return { comparison: null, tested: 0 };
  const none = groups.find((g) => g.warning === NO_WARNING);
  const base = { key: warningLabel(NO_WARNING), sent: none?.sent ?? 0, accepted: none?.accepted ?? 0 };
  const judged = others.filter((g) => g.sent >= MIN_SENDS && base.sent >= MIN_SENDS);
  const tested = judged.length;
  const alpha = tested > 1 ? ALPHA / tested : ALPHA;
  const side = (g: CoachingGroup) => ({ key: g.label, sent: g.sent, accepted: g.accepted });
  const gap = (c: Comparison) => Math.abs(c.difference ?? 0);
  if (tested) {
    const cs = judged.map((g) => compareVersions(base, side(g), MIN_SENDS, alpha));
    const best = [...cs].sort((x, y) => Number(y.significant) - Number(x.significant) || gap(y) - gap(x))[0];
    return { comparison: best ?? null, tested };
  }
  // Nothing to test yet: the biggest group against `none` says what is missing.
  const biggest = [...others].sort((x, y) => y.sent - x.sent)[0] as CoachingGroup;
  return { comparison: compareVersions(base, side(biggest)), tested: 0 };
}

/** Everything the dashboard's "Does the coaching work for you?" section shows. */
export function coachingInsight(figures: WarningFigures): CoachingInsight {
  const groups = figures.groups.map(coachingGroup);
  const largest = Math.max(0, ...groups.map((g) => g.sent));
  const enough = largest >= MIN_SENDS;
  const { comparison, tested } = strongestDifference(groups);
  const many =
    tested > 1
      ? ` ${t('coaching_compare_many', { count: tested, alpha: Number((ALPHA / tested).toPrecision(2)) })}`
      : '';
  const tooFewMessage = enough
    ? null
    : tp('coaching_too_few', figures.sends, {
        sent: num(figures.sends),
        largest: num(largest),
        min: MIN_SENDS,
        ideal: IDEAL_SENDS,
      });
  const evidence: EvidenceRef[] = [cite('measure25to50')];
  for (const g of groups)
    if (g.seed && !evidence.some((e) => e.id === g.seed?.evidence.id)) evidence.push(g.seed.evidence);
  return {
    sends: figures.sends,
    unjudged: figures.unjudged,
    enough,
    tooFewMessage,
    groups,
    comparison,
    comparisonMessage: comparison ? `${comparison.verdict}${comparison.tooFew ? '' : many}` : null,
    comparisons: tested,
    evidence,
  };
}

/** The user's own figure for one warning, once its group has 25 sends. */
export interface UserFigure {
  /** The group (`blank` for the blank-note tip, else the rule id). */
  warning: string;
  sent: number;
  accepted: number;
  rate: number;
  ci95: Interval;
  /** "your notes with a pitch: 20% accepted, 30 sent". */
  text: string;
  /** The same with its interval, for screen readers. */
  label: string;
}

/**
 * The user's own acceptance for notes that got this warning (a rule id as the panel shows it), from
 * the stored figures; null until that group has at least 25 sends, or without figures.
 */
export function userFigureFor(
  warningId: string,
  figures: WarningFigures | null | undefined,
): UserFigure | null {
  const key = groupOfWarning(warningId);
  const row = figures?.groups.find((g) => g.k === key);
  if (!row || row.s < MIN_SENDS) return null;
  const g = coachingGroup(row);
  if (g.acceptanceRate === null || !g.acceptanceCi95) return null;
  return {
    warning: key,
    sent: g.sent,
    accepted: g.accepted,
    rate: g.acceptanceRate,
    ci95: g.acceptanceCi95,
    text: userFigureText(key, g.acceptanceRate, g.sent),
    label: t('coaching_user_figure_aria', {
      group: g.phrase,
      rate: pct(g.acceptanceRate),
      range: pctRange(g.acceptanceCi95),
      sent: num(g.sent),
    }),
  };
}

/** "your notes with a pitch: 20% accepted, 30 sent". */
export function userFigureText(warningId: string, rate: number, sent: number): string {
  return t('coaching_user_figure', {
    group: warningPhrase(groupOfWarning(warningId)),
    rate: pct(rate),
    sent: num(sent),
  });
}

/** One group as the stats command's --json prints it under `byWarning`. */
export function warningGroupJson(g: CoachingGroup) {
  return {
    warning: g.warning,
    ...ratesJson(g),
    tooFewToJudge: g.tooFewToJudge,
    label: g.label,
    /** The article's acceptance range for the group, and its evidence id; null where it gives none. */
    seedFigure: g.seed ? { range: g.seed.range, evidence: g.seed.evidence.id } : null,
    seedPosition: g.seedPosition,
    seedMessage: g.seedMessage,
    /** The evidence the warning cites in the panel. */
    cites: g.cited?.id ?? null,
  };
}

/** The lines the stats command prints under the table: the article's figures and the strongest difference. */
export function coachingLines(insight: CoachingInsight): string[] {
  if (!insight.enough) return [`  ${insight.tooFewMessage}`];
  return [
    ...insight.groups.flatMap((g) => (g.seedMessage ? [`  ${g.seedMessage}`] : [])),
    ...(insight.comparisonMessage ? [`  ${insight.comparisonMessage}`] : []),
  ];
}
