import { useMemo } from 'react';
import { t } from '../../lib/i18n/t';
import { SHEET_FIELDS, type SheetField } from '../../lib/sheet/fields';
import type { LoadedSheet } from '../../lib/sheet/load';
import type { SheetReading } from '../../lib/sheet/read';
import { clip, FIELD_LABEL, HOW_LABEL } from './labels';

const IGNORE = '__ignore';

/** How each column is read, with an example cell: the user can read a column as another field or ignore it. */
export function ColumnsTable({
  loaded,
  reading,
  onColumn,
}: {
  loaded: LoadedSheet;
  reading: SheetReading;
  onColumn: (index: number, field: SheetField | null) => void;
}) {
  const examples = useMemo(() => {
    const out = new Map<number, string>();
    for (const r of loaded.table.rows) {
      if (r.row <= reading.headerRow) continue;
      r.cells.forEach((c, i) => {
        if (!out.has(i) && c.trim()) out.set(i, clip(c.trim()));
      });
    }
    return out;
  }, [loaded, reading.headerRow]);
  return (
    <div className="cc-table-scroll">
      <table className="cc-sheet-table" data-testid="cc-sheet-columns">
        <caption>{t('sheet_columns_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet_col_header')}</th>
            <th scope="col">{t('sheet_col_example')}</th>
            <th scope="col">{t('sheet_col_read_as')}</th>
            <th scope="col">{t('sheet_col_how')}</th>
          </tr>
        </thead>
        <tbody>
          {reading.columns.map((c) => {
            const header = c.header || t('sheet_unnamed_column', { number: c.index + 1 });
            return (
              <tr
                key={c.index}
                data-testid="cc-sheet-column"
                data-index={c.index}
                data-header={c.header}
                data-field={c.field ?? ''}
                data-how={c.how}
              >
                <th scope="row">{header}</th>
                <td>{examples.get(c.index) ?? ''}</td>
                <td>
                  <select
                    aria-label={t('sheet_read_as_label', { column: header })}
                    value={c.field ?? IGNORE}
                    data-testid="cc-sheet-column-select"
                    onChange={(e) =>
                      onColumn(c.index, e.target.value === IGNORE ? null : (e.target.value as SheetField))
                    }
                  >
                    <option value={IGNORE}>{t('sheet_ignore_column')}</option>
                    {SHEET_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(FIELD_LABEL[f])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {c.sameAs
                    ? t('sheet_how_same_as', { field: t(FIELD_LABEL[c.sameAs]) })
                    : t(HOW_LABEL[c.how])}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
