import { type PlainKey, t } from '../../lib/i18n/t';
import type { Sort, SortKey } from '../../lib/tracker/table-model';

export const SORT_KEY: Record<SortKey, PlainKey> = {
  name: 'common_name',
  sent: 'table_sort_sent',
  status: 'table_sort_status',
  due: 'table_sort_due',
};

/** A column heading that sorts by it (again: the other way), saying which way it sorts now. */
export function SortHeader({ k, sort, onSort }: { k: SortKey; sort: Sort; onSort: (k: SortKey) => void }) {
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
