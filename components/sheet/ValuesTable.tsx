import { useMemo } from 'react';
import { formatNumber, type PlainKey, t } from '../../lib/i18n/t';
import { CANONICAL, VALUE_KINDS, type ValueKind } from '../../lib/sheet/fields';
import type { SheetReading, ValueUse } from '../../lib/sheet/read';
import { KIND_LABEL, VALUE_LABEL, VALUES_SHOWN } from './labels';

const UNKNOWN = '__unknown';
const EMPTY = '__empty';

/** How the values are read (statuses, channels, who wrote last, yes/no), the ones not understood first. */
export function ValuesTable({
  reading,
  onValue,
}: {
  reading: SheetReading;
  onValue: (kind: ValueKind, key: string, value: string) => void;
}) {
  const values = useMemo(() => {
    const order = (u: ValueUse) => (u.value === undefined ? 0 : 1);
    return [...reading.values].sort(
      (a, b) =>
        order(a) - order(b) || VALUE_KINDS.indexOf(a.kind) - VALUE_KINDS.indexOf(b.kind) || b.count - a.count,
    );
  }, [reading]);
  const shownValues = values.filter((v, i) => v.value === undefined || i < VALUES_SHOWN);
  if (!shownValues.length) return null;
  return (
    <div className="cc-table-scroll">
      <table className="cc-sheet-table" data-testid="cc-sheet-values">
        <caption>{t('sheet_values_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet_val_kind')}</th>
            <th scope="col">{t('sheet_val_value')}</th>
            <th scope="col">{t('sheet_val_rows')}</th>
            <th scope="col">{t('sheet_val_means')}</th>
          </tr>
        </thead>
        <tbody>
          {shownValues.map((v) => (
            <tr
              key={`${v.kind}|${v.key}`}
              data-testid="cc-sheet-value"
              data-kind={v.kind}
              data-key={v.key}
              data-value={v.value ?? ''}
              data-known={v.value !== undefined}
            >
              <td>{t(KIND_LABEL[v.kind])}</td>
              <th scope="row">{v.raw}</th>
              <td>{formatNumber(v.count)}</td>
              <td>
                <select
                  aria-label={t('sheet_val_means_label', { value: v.raw, kind: t(KIND_LABEL[v.kind]) })}
                  value={v.value === undefined ? UNKNOWN : v.value === '' ? EMPTY : v.value}
                  data-testid="cc-sheet-value-select"
                  aria-invalid={v.value === undefined}
                  onChange={(e) => onValue(v.kind, v.key, e.target.value === EMPTY ? '' : e.target.value)}
                >
                  {v.value === undefined ? (
                    <option value={UNKNOWN} disabled>
                      {t('sheet_val_unknown')}
                    </option>
                  ) : null}
                  {(CANONICAL[v.kind] as readonly string[]).map((c) => (
                    <option key={c} value={c}>
                      {t(VALUE_LABEL[c] as PlainKey)}
                    </option>
                  ))}
                  <option value={EMPTY}>{t('sheet_val_empty')}</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.length > shownValues.length ? (
        <p className="cc-note">{t('sheet_values_more', { count: values.length - shownValues.length })}</p>
      ) : null}
    </div>
  );
}
