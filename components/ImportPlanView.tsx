import { pluralKey, t } from '../lib/i18n/t';
import type { ImportPlan } from '../lib/tracker/transfer';
import { Msg } from './Msg';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? t('import_empty_value') : String(v);

/** What an import would do: new, updated, unchanged, and each value it would replace. */
export function ImportPlanView({ plan }: { plan: ImportPlan }) {
  return (
    <>
      <p>
        <Msg
          k={pluralKey('import_plan', plan.conflicts.length)}
          values={{
            added: <strong>{plan.added.length}</strong>,
            updated: <strong>{plan.updated.length}</strong>,
            unchanged: <strong>{plan.unchanged.length}</strong>,
            conflicts: <strong>{plan.conflicts.length}</strong>,
          }}
        />
      </p>
      {plan.conflicts.length ? (
        <details open={plan.conflicts.length <= 5}>
          <summary>{t('import_conflicts')}</summary>
          <ul>
            {plan.conflicts.slice(0, 50).map((c) => (
              <li key={`${c.id}|${c.field}`} data-testid="cc-import-conflict">
                {t('import_conflict_item', {
                  name: c.name,
                  field: c.field,
                  from: show(c.existing),
                  to: show(c.incoming),
                })}
              </li>
            ))}
            {plan.conflicts.length > 50 ? (
              <li>{t('common_and_more', { count: plan.conflicts.length - 50 })}</li>
            ) : null}
          </ul>
        </details>
      ) : null}
    </>
  );
}
