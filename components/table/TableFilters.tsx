import { type PlainKey, t } from '../../lib/i18n/t';
import { STATUSES } from '../../lib/tracker/schema';
import { STATUS_LABEL } from '../../lib/ui/format';
import type { DueFilter, Filters, Sort, SortKey } from '../../lib/ui/table-model';
import { SORT_KEY } from './SortHeader';

const DUE_KEY: Record<DueFilter, PlainKey> = {
  all: 'common_any',
  due: 'table_due_now',
  overdue: 'table_overdue',
  'not-due': 'table_not_due',
};

/** A filter on one of the user's own labels: any, none, or one of those in use. */
function LabelFilter({
  title,
  testId,
  value,
  options,
  onChange,
}: {
  title: string;
  testId: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="cc-field">
      {title}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="all">{t('common_any')}</option>
        <option value="">{t('common_none_paren')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface TableFiltersProps {
  filters: Filters;
  onFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  labels: { audiences: readonly string[]; versions: readonly string[] };
  sort: Sort;
  onSort: (sort: Sort) => void;
  shown: number;
  total: number;
}

/** Search, status, due, audience and version filters, the sort, and how many rows they leave. */
export function TableFilters({ filters, onFilter, labels, sort, onSort, shown, total }: TableFiltersProps) {
  return (
    <div className="cc-filters">
      <label className="cc-field">
        {t('table_search')}
        <input
          type="search"
          data-testid="cc-filter-search"
          placeholder={t('table_search_placeholder')}
          value={filters.search}
          onChange={(e) => onFilter('search', e.target.value)}
        />
      </label>
      <label className="cc-field">
        {t('table_status')}
        <select
          data-testid="cc-filter-status"
          value={filters.status}
          onChange={(e) => onFilter('status', e.target.value as Filters['status'])}
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
          onChange={(e) => onFilter('due', e.target.value as DueFilter)}
        >
          {(Object.keys(DUE_KEY) as DueFilter[]).map((d) => (
            <option key={d} value={d}>
              {t(DUE_KEY[d])}
            </option>
          ))}
        </select>
      </label>
      <LabelFilter
        title={t('common_audience')}
        testId="cc-filter-audience"
        value={filters.audience}
        options={labels.audiences}
        onChange={(v) => onFilter('audience', v)}
      />
      <LabelFilter
        title={t('common_version')}
        testId="cc-filter-version"
        value={filters.version}
        options={labels.versions}
        onChange={(v) => onFilter('version', v)}
      />
      <label className="cc-field">
        {t('table_sort_by')}
        <select
          data-testid="cc-sort"
          value={`${sort.key}:${sort.dir}`}
          onChange={(e) => {
            const [key, dir] = e.target.value.split(':') as [SortKey, Sort['dir']];
            onSort({ key, dir });
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
        data-shown={shown}
        data-total={total}
        aria-live="polite"
      >
        {t('table_showing', {
          shown: shown.toLocaleString('en'),
          total: total.toLocaleString('en'),
        })}
      </span>
    </div>
  );
}
