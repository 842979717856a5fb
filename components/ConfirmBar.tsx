import type { ReactNode } from 'react';
import { t } from '../lib/i18n/t';

/** A decision's two buttons: do it (primary, or danger where it cannot be undone), and Cancel. */
export function ConfirmBar({
  children,
  onConfirm,
  onCancel,
  testId,
  disabled,
  danger,
  describedBy,
}: {
  /** The confirm button's words. */
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  disabled?: boolean;
  danger?: boolean;
  /** The id of what says why the button is disabled. */
  describedBy?: string;
}) {
  return (
    <div className="cc-toolbar">
      <button
        type="button"
        className={danger ? 'cc-btn cc-btn-danger' : 'cc-btn cc-btn-primary'}
        disabled={disabled}
        aria-describedby={describedBy}
        data-testid={testId}
        onClick={onConfirm}
      >
        {children}
      </button>
      <button type="button" className="cc-btn" onClick={onCancel}>
        {t('common_cancel')}
      </button>
    </div>
  );
}
