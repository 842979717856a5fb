/**
 * The day/month order of each date column, decided from its own values: one date whose first number
 * is over 12 (25/03/2026) proves day/month, one whose second number is (03/25/2026) month/day, and a
 * dotted date (02.03.2026, written day first everywhere) counts for day/month too; when a
 * column holds both, the larger count wins and the others become questions for their rows. A column
 * that cannot tell takes the order its file's other date columns prove; when nothing in the file tells,
 * the user is asked once (or the command line's --dates answers).
 */
import type { DateCell, DateOrder } from './dates';

export interface DateColumn {
  index: number;
  header: string;
  /** The order the column's own values prove, if they do. */
  proven: DateOrder | null;
  /** A value that proves it ("25/03/2026", row 4). */
  proof?: { row: number; value: string };
  /** Has day/month values that only an order can read. */
  ambiguous: boolean;
}

export interface DateOrders {
  columns: DateColumn[];
  /** The order used where a column cannot tell; null when none is needed or known yet. */
  order: DateOrder | null;
  orderFrom: 'file' | 'chosen' | null;
  /** The file cannot tell and nobody said: ask. */
  needOrder: boolean;
  /** An ambiguous value, for the question ("03/04/2026" in row 2), while a column cannot tell. */
  example?: { row: number; value: string; header: string };
}

export function decideDateOrders(
  columns: readonly { index: number; header: string }[],
  rows: readonly { row: number }[],
  cellOf: (row: number, index: number) => string,
  classify: (raw: string) => DateCell,
  chosen: DateOrder | undefined,
): DateOrders & { orderOf: Map<number, DateOrder | null> } {
  const out: DateOrders = { columns: [], order: null, orderFrom: null, needOrder: false };
  const orderOf = new Map<number, DateOrder | null>();
  let example: DateOrders['example'];
  for (const c of columns) {
    const first: Partial<Record<DateOrder, { row: number; value: string }>> = {};
    const count: Record<DateOrder, number> = { dmy: 0, mdy: 0 };
    let ambiguous = false;
    for (const r of rows) {
      const raw = cellOf(r.row, c.index).trim();
      const k = raw ? classify(raw) : null;
      if (k?.kind === 'date' && k.proves) {
        // A dotted date (02.03.2026) is read day first anyway, and says the writer puts the day first.
        count[k.proves]++;
        first[k.proves] ??= { row: r.row, value: raw };
        continue;
      }
      if (k?.kind !== 'numeric') continue;
      if (k.proves) {
        count[k.proves]++;
        first[k.proves] ??= { row: r.row, value: raw };
      } else {
        ambiguous = true;
        example ??= { row: r.row, value: raw, header: c.header };
      }
    }
    const proven: DateOrder | null = count.dmy || count.mdy ? (count.dmy >= count.mdy ? 'dmy' : 'mdy') : null;
    orderOf.set(c.index, proven);
    out.columns.push({
      index: c.index,
      header: c.header,
      proven,
      ...(proven ? { proof: first[proven] } : {}),
      ambiguous,
    });
  }
  const proven = new Set(out.columns.map((d) => d.proven).filter((o): o is DateOrder => !!o));
  const undecided = out.columns.filter((d) => !d.proven && d.ambiguous);
  if (undecided.length) {
    if (proven.size === 1) {
      out.order = [...proven][0] as DateOrder;
      out.orderFrom = 'file';
    } else if (chosen) {
      out.order = chosen;
      out.orderFrom = 'chosen';
    } else out.needOrder = true;
    if (example) out.example = example;
    for (const d of undecided) orderOf.set(d.index, out.order);
  }
  return { ...out, orderOf };
}
