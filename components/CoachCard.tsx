import type { ReactNode } from 'react';
import { t } from '../lib/i18n/t';
import type { SurfaceKind } from '../lib/limits';
import type { DraftVerdict } from '../lib/tracker/draft-verdict';
import { CoachingDetails, FieldCoaching, kindLabel, type PanelField } from './Coaching';
import { Msg } from './Msg';
import type { NextStepNoteProps } from './NextStepNote';

export interface CoachCardProps {
  id: string;
  kind: SurfaceKind;
  recipient: string | null;
  fields: PanelField[];
  /** Whether this draft should go out now, by the next step: said beside the score. */
  verdict?: DraftVerdict | null;
  /** The person's next step (shown by the children's advice card), named when the box is empty. */
  advice?: NextStepNoteProps['advice'];
  open: boolean;
  theme: 'light' | 'dark';
  onClose: () => void;
  /** The next step and the note's labels: between the warnings and the details. */
  children?: ReactNode;
}

/**
 * The coaching card that floats beside the compose area. Closed, it is not rendered at all (`hidden`
 * wins over every display rule in our CSS), so only the chip remains.
 */
export function CoachCard({
  id,
  kind,
  recipient,
  fields,
  verdict,
  advice,
  open,
  theme,
  onClose,
  children,
}: CoachCardProps) {
  return (
    <section
      id={id}
      className="cc cc-card"
      data-testid="cc-card"
      data-open={open ? 'true' : 'false'}
      data-theme={theme}
      hidden={!open}
      aria-label={t('ext_name')}
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
        <button
          type="button"
          className="cc-btn cc-close"
          onClick={onClose}
          data-testid="cc-close"
          aria-label={t('card_close')}
          title={t('card_close')}
        >
          ×
        </button>
      </div>
      <div className="cc-scroll">
        {fields.map((f) => (
          <FieldCoaching key={f.name} field={f} />
        ))}
        {children}
        <CoachingDetails fields={fields} verdict={verdict} advice={advice} />
        <p className="cc-note cc-keys">{t('card_keys')}</p>
      </div>
    </section>
  );
}
