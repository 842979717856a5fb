import { t } from '../../lib/i18n/t';
import type { TrackedContact } from '../../lib/tracker/schema';
import { ConfirmBar } from '../ConfirmBar';
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

/** A bulk action and how many rows it applies to; off while none does or another runs. */
function CountButton(props: {
  label: string;
  count: number;
  busy: boolean;
  testId: string;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={props.danger ? 'cc-btn cc-btn-danger' : 'cc-btn'}
      data-testid={props.testId}
      disabled={props.count === 0 || props.busy}
      onClick={props.onClick}
    >
      {props.label}
      {props.count ? ` (${props.count})` : ''}
    </button>
  );
}

/** What to do with the selected rows: mark withdrawn, delete, clear; and the progress meanwhile. */
export function BulkBar({ chosen, withdrawable, busy, onWithdraw, onDelete, onClear }: BulkBarProps) {
  return (
    <div className="cc-bulk" data-testid="cc-bulk">
      <span>{t('table_selected', { count: chosen.length })}</span>
      <CountButton
        label={t('table_mark_withdrawn')}
        count={withdrawable.length}
        busy={busy !== null}
        testId="cc-bulk-withdraw"
        onClick={onWithdraw}
      />
      <CountButton
        label={t('table_delete')}
        count={chosen.length}
        busy={busy !== null}
        testId="cc-bulk-delete"
        danger
        onClick={onDelete}
      />
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
          : t('table_confirm_delete_other', { count: confirm.ids.length })}
      </p>
      <ConfirmBar
        danger
        testId="cc-confirm-delete-yes"
        onConfirm={() => onYes(confirm.ids)}
        onCancel={onCancel}
      >
        {t('table_delete')} {confirm.ids.length === 1 ? '' : confirm.ids.length}
      </ConfirmBar>
    </div>
  );
}
