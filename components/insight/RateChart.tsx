import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/t';
import { days, pct, pctRange, pctWithCi } from '../../lib/insight/format';
import type { GroupStats } from '../../lib/insight/groups';
import { HEALTHY_ACCEPTANCE, HEALTHY_REPLY } from '../../lib/insight/health';
import type { Interval } from '../../lib/insight/stats';
import { ChartFigure } from './ChartFigure';

// Layout in the SVG's own units (see ChartFigure for why hand-written SVG).
const BOX = { width: 640, labelRight: 150, x0: 160, x1: 560, valueX: 568 };
const ROWS = { height: 48, top: 8, axis: 22, bar: 13 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

const x = (rate: number) => BOX.x0 + Math.max(0, Math.min(1, rate)) * (BOX.x1 - BOX.x0);

function truncate(label: string, max = 22): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function Bar({
  y,
  rate,
  ci,
  band,
  kind,
}: {
  y: number;
  rate: number | null;
  ci: Interval | null;
  band: Interval | null;
  kind: 'accept' | 'reply';
}) {
  const mid = y + ROWS.bar / 2;
  return (
    <g className={`cc-ins-${kind}`} data-kind={kind}>
      {band ? (
        <rect
          className="cc-ins-band"
          data-low={band[0]}
          data-high={band[1]}
          x={x(band[0])}
          y={y - 2}
          width={x(band[1]) - x(band[0])}
          height={ROWS.bar + 4}
        />
      ) : null}
      {rate !== null ? (
        <rect
          className="cc-ins-bar"
          x={BOX.x0}
          y={y}
          width={Math.max(0, x(rate) - BOX.x0)}
          height={ROWS.bar}
          rx={2}
        />
      ) : null}
      {ci ? (
        <g className="cc-ins-whisker" data-low={ci[0].toFixed(4)} data-high={ci[1].toFixed(4)}>
          <line x1={x(ci[0])} x2={x(ci[1])} y1={mid} y2={mid} />
          <line x1={x(ci[0])} x2={x(ci[0])} y1={y + 1} y2={y + ROWS.bar - 1} />
          <line x1={x(ci[1])} x2={x(ci[1])} y1={y + 1} y2={y + ROWS.bar - 1} />
        </g>
      ) : null}
      <text className="cc-ins-value" x={BOX.valueX} y={mid} dominantBaseline="middle">
        {rate === null ? '–' : pct(rate)}
      </text>
    </g>
  );
}

export type RateDimension = 'version' | 'audience' | 'warning' | 'template';

/** "version", "audience" or "what the coach said" as words in a sentence. */
const dimensionWord = (dimension: string): string =>
  dimension === 'version'
    ? t('label_kind_version')
    : dimension === 'audience'
      ? t('label_kind_audience')
      : dimension === 'warning'
        ? t('coaching_dimension')
        : dimension === 'template'
          ? t('templates_dimension')
          : dimension;

const byKey = (g: GroupStats) => g.key;

/** The chart's accessible name: every group in one sentence each. */
export function rateChartSummary<G extends GroupStats>(
  groups: readonly G[],
  dimension: string,
  labelOf: (g: G) => string = byKey,
): string {
  const parts = groups.map((g) => {
    const reply =
      g.replyRate === null
        ? t('chart_no_acceptances')
        : t('chart_reply_part', {
            rate: pct(g.replyRate),
            range: pctRange(g.replyCi95),
            accepted: g.accepted,
          });
    return t(g.tooFewToJudge ? 'chart_group_few' : 'chart_group', {
      key: labelOf(g),
      rate: pct(g.acceptanceRate),
      range: pctRange(g.acceptanceCi95),
      sent: g.sent,
      reply,
    });
  });
  return t('chart_summary', { dimension: dimensionWord(dimension), groups: parts.join(' ') });
}

export interface RateChartProps<G extends GroupStats> {
  groups: readonly G[];
  /** "version", "audience", "warning" or "template": names the first column and the summary. */
  dimension: RateDimension;
  /** A group's name on screen (default its key). */
  labelOf?: (g: G) => string;
  /** The band behind a group's acceptance bar (default the healthy 30–50%; null draws none). */
  acceptBand?: (g: G) => Interval | null;
  /** The legend's words for that band (default the healthy ranges). */
  bandLabel?: string;
  /** One more column at the end of the table. */
  extraColumn?: { header: string; cell: (g: G) => ReactNode };
}

const healthy = () => HEALTHY_ACCEPTANCE;

/** Horizontal bars (acceptance, then reply rate) with 95% whiskers and the healthy band behind each. */
export function RateChart<G extends GroupStats>({
  groups,
  dimension,
  labelOf = byKey,
  acceptBand = healthy,
  bandLabel,
  extraColumn,
}: RateChartProps<G>) {
  const bottom = ROWS.top + groups.length * ROWS.height;
  const column =
    dimension === 'version'
      ? t('common_version')
      : dimension === 'audience'
        ? t('common_audience')
        : dimension === 'template'
          ? t('templates_col_template')
          : t('coaching_col_warning');
  return (
    <ChartFigure
      testId={`cc-rate-chart-${dimension}`}
      width={BOX.width}
      height={bottom + ROWS.axis}
      summary={rateChartSummary(groups, dimension, labelOf)}
      after={
        <>
          <figcaption className="cc-ins-legend">
            <span className="cc-ins-key cc-ins-key-accept">{t('chart_key_accept')}</span>
            <span className="cc-ins-key cc-ins-key-reply">{t('chart_key_reply')}</span>
            <span className="cc-ins-key cc-ins-key-whisker">{t('chart_key_whisker')}</span>
            <span className="cc-ins-key cc-ins-key-band">{bandLabel ?? t('chart_key_band')}</span>
            <span>{t('chart_key_faded')}</span>
          </figcaption>
          <table className="cc-ins-table" data-testid={`cc-rate-table-${dimension}`}>
            <caption className="cc-sr">{t('chart_caption', { dimension: dimensionWord(dimension) })}</caption>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col">{t('chart_col_sent')}</th>
                <th scope="col">{t('chart_col_accepted')}</th>
                <th scope="col">{t('chart_col_acceptance')}</th>
                <th scope="col">{t('chart_col_replied')}</th>
                <th scope="col">{t('chart_col_reply_rate')}</th>
                <th scope="col">{t('chart_col_days_accept')}</th>
                <th scope="col">{t('chart_col_days_reply')}</th>
                {extraColumn ? <th scope="col">{extraColumn.header}</th> : null}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key} data-key={g.key}>
                  <th scope="row">
                    {labelOf(g)}
                    {g.tooFewToJudge ? <span className="cc-ins-few"> {t('chart_too_few')}</span> : null}
                  </th>
                  <td>{g.sent}</td>
                  <td>{g.accepted}</td>
                  <td>{pctWithCi(g.acceptanceRate, g.acceptanceCi95)}</td>
                  <td>{g.replied}</td>
                  <td>{pctWithCi(g.replyRate, g.replyCi95)}</td>
                  <td>{days(g.medianDaysToAccept)}</td>
                  <td>{days(g.medianDaysToFirstReply)}</td>
                  {extraColumn ? <td>{extraColumn.cell(g)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    >
      {TICKS.map((t) => (
        <g key={t} className="cc-ins-grid">
          <line x1={x(t)} x2={x(t)} y1={ROWS.top - 4} y2={bottom} />
          <text x={x(t)} y={bottom + 15} textAnchor="middle">
            {pct(t)}
          </text>
        </g>
      ))}
      {groups.map((g, i) => {
        const y = ROWS.top + i * ROWS.height;
        return (
          <g
            key={g.key}
            className="cc-ins-group"
            data-key={g.key}
            data-too-few={g.tooFewToJudge ? 'true' : undefined}
          >
            <text className="cc-ins-label" x={BOX.labelRight} y={y + 17} textAnchor="end">
              {truncate(labelOf(g))}
            </text>
            <text className="cc-ins-sub" x={BOX.labelRight} y={y + 33} textAnchor="end">
              {g.tooFewToJudge
                ? t('chart_too_few_sent', { sent: g.sent })
                : t('chart_sent', { sent: g.sent })}
            </text>
            <Bar y={y + 6} rate={g.acceptanceRate} ci={g.acceptanceCi95} band={acceptBand(g)} kind="accept" />
            <Bar y={y + 25} rate={g.replyRate} ci={g.replyCi95} band={HEALTHY_REPLY} kind="reply" />
          </g>
        );
      })}
    </ChartFigure>
  );
}
