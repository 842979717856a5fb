import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import type { DueItem } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import {
  buildRows,
  type Filters,
  filterRows,
  labelsOf,
  type NextStep,
  NO_FILTERS,
  type Sort,
  type SortKey,
  sortRows,
  visibleRange,
} from '../lib/tracker/table-model';
import type { Send } from '../utils/messaging';
import { BulkBar, ConfirmDelete } from './table/BulkBar';
import { SortHeader } from './table/SortHeader';
import { TableFilters } from './table/TableFilters';
import { ROW_HEIGHT, TableRow } from './table/TableRow';
import { useTableActions } from './table/useTableActions';

export { ROW_HEIGHT };

export interface RequestTableProps {
  contacts: readonly TrackedContact[];
  dueById: ReadonlyMap<string, DueItem>;
  nextById: ReadonlyMap<string, NextStep>;
  now: Date;
  timeZone: string;
  send: Send;
  /** Opens the person's details (their edit form and the history of what LinkedIn showed). */
  onEdit: (contact: TrackedContact) => void;
  /** Height of the scrolling area in px (rows outside it are not rendered). */
  viewportHeight?: number;
  clock?: () => Date;
}

/** The whole tracker: filters, search, sort, bulk actions and a windowed list of rows. */
export function RequestTable({
  contacts,
  dueById,
  nextById,
  now,
  timeZone,
  send,
  onEdit,
  viewportHeight = 540,
  clock,
}: RequestTableProps) {
  const id = useId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'due', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const search = useDeferredValue(filters.search);

  const rows = useMemo(() => buildRows(contacts, dueById, nextById), [contacts, dueById, nextById]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(
    () => filterRows(sorted, { ...filters, search }, now),
    [sorted, filters, search, now],
  );
  const labels = useMemo(() => labelsOf(contacts), [contacts]);
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const { start, end } = visibleRange(scrollTop, viewportHeight, ROW_HEIGHT, shown.length);
  const slice = shown.slice(start, end);
  const allShownSelected = shown.length > 0 && shown.every((r) => selected.has(r.contact.id));
  const actions = useTableActions({
    send,
    byId,
    now,
    onEdit,
    clearSelection: () => setSelected(new Set()),
    clock,
  });

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setScrollTop(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  };
  const toggle = (cid: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(cid);
      else n.delete(cid);
      return n;
    });
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const chosen = [...selected].filter((s) => byId.has(s));
  const withdrawable = chosen.filter((s) => {
    const r = byId.get(s)?.request;
    return r && !r.withdrawnAt;
  });
  const { confirm, message } = actions;

  const top = start * ROW_HEIGHT;
  const bottom = (shown.length - end) * ROW_HEIGHT;

  return (
    <section className="cc-section" aria-labelledby={`${id}-title`} data-testid="cc-request-table">
      <h2 id={`${id}-title`}>{t('table_title')}</h2>
      <TableFilters
        filters={filters}
        onFilter={set}
        labels={labels}
        sort={sort}
        onSort={setSort}
        shown={shown.length}
        total={contacts.length}
      />

      <BulkBar
        chosen={chosen}
        withdrawable={withdrawable}
        busy={actions.busy}
        onWithdraw={() => actions.bulkWithdraw(withdrawable)}
        onDelete={() => actions.setConfirm({ kind: 'delete', ids: chosen })}
        onClear={() => setSelected(new Set())}
      />

      {confirm ? (
        <ConfirmDelete
          id={id}
          confirm={confirm}
          byId={byId}
          onYes={actions.doDelete}
          onCancel={() => actions.setConfirm(null)}
        />
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'cc-alert' : 'cc-note'}>
          {message.text}
        </p>
      ) : null}

      <div
        className="cc-table-scroll"
        ref={scroller}
        style={{ maxHeight: viewportHeight }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="cc-table-scroll"
      >
        <table className="cc-table" aria-rowcount={shown.length + 1}>
          <colgroup>
            <col style={{ width: 32 }} />
            <col style={{ width: '21%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '31%' }} />
            <col style={{ width: 88 }} />
          </colgroup>
          <thead>
            <tr>
              <th className="cc-col-check" scope="col">
                <input
                  type="checkbox"
                  aria-label={t('table_select_all', { count: shown.length })}
                  checked={allShownSelected}
                  onChange={(e) =>
                    setSelected(e.target.checked ? new Set(shown.map((r) => r.contact.id)) : new Set())
                  }
                />
              </th>
              {(['name', 'status'] as SortKey[]).map((k) => (
                <SortHeader key={k} k={k} sort={sort} onSort={sortBy} />
              ))}
              <th scope="col">{t('table_audience_version')}</th>
              <SortHeader k="sent" sort={sort} onSort={sortBy} />
              <SortHeader k="due" sort={sort} onSort={sortBy} />
              <th scope="col">
                <span className="cc-sr">{t('table_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {top > 0 ? (
              <tr className="cc-spacer">
                <td colSpan={7} style={{ height: top }} />
              </tr>
            ) : null}
            {slice.map((r, i) => (
              <TableRow
                key={r.contact.id}
                row={r}
                rowIndex={start + i + 2}
                selected={selected.has(r.contact.id)}
                onSelect={toggle}
                menu={actions.menuItems(r.contact)}
                now={now}
                timeZone={timeZone}
              />
            ))}
            {bottom > 0 ? (
              <tr className="cc-spacer">
                <td colSpan={7} style={{ height: bottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {shown.length === 0 ? (
          <p className="cc-empty" data-testid="cc-table-empty">
            {contacts.length === 0 ? t('table_empty') : t('table_no_match')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
