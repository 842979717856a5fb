import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { type PlainKey, t } from '../lib/i18n/t';
import { formatDay, localDaysBetween, STATUS_LABEL, whenText } from '../lib/tracker/format';
import type { DueItem } from '../lib/tracker/reminders';
import { STATUSES, type TrackedContact } from '../lib/tracker/schema';
import {
  buildRows,
  type DueFilter,
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
import { errorText, type Send } from '../utils/messaging';
import { actionLabel } from './AdviceCard';
import { MenuButton, type MenuItem } from './MenuButton';

/** Two lines a row: the name over the headline, the next step over when it is due. */
export const ROW_HEIGHT = 52;

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

const SORT_KEY: Record<SortKey, PlainKey> = {
  name: 'common_name',
  sent: 'table_sort_sent',
  status: 'table_sort_status',
  due: 'table_sort_due',
};

const DUE_KEY: Record<DueFilter, PlainKey> = {
  all: 'common_any',
  due: 'table_due_now',
  overdue: 'table_overdue',
  'not-due': 'table_not_due',
};

type Confirm = { kind: 'delete'; ids: string[] } | null;

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
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
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

  async function runBulk(label: string, ids: string[], one: (cid: string) => Promise<unknown>) {
    const failed: string[] = [];
    let done = 0;
    for (const [i, cid] of ids.entries()) {
      setBusy(t('table_bulk_progress', { label, index: i + 1, total: ids.length }));
      try {
        await one(cid);
        done++;
      } catch (err) {
        const c = byId.get(cid);
        failed.push(`${c?.name ?? cid}: ${errorText(err)}`);
      }
    }
    setBusy(null);
    setSelected(new Set());
    setMessage(
      failed.length
        ? {
            text: t('table_bulk_failed', {
              label,
              done,
              failed: failed.length,
              details: `${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '…' : ''}`,
            }),
            error: true,
          }
        : { text: t('table_bulk_done', { label, done }), error: false },
    );
  }

  const chosen = [...selected].filter((s) => byId.has(s));
  const withdrawable = chosen.filter((s) => {
    const r = byId.get(s)?.request;
    return r && !r.withdrawnAt;
  });

  const bulkWithdraw = () => {
    const at = (clock ? clock() : new Date()).toISOString();
    void runBulk(t('table_marked_withdrawn'), withdrawable, (cid) =>
      send({ type: 'tracker/withdrawn', id: cid, at }),
    );
  };
  const doDelete = (ids: string[]) => {
    setConfirm(null);
    void runBulk(t('table_deleted'), ids, (cid) => send({ type: 'tracker/delete', id: cid }));
  };

  const one = (label: string, run: () => Promise<unknown>) => {
    setBusy(label);
    run()
      .then(() => setMessage({ text: t('table_bulk_done', { label, done: 1 }), error: false }))
      .catch((err) =>
        setMessage({ text: t('table_row_failed', { label, error: errorText(err) }), error: true }),
      )
      .finally(() => setBusy(null));
  };
  const at = () => (clock ? clock() : new Date());

  /** The row's actions, in one menu: details, what the user did on LinkedIn, snooze, delete. */
  const menuItems = (c: TrackedContact): MenuItem[] => {
    const items: MenuItem[] = [
      {
        key: 'edit',
        label: c.history?.length
          ? t('table_menu_details_history', { count: c.history.length })
          : t('table_menu_details'),
        onSelect: () => onEdit(c),
      },
    ];
    const live = c.request && !c.request.withdrawnAt && c.status === 'pending';
    if (live) {
      items.push({
        key: 'withdrawn',
        label: t('table_menu_withdrawn'),
        onSelect: () =>
          one(t('table_marked_withdrawn'), () =>
            send({ type: 'tracker/withdrawn', id: c.id, at: at().toISOString() }),
          ),
      });
      items.push({
        key: 'accepted',
        label: t('checklist_they_accepted'),
        onSelect: () =>
          one(t('checklist_marked_accepted'), () =>
            send({ type: 'tracker/accepted', id: c.id, at: at().toISOString() }),
          ),
      });
    }
    if (c.messages.length > 0)
      items.push({
        key: 'replied',
        label: t('checklist_they_replied'),
        onSelect: () =>
          one(t('checklist_marked_they_replied'), () =>
            send({ type: 'tracker/replied', id: c.id, at: at().toISOString() }),
          ),
      });
    const snoozed = c.snoozedUntil && new Date(c.snoozedUntil).getTime() > now.getTime();
    items.push(
      snoozed
        ? {
            key: 'unsnooze',
            label: t('table_menu_unsnooze'),
            onSelect: () =>
              one(t('table_menu_unsnooze'), () => send({ type: 'tracker/snooze', id: c.id, until: null })),
          }
        : {
            key: 'snooze',
            label: t('table_menu_snooze_week'),
            onSelect: () =>
              one(t('table_menu_snooze_week'), () =>
                send({
                  type: 'tracker/snooze',
                  id: c.id,
                  until: new Date(at().getTime() + 7 * 86_400_000).toISOString(),
                }),
              ),
          },
    );
    items.push({
      key: 'delete',
      label: t('table_menu_delete'),
      danger: true,
      onSelect: () => setConfirm({ kind: 'delete', ids: [c.id] }),
    });
    return items;
  };

  const top = start * ROW_HEIGHT;
  const bottom = (shown.length - end) * ROW_HEIGHT;

  return (
    <section className="cc-section" aria-labelledby={`${id}-title`} data-testid="cc-request-table">
      <h2 id={`${id}-title`}>{t('table_title')}</h2>
      <div className="cc-filters">
        <label className="cc-field">
          {t('table_search')}
          <input
            type="search"
            data-testid="cc-filter-search"
            placeholder={t('table_search_placeholder')}
            value={filters.search}
            onChange={(e) => set('search', e.target.value)}
          />
        </label>
        <label className="cc-field">
          {t('table_status')}
          <select
            data-testid="cc-filter-status"
            value={filters.status}
            onChange={(e) => set('status', e.target.value as Filters['status'])}
          >
            <option value="all">{t('common_any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="cc-field">
          {t('table_due')}
          <select
            data-testid="cc-filter-due"
            value={filters.due}
            onChange={(e) => set('due', e.target.value as DueFilter)}
          >
            {(Object.keys(DUE_KEY) as DueFilter[]).map((d) => (
              <option key={d} value={d}>
                {t(DUE_KEY[d])}
              </option>
            ))}
          </select>
        </label>
        <label className="cc-field">
          {t('common_audience')}
          <select
            data-testid="cc-filter-audience"
            value={filters.audience}
            onChange={(e) => set('audience', e.target.value)}
          >
            <option value="all">{t('common_any')}</option>
            <option value="">{t('common_none_paren')}</option>
            {labels.audiences.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="cc-field">
          {t('common_version')}
          <select
            data-testid="cc-filter-version"
            value={filters.version}
            onChange={(e) => set('version', e.target.value)}
          >
            <option value="all">{t('common_any')}</option>
            <option value="">{t('common_none_paren')}</option>
            {labels.versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="cc-field">
          {t('table_sort_by')}
          <select
            data-testid="cc-sort"
            value={`${sort.key}:${sort.dir}`}
            onChange={(e) => {
              const [key, dir] = e.target.value.split(':') as [SortKey, Sort['dir']];
              setSort({ key, dir });
            }}
          >
            {(Object.keys(SORT_KEY) as SortKey[]).flatMap((k) => [
              <option key={`${k}:asc`} value={`${k}:asc`}>
                {t(SORT_KEY[k])} ↑
              </option>,
              <option key={`${k}:desc`} value={`${k}:desc`}>
                {t(SORT_KEY[k])} ↓
              </option>,
            ])}
          </select>
        </label>
        <span
          className="cc-note"
          data-testid="cc-table-count"
          data-shown={shown.length}
          data-total={contacts.length}
          aria-live="polite"
        >
          {t('table_showing', {
            shown: shown.length,
            total: contacts.length,
          })}
        </span>
      </div>

      <div className="cc-bulk" data-testid="cc-bulk">
        <span>{t('table_selected', { count: chosen.length })}</span>
        <button
          type="button"
          className="cc-btn"
          data-testid="cc-bulk-withdraw"
          disabled={withdrawable.length === 0 || busy !== null}
          onClick={bulkWithdraw}
        >
          {t('table_mark_withdrawn')}
          {withdrawable.length ? ` (${withdrawable.length})` : ''}
        </button>
        <button
          type="button"
          className="cc-btn cc-btn-danger"
          data-testid="cc-bulk-delete"
          disabled={chosen.length === 0 || busy !== null}
          onClick={() => setConfirm({ kind: 'delete', ids: chosen })}
        >
          {t('table_delete')}
          {chosen.length ? ` (${chosen.length})` : ''}
        </button>
        {chosen.length ? (
          <button type="button" className="cc-btn" onClick={() => setSelected(new Set())}>
            {t('table_clear_selection')}
          </button>
        ) : null}
        {busy ? <span role="status">{busy}</span> : null}
      </div>

      {confirm ? (
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
          <div className="cc-toolbar">
            <button
              type="button"
              className="cc-btn cc-btn-danger"
              data-testid="cc-confirm-delete-yes"
              onClick={() => doDelete(confirm.ids)}
            >
              {t('table_delete')} {confirm.ids.length === 1 ? '' : confirm.ids.length}
            </button>
            <button type="button" className="cc-btn" onClick={() => setConfirm(null)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
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
            {slice.map((r, i) => {
              const c = r.contact;
              const step = r.due ?? r.next;
              const overdue = step
                ? localDaysBetween(now, new Date(step.dueAt), timeZone) < 0 && step.action !== 'wait'
                : false;
              const when = step ? whenText(step.dueAt, now, timeZone, step.action) : '';
              return (
                <tr
                  key={c.id}
                  data-testid="cc-row"
                  data-id={c.id}
                  data-status={c.status}
                  aria-rowindex={start + i + 2}
                  style={{ height: ROW_HEIGHT }}
                >
                  <td className="cc-col-check">
                    <input
                      type="checkbox"
                      aria-label={t('table_select', { name: c.name })}
                      checked={selected.has(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                  </td>
                  <td>
                    <span className="cc-cell-lines">
                      <span className="cc-cell-main">
                        <a
                          className="cc-link"
                          href={c.profileUrl}
                          target="_blank"
                          rel="noreferrer"
                          title={c.name}
                        >
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
                    {c.request
                      ? `${c.request.approximate ? '~' : ''}${formatDay(c.request.sentAt, timeZone, now)}`
                      : ''}
                  </td>
                  <td
                    className="cc-due-cell"
                    data-testid="cc-next-step"
                    data-overdue={overdue ? 'true' : 'false'}
                    data-due={r.due ? r.due.kind : ''}
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
                      items={menuItems(c)}
                      testId="cc-row-menu"
                    />
                  </td>
                </tr>
              );
            })}
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

function SortHeader({ k, sort, onSort }: { k: SortKey; sort: Sort; onSort: (k: SortKey) => void }) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="cc-btn" onClick={() => onSort(k)} data-testid={`cc-sort-${k}`}>
        {t(SORT_KEY[k])}
        {active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
}
