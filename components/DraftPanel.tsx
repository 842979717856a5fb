import { useEffect, useId, useState } from 'react';
import type { DraftReport } from '../lib/draft';
import { type PlainKey, t } from '../lib/i18n/t';
import type { FieldName, ResolvedLimit, SurfaceKind } from '../lib/limits';
import { CountMeter, meterState } from './CountMeter';
import { DraftInsights } from './DraftInsights';
import { Msg } from './Msg';

export interface PanelField {
  name: FieldName;
  count: number;
  graphemes: number;
  limit: ResolvedLimit;
  pasteCut?: number;
  /** The note-quality report for this field, once analysed. */
  report?: DraftReport;
}

export interface DraftPanelProps {
  kind: SurfaceKind;
  recipient: string | null;
  fields: PanelField[];
  collapsed: boolean;
  onToggleCollapsed: () => void;
  theme: 'light' | 'dark';
  /** Tight spaces (chat bubbles): the details scroll in a short box so LinkedIn's editor stays in view. */
  compact?: boolean;
  /** Extra sections (warnings, advice) rendered under the counts. */
  children?: React.ReactNode;
}

const KIND_KEY: Record<SurfaceKind, PlainKey> = {
  'connection-note': 'kind_connection_note',
  message: 'kind_message',
  inmail: 'kind_inmail',
  salesnav: 'kind_salesnav',
  comment: 'kind_comment',
  post: 'kind_post',
};

/** What the user is writing: "Connection note", "InMail", … */
export const kindLabel = (kind: SurfaceKind): string => t(KIND_KEY[kind]);

/** Screen readers hear the count once typing pauses, not on every keystroke. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function DraftPanel({
  kind,
  recipient,
  fields,
  collapsed,
  onToggleCollapsed,
  theme,
  compact,
  children,
}: DraftPanelProps) {
  const bodyId = useId();
  const main = fields.find((f) => f.name !== 'subject') ?? fields[0];
  const worst = fields.some((f) => meterState(f.count, f.limit) === 'over')
    ? 'over'
    : fields.some((f) => meterState(f.count, f.limit) === 'near')
      ? 'near'
      : 'ok';
  const announcement = useSettled(
    fields
      .map((f) =>
        t('panel_announce', {
          field: t(f.name === 'subject' ? 'field_subject' : 'field_text'),
          count: f.count,
          limit: f.limit.value,
        }),
      )
      .join('. '),
    1200,
  );
  return (
    <section
      className="cc"
      data-theme={theme}
      data-compact={compact ? 'true' : 'false'}
      aria-label={t('ext_name')}
      data-testid="cc-panel"
    >
      <div className="cc-head">
        <span className="cc-title" data-testid="cc-surface" data-kind={kind}>
          {kindLabel(kind)}
        </span>
        {recipient ? (
          <span className="cc-recipient">
            <Msg k="panel_to" values={{ name: <span data-testid="cc-recipient">{recipient}</span> }} />
          </span>
        ) : (
          <span className="cc-recipient" />
        )}
        {collapsed && main ? (
          <span className="cc-summary" data-state={worst}>
            {main.count} / {main.limit.value}
          </span>
        ) : null}
        <button
          type="button"
          className="cc-btn"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={onToggleCollapsed}
          data-testid="cc-toggle"
        >
          {collapsed ? t('panel_show') : t('panel_hide')}
          <span className="cc-sr"> {t('panel_details_sr')}</span>
        </button>
      </div>
      <div id={bodyId} className="cc-body" hidden={collapsed}>
        {fields.map((f) => (
          <div key={f.name} className="cc-field">
            <CountMeter
              field={f.name}
              count={f.count}
              graphemes={f.graphemes}
              limit={f.limit}
              pasteCut={f.pasteCut}
              showOverAlert={!f.report}
            />
            {f.report ? (
              <DraftInsights
                report={f.report}
                field={t(f.name === 'subject' ? 'warn_field_subject' : 'warn_field_text')}
              />
            ) : null}
          </div>
        ))}
        {children}
      </div>
      <div className="cc-sr" aria-live="polite" data-testid="cc-live">
        {announcement}
      </div>
    </section>
  );
}
