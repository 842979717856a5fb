import { formatNumber, type PlainKey, t } from '../lib/i18n/t';
import type { FieldName, ResolvedLimit } from '../lib/limits';

export interface CountMeterProps {
  field: FieldName;
  /** UTF-16 length: what LinkedIn counts. */
  count: number;
  graphemes: number;
  limit: ResolvedLimit;
  /** Characters the browser dropped from the last paste (maxlength). */
  pasteCut?: number;
  /** False when a warning list below already says what to cut. */
  showOverAlert?: boolean;
}

const FIELD_KEY: Record<FieldName, PlainKey> = {
  note: 'field_note',
  body: 'field_body',
  subject: 'field_subject',
};

export type MeterState = 'ok' | 'near' | 'over';

/** Near from 90% of the limit (or the softer warn-at figure where sources disagree). */
export function meterState(count: number, limit: ResolvedLimit): MeterState {
  if (count > limit.value) return 'over';
  const near = Math.min(limit.warnAt ?? limit.value, Math.floor(limit.value * 0.9));
  return count >= near && count > 0 ? 'near' : 'ok';
}

export function CountMeter({
  field,
  count,
  graphemes,
  limit,
  pasteCut,
  showOverAlert = true,
}: CountMeterProps) {
  const state = meterState(count, limit);
  const pct = Math.min(100, (count / limit.value) * 100);
  const remaining = limit.value - count;
  const limitNote =
    limit.from === 'page'
      ? limit.source
      : t('meter_limit_as_of', { as_of: limit.asOf ?? t('meter_our_last_check'), source: limit.source });
  return (
    <div
      className="cc-meter"
      data-testid="cc-count"
      data-field={field}
      data-count={count}
      data-limit={limit.value}
      data-state={state}
    >
      <div className="cc-meter-row">
        <span className="cc-meter-label">{t(FIELD_KEY[field])}</span>
        <span className="cc-meter-value">
          {formatNumber(count)} / {formatNumber(limit.value)}
        </span>
      </div>
      {/* The bar is decoration: the "N / M" text above says the same to screen readers. */}
      <div className="cc-track" aria-hidden="true">
        <div className="cc-fill" style={{ width: `${pct}%` }} />
      </div>
      {state === 'over' && showOverAlert ? (
        <div className="cc-alert" data-testid="cc-over">
          {t('meter_over_limit', {
            over: -remaining,
            limit: limit.value,
          })}
        </div>
      ) : state === 'near' ? (
        <div className="cc-note">{t('meter_left', { count: remaining })}</div>
      ) : null}
      {graphemes !== count ? (
        <div className="cc-note" data-testid="cc-graphemes">
          {t('meter_graphemes', { count: graphemes })}
        </div>
      ) : null}
      {pasteCut ? (
        <div className="cc-alert" role="alert" data-testid="cc-paste-cut">
          {t('meter_paste_cut', { limit: limit.value, cut: pasteCut })}
        </div>
      ) : null}
      <div className="cc-note" title={limitNote}>
        {limit.from === 'page'
          ? t('meter_limit_from_page')
          : t('meter_limit_from_table', { as_of: String(limit.asOf) })}
      </div>
    </div>
  );
}
