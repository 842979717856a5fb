import { t, tp } from '../../lib/i18n/t';
import type { TrackedContact } from '../../lib/tracker/schema';
import { ConfirmBar } from '../ConfirmBar';
import { ImportPlanView } from '../ImportPlanView';
import type { Preview } from './import-file';

/**
 * A JSON export read back: the records and fields it was rejected for, or what merging it would do,
 * with Import and Cancel.
 */
export function JsonPreview({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: Preview;
  busy: boolean;
  onConfirm: (fileName: string, records: TrackedContact[]) => void;
  onCancel: () => void;
}) {
  return (
    <>
      {!preview.ok ? (
        <div className="cc-alert" role="alert" data-testid="cc-import-errors">
          <p>
            {tp('import_rejected', preview.errors.length, {
              file: preview.fileName,
              count: preview.errors.length,
            })}
          </p>
          <ul className="cc-preview-errors">
            {preview.errors.slice(0, 20).map((e) => (
              <li
                key={`${e.row}|${e.field}|${e.message}`}
                data-testid="cc-import-error"
                data-row={e.row}
                data-field={e.field}
              >
                {e.row ? `${t('import_error_record', { row: e.row })}, ` : ''}
                {e.field}: {e.message}
              </li>
            ))}
            {preview.errors.length > 20 ? (
              <li>{t('common_and_more', { count: preview.errors.length - 20 })}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {preview.ok ? (
        <div
          className="cc-dialog"
          data-testid="cc-import-preview"
          data-added={preview.plan.added.length}
          data-updated={preview.plan.updated.length}
          data-unchanged={preview.plan.unchanged.length}
          data-conflicts={preview.plan.conflicts.length}
        >
          <p>
            {tp('import_preview', preview.records.length, {
              file: preview.fileName,
              count: preview.records.length,
            })}
          </p>
          <ImportPlanView plan={preview.plan} />
          <ConfirmBar
            testId="cc-import-confirm"
            disabled={busy || preview.plan.added.length + preview.plan.updated.length === 0}
            onConfirm={() => onConfirm(preview.fileName, preview.records)}
            onCancel={onCancel}
          >
            {t('import_confirm', { count: preview.plan.added.length + preview.plan.updated.length })}
          </ConfirmBar>
        </div>
      ) : null}
    </>
  );
}
