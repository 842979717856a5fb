import { t } from '../../lib/i18n/t';
import { type DateOrder, readNumeric } from '../../lib/sheet/dates';
import type { SheetReading } from '../../lib/sheet/read';
import { longDate } from './labels';

/**
 * Day/month order: the columns whose order a cell proves, then the question when the file cannot tell
 * (each answer shown on the sheet's own example), or the order the file's dates gave.
 */
export function DateOrderChoice({
  id,
  dates,
  chosen,
  now,
  onOrder,
}: {
  /** The preview's id: names the radio group. */
  id: string;
  dates: SheetReading['dates'];
  chosen: DateOrder | undefined;
  now: Date;
  onOrder: (order: DateOrder) => void;
}) {
  return (
    <>
      {dates.columns
        .filter((d) => d.proven && d.proof)
        .map((d) => (
          <p key={d.index} className="cc-note" data-testid="cc-sheet-date-proof">
            {t('sheet_dates_proven', {
              column: d.header,
              order: t(d.proven === 'dmy' ? 'sheet_order_dmy' : 'sheet_order_mdy'),
              row: d.proof?.row ?? 0,
              value: d.proof?.value ?? '',
            })}
          </p>
        ))}
      {dates.needOrder || dates.orderFrom === 'chosen' ? (
        <fieldset className="cc-sheet-dates" data-testid="cc-sheet-dates">
          <legend>
            {t('sheet_dates_legend', {
              value: dates.example?.value ?? '',
              column: dates.example?.header ?? '',
              row: dates.example?.row ?? 0,
            })}
          </legend>
          {(['dmy', 'mdy'] as const).map((order) => (
            <label key={order} className="cc-check">
              <input
                type="radio"
                name={`${id}-order`}
                value={order}
                checked={chosen === order}
                data-testid={`cc-sheet-order-${order}`}
                onChange={() => onOrder(order)}
              />
              {t(order === 'dmy' ? 'sheet_dates_dmy' : 'sheet_dates_mdy', {
                example: longDate(readNumeric(dates.example?.value ?? '', order, now)),
              })}
            </label>
          ))}
        </fieldset>
      ) : dates.orderFrom === 'file' && dates.order ? (
        <p className="cc-note">
          {t('sheet_dates_from_file', {
            order: t(dates.order === 'dmy' ? 'sheet_order_dmy' : 'sheet_order_mdy'),
          })}
        </p>
      ) : null}
    </>
  );
}
