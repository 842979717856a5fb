import { t } from '../../lib/i18n/t';
import type { TrackedContact } from '../../lib/tracker/schema';
import type { Confirm } from './useTableActions';

export interface BulkBarProps {
  /** Selected ids still in the tracker. */
  chosen: string[];
  /** Of those, the ones with a request still out. */
  withdrawable: string[];
  busy: string | null;
  onWithdraw: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What to do with the selected rows: mark withdrawn, delete, clear; and the progress meanwhile. */
export function BulkBar({ chosen, withdrawable, busy, onWithdraw, onDelete, onClear }: BulkBarProps) {
  return (
    <div className="cc-bulk" data-testid="cc-bulk">
      <span>{t('table_selected', { count: chosen.length })}</span>
      <button
        type="button"
        className="cc-btn"
        data-testid="cc-bulk-withdraw"
        disabled={withdrawable.length === 0 || busy !== null}
        onClick={onWithdraw}
      >
        {t('table_mark_withdrawn')}
        {withdrawable.length ? ` (${withdrawable.length})` : ''}
      </button>
      <button
        type="button"
        className="cc-btn cc-btn-danger"
        data-testid="cc-bulk-delete"
        disabled={chosen.length === 0 || busy !== null}
        onClick={onDelete}
      >
        {t('table_delete')}
        {chosen.length ? ` (${chosen.length})` : ''}
      </button>
      {chosen.length ? (
        <button type="button" className="cc-btn" onClick={onClear}>
          {t('table_clear_selection')}
        </button>
      ) : null}
      {busy ? <span role="status">{busy}</span> : null}
    </div>
  );
}

/** "Delete Ana Silva?" / "Delete 12 people?", before anything is deleted. */
export function ConfirmDelete({
  id,
  confirm,
  byId,
  onYes,
  onCancel,
}: {
  id: string;
  confirm: NonNullable<Confirm>;
  byId: ReadonlyMap<string, TrackedContact>;
  onYes: (ids: string[]) => void;
  onCancel: () => void;
}) {
  return (
    <div
      className="cc-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-confirm`}
      data-testid="cc-confirm-delete"
    >
      <p id={`${id}-confirm`}>
        {confirm.ids.length === 1
          ? t('table_confirm_delete_one', { name: byId.get(confirm.ids[0] as string)?.name ?? '' })
          : t('table_confirm_delete_many', { count: confirm.ids.length })}
      </p>
      <div className="cc-toolbar">
        <button
          type="button"
          className="cc-btn cc-btn-danger"
          data-testid="cc-confirm-delete-yes"
          onClick={() => onYes(confirm.ids)}
        >
          {t('table_delete')} {confirm.ids.length === 1 ? '' : confirm.ids.length}
        </button>
        <button type="button" className="cc-btn" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
