import { type PlainKey, t } from '../../lib/i18n/t';
import { STATUS_LABEL } from '../../lib/tracker/format';
import { STATUSES } from '../../lib/tracker/schema';
import type { DueFilter, Filters, Sort, SortKey } from '../../lib/tracker/table-model';
import { SORT_KEY } from './SortHeader';

const DUE_KEY: Record<DueFilter, PlainKey> = {
  all: 'common_any',
  due: 'table_due_now',
  overdue: 'table_overdue',
  'not-due': 'table_not_due',
};

/** `key` where the value may repeat another option's (a user's label may read "all"). */
type Option = { value: string; label: string; key?: string };

/** A labelled drop-down: the filters' and the sort's. */
function SelectField({
  title,
  testId,
  value,
  options,
  onChange,
}: {
  title: string;
  testId: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="cc-field">
      {title}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.key ?? o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The options of a filter on one of the user's own labels: any, none, or one of those in use. */
const labelOptions = (labels: readonly string[]): Option[] => [
  { value: 'all', label: t('common_any'), key: 'any' },
  { value: '', label: t('common_none_paren'), key: 'none' },
  ...labels.map((l) => ({ value: l, label: l, key: `label:${l}` })),
];

/** The filters on the user's own labels, in order. */
const LABEL_FILTERS = [
  { key: 'audience', title: 'common_audience', list: 'audiences' },
  { key: 'version', title: 'common_version', list: 'versions' },
] as const;

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
      <SelectField
        title={t('table_status')}
        testId="cc-filter-status"
        value={filters.status}
        options={[
          { value: 'all', label: t('common_any') },
          ...STATUSES.map((st) => ({ value: st, label: STATUS_LABEL[st] })),
        ]}
        onChange={(v) => onFilter('status', v as Filters['status'])}
      />
      <SelectField
        title={t('table_due')}
        testId="cc-filter-due"
        value={filters.due}
        options={(Object.keys(DUE_KEY) as DueFilter[]).map((d) => ({ value: d, label: t(DUE_KEY[d]) }))}
        onChange={(v) => onFilter('due', v as DueFilter)}
      />
      {LABEL_FILTERS.map(({ key, title, list }) => (
        <SelectField
          key={key}
          title={t(title)}
          testId={`cc-filter-${key}`}
          value={filters[key]}
          options={labelOptions(labels[list])}
          onChange={(v) => onFilter(key, v)}
        />
      ))}
      <SelectField
        title={t('table_sort_by')}
        testId="cc-sort"
        value={`${sort.key}:${sort.dir}`}
        options={(Object.keys(SORT_KEY) as SortKey[]).flatMap((k) => [
          { value: `${k}:asc`, label: `${t(SORT_KEY[k])} ↑` },
          { value: `${k}:desc`, label: `${t(SORT_KEY[k])} ↓` },
        ])}
        onChange={(v) => {
          const [key, dir] = v.split(':') as [SortKey, Sort['dir']];
          onSort({ key, dir });
        }}
      />
      <span
        className="cc-note"
        data-testid="cc-table-count"
        data-shown={shown}
        data-total={total}
        aria-live="polite"
      >
        {t('table_showing', {
          shown,
          total,
        })}
      </span>
    </div>
  );
}
