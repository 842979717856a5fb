import { t } from '../../lib/i18n/t';
import { formatDay, localDaysBetween, STATUS_LABEL, whenText } from '../../lib/tracker/format';
import type { Row } from '../../lib/tracker/table-model';
import { actionLabel } from '../AdviceCard';
import { MenuButton, type MenuItem } from '../MenuButton';

/** Two lines a row: the name over the headline, the next step over when it is due. */
export const ROW_HEIGHT = 52;

export interface TableRowProps {
  row: Row;
  /** 1-based among every row shown, the heading row included. */
  rowIndex: number;
  selected: boolean;
  onSelect: (id: string, on: boolean) => void;
  menu: MenuItem[];
  now: Date;
  timeZone: string;
}

/** One person: name and headline, status, audience and version, sent, next step and when, the menu. */
export function TableRow({ row, rowIndex, selected, onSelect, menu, now, timeZone }: TableRowProps) {
  const c = row.contact;
  const step = row.due ?? row.next;
  const overdue = step
    ? localDaysBetween(now, new Date(step.dueAt), timeZone) < 0 && step.action !== 'wait'
    : false;
  const when = step ? whenText(step.dueAt, now, timeZone, step.action) : '';
  return (
    <tr
      data-testid="cc-row"
      data-id={c.id}
      data-status={c.status}
      aria-rowindex={rowIndex}
      style={{ height: ROW_HEIGHT }}
    >
      <td className="cc-col-check">
        <input
          type="checkbox"
          aria-label={t('table_select', { name: c.name })}
          checked={selected}
          onChange={(e) => onSelect(c.id, e.target.checked)}
        />
      </td>
      <td>
        <span className="cc-cell-lines">
          <span className="cc-cell-main">
            <a className="cc-link" href={c.profileUrl} target="_blank" rel="noreferrer" title={c.name}>
              {c.name}
            </a>
            {c.highValue ? <span title={t('common_high_value')}> ★</span> : null}
          </span>
          {c.headline ? (
            <span className="cc-cell-sub" title={c.headline}>
              {c.headline}
            </span>
          ) : null}
        </span>
      </td>
      <td>
        <span className="cc-status" data-status={c.status}>
          {STATUS_LABEL[c.status]}
        </span>
      </td>
      <td>
        <span className="cc-cell-lines">
          <span className="cc-cell-main" title={c.audience}>
            {c.audience ?? ''}
          </span>
          <span className="cc-cell-sub" title={c.version}>
            {c.version ?? ''}
          </span>
        </span>
      </td>
      <td>
        {c.request ? `${c.request.approximate ? '~' : ''}${formatDay(c.request.sentAt, timeZone, now)}` : ''}
      </td>
      <td
        className="cc-due-cell"
        data-testid="cc-next-step"
        data-overdue={overdue ? 'true' : 'false'}
        data-due={row.due ? row.due.kind : ''}
        data-action={step?.action ?? ''}
      >
        {step ? (
          <span className="cc-cell-lines cc-next-lines">
            <span className="cc-next-action">{actionLabel(step.action)}</span>
            <span className="cc-next-when">{when}</span>
          </span>
        ) : null}
      </td>
      <td className="cc-col-menu">
        <MenuButton
          text={t('table_actions')}
          label={t('table_actions_for', { name: c.name })}
          items={menu}
          testId="cc-row-menu"
        />
      </td>
    </tr>
  );
}
