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

const FIELD_LABEL: Record<FieldName, string> = { note: 'Note', body: 'Message', subject: 'Subject' };

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
      : `LinkedIn's limit as of ${limit.asOf ?? 'our last check'}: ${limit.source}`;
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
        <span className="cc-meter-label">{FIELD_LABEL[field]}</span>
        <span className="cc-meter-value">
          {count.toLocaleString()} / {limit.value.toLocaleString()}
        </span>
      </div>
      {/* The bar is decoration: the "N / M" text above says the same to screen readers. */}
      <div className="cc-track" aria-hidden="true">
        <div className="cc-fill" style={{ width: `${pct}%` }} />
      </div>
      {state === 'over' && showOverAlert ? (
        <div className="cc-alert" data-testid="cc-over">
          {`${(-remaining).toLocaleString()} over LinkedIn's limit of ${limit.value.toLocaleString()}. Cut ${(-remaining).toLocaleString()} characters before you send.`}
        </div>
      ) : state === 'near' ? (
        <div className="cc-note">{`${remaining.toLocaleString()} characters left.`}</div>
      ) : null}
      {graphemes !== count ? (
        <div className="cc-note" data-testid="cc-graphemes">
          {`${graphemes.toLocaleString()} characters as you see them: LinkedIn counts emoji and some accents as 2 or more.`}
        </div>
      ) : null}
      {pasteCut ? (
        <div className="cc-alert" role="alert" data-testid="cc-paste-cut">
          {`Your paste was cut: the box keeps only ${limit.value} characters, so the last ${pasteCut.toLocaleString()} were dropped. Check the end of your note.`}
        </div>
      ) : null}
      <div className="cc-note" title={limitNote}>
        {limit.from === 'page' ? 'Limit read from the page.' : `Limit from our table (as of ${limit.asOf}).`}
      </div>
    </div>
  );
}
