import { useEffect, useId, useState } from 'react';
import type { DraftReport } from '../lib/draft';
import type { FieldName, ResolvedLimit, SurfaceKind } from '../lib/limits';
import { CountMeter, meterState } from './CountMeter';
import { DraftInsights } from './DraftInsights';

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

export const KIND_LABEL: Record<SurfaceKind, string> = {
  'connection-note': 'Connection note',
  message: 'Message',
  inmail: 'InMail',
  salesnav: 'Sales Navigator message',
  comment: 'Comment',
  post: 'Post',
};

/** Screen readers hear the count once typing pauses, not on every keystroke. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
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
      .map((f) => `${f.name === 'subject' ? 'Subject' : 'Text'}: ${f.count} of ${f.limit.value} characters`)
      .join('. '),
    1200,
  );
  return (
    <section
      className="cc"
      data-theme={theme}
      data-compact={compact ? 'true' : 'false'}
      aria-label="Connect Coach"
      data-testid="cc-panel"
    >
      <div className="cc-head">
        <span className="cc-title" data-testid="cc-surface" data-kind={kind}>
          {KIND_LABEL[kind]}
        </span>
        {recipient ? (
          <span className="cc-recipient">
            to <span data-testid="cc-recipient">{recipient}</span>
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
          {collapsed ? 'Show' : 'Hide'}
          <span className="cc-sr"> Connect Coach details</span>
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
              <DraftInsights report={f.report} field={f.name === 'subject' ? 'subject' : 'text'} />
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
