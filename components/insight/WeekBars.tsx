import { t } from '../../lib/i18n/t';
import type { CapState } from '../../lib/insight/evidence';
import type { IsoWeek } from '../../lib/insight/volume';
import { ChartFigure } from './ChartFigure';

/* Vertical weekly bars against a reference line (a cap or a ceiling). Hand-written SVG: see ChartFigure. */

export interface WeekBar {
  /** "2026-W10". */
  key: string;
  /** Monday, "YYYY-MM-DD". */
  startDay: string;
  value: number;
  state: CapState;
  /** The running week (counted up to now). */
  current: boolean;
}

/** Weeks of a volume or a pile as bars: `value` picks the figure drawn. */
export const weekBars = <W extends IsoWeek & { state: CapState; current: boolean }>(
  weeks: readonly W[],
  value: (w: W) => number,
): WeekBar[] =>
  weeks.map((w) => ({
    key: w.week,
    startDay: w.startDay,
    value: value(w),
    state: w.state,
    current: w.current,
  }));

export interface WeekBarsProps {
  bars: readonly WeekBar[];
  reference: number;
  /** "cap ~100", "~500 pending". */
  referenceLabel: string;
  /** Accessible name of the chart: a one-paragraph summary. */
  summary: string;
  /** Header of the value column in the data table. */
  valueName: string;
  testId: string;
}

// Layout in the SVG's own units: the plot runs from LEFT to RIGHT, TOP to BOTTOM.
const BOX = { width: 640, height: 190 };
const [LEFT, RIGHT, TOP, BOTTOM] = [44, 632, 14, 156];

const shortWeek = (key: string) => key.replace(/^\d{4}-/, '');

export function WeekBars({ bars, reference, referenceLabel, summary, valueName, testId }: WeekBarsProps) {
  const max = Math.max(reference * 1.15, ...bars.map((b) => b.value * 1.08), 1);
  const y = (v: number) => BOTTOM - (v / max) * (BOTTOM - TOP);
  const slot = (RIGHT - LEFT) / Math.max(1, bars.length);
  const barW = Math.max(2, slot * 0.68);
  const refY = y(reference);
  return (
    <ChartFigure
      testId={testId}
      width={BOX.width}
      height={BOX.height}
      summary={summary}
      after={
        <table className="cc-sr">
          <caption>{t('week_caption', { value: valueName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('week_col_week')}</th>
              <th scope="col">{t('week_col_starts')}</th>
              <th scope="col">{valueName}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">
                  {b.key}
                  {b.current ? ` (${t('week_so_far')})` : ''}
                </th>
                <td>{b.startDay}</td>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <g className="cc-ins-grid">
        <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
        <text x={LEFT - 6} y={BOTTOM} textAnchor="end" dominantBaseline="middle">
          0
        </text>
      </g>
      {bars.map((b, i) => {
        const x = LEFT + i * slot + (slot - barW) / 2;
        const top = y(b.value);
        return (
          <g key={b.key} className="cc-ins-week" data-week={b.key} data-value={b.value} data-state={b.state}>
            <rect
              className={`cc-ins-col cc-ins-${b.state}${b.current ? ' cc-ins-current' : ''}`}
              x={x}
              y={top}
              width={barW}
              height={Math.max(0, BOTTOM - top)}
              rx={2}
            />
            {b.value > 0 ? (
              <text className="cc-ins-value" x={x + barW / 2} y={top - 4} textAnchor="middle">
                {b.value}
              </text>
            ) : null}
            <text className="cc-ins-tick" x={x + barW / 2} y={BOTTOM + 14} textAnchor="middle">
              {shortWeek(b.key)}
            </text>
            {b.current ? (
              <text className="cc-ins-tick" x={x + barW / 2} y={BOTTOM + 27} textAnchor="middle">
                {t('week_so_far')}
              </text>
            ) : null}
          </g>
        );
      })}
      <g className="cc-ins-ref" data-value={reference}>
        <line x1={LEFT} x2={RIGHT} y1={refY} y2={refY} />
        <text x={RIGHT} y={refY - 4} textAnchor="end">
          {referenceLabel}
        </text>
      </g>
    </ChartFigure>
  );
}
