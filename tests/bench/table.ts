/**
 * The dashboard's request table at 20,000 contacts, in Node (the figure that used to be a time bound in
 * tests/component/request-table.test.tsx): one filter pass (search, audience and version at once) over
 * the sorted rows, target ≤ 50 ms, and building and sorting the rows it filters.
 */
import { buildRows, filterRows, NO_FILTERS, sortRows } from '../../lib/tracker/table-model';
import { CONTACTS, syntheticContacts } from './synthetic';
import { atMost, type BenchOptions, median, msRow, type Row, round, times } from './util';

const timed = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

export async function benchTable(opts: BenchOptions): Promise<{ rows: Row[]; detail: unknown }> {
  const now = new Date();
  const contacts = syntheticContacts(CONTACTS, now);
  const none = new Map();
  let rows = sortRows(buildRows(contacts, none, none), { key: 'name', dir: 'asc' });
  const build = await times(opts.quick ? 3 : 10, async () =>
    timed(() => {
      rows = sortRows(buildRows(contacts, none, none), { key: 'name', dir: 'asc' });
    }),
  );
  const filters = { ...NO_FILTERS, audience: 'Recruiters', version: 'v1-talk', search: 'an' };
  let kept = 0;
  filterRows(rows, filters, now); // warm up
  const filter = await times(opts.quick ? 5 : 30, async () =>
    timed(() => {
      kept = filterRows(rows, filters, now).length;
    }),
  );
  return {
    rows: [
      atMost(
        msRow(
          'table',
          `filter ${CONTACTS.toLocaleString('en')} rows: search + audience + version (Node)`,
          filter,
          {
            note: `${kept} rows kept; building and sorting the rows first: ${round(median(build), 0)} ms`,
          },
        ),
        50,
      ),
    ],
    detail: { filterMs: filter, buildAndSortMs: build, kept },
  };
}
