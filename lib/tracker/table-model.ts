/**
 * The dashboard table's rows, filters and sort. Pure. Built for 20,000 contacts:
 * - buildRows: once per store change, O(n): each contact with its due item, next step and a
 *   lower-cased search text (name, headline, note);
 * - sortRows: once per sort change (or store change), O(n log n);
 * - filterRows: once per filter or search keystroke, O(n), over the already sorted rows, so typing in
 *   the search box never re-sorts.
 */
import type { ActionId } from '../sequencing/types.ts';
import { nextStep } from './next-step';
import { type DueItem, dueKind } from './reminders';
import type { Status, TrackedContact } from './schema';
import type { Settings } from './settings';

export interface NextStep {
  action: ActionId;
  dueAt: string;
}

export interface Row {
  contact: TrackedContact;
  /** Due or overdue now (as the checklist shows it), or null. */
  due: DueItem | null;
  /** The next scheduled step, due or not (for the "Next step" column and sort), or null. */
  next: NextStep | null;
  /** name + headline + note, lower-cased, for search. */
  text: string;
}

export type DueFilter = 'all' | 'due' | 'overdue' | 'not-due';
export type SortKey = 'name' | 'sent' | 'status' | 'due';

export interface Filters {
  status: 'all' | Status;
  due: DueFilter;
  /** 'all', '' for "no audience", or an audience label. */
  audience: string;
  version: string;
  search: string;
}

export const NO_FILTERS: Filters = { status: 'all', due: 'all', audience: 'all', version: 'all', search: '' };

export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/**
 * The next step the one advisor gives (lib/tracker/next-step.ts) and when (a wait shows until when),
 * or null (stop, nothing dated).
 */
export function nextStepFor(c: TrackedContact, now: Date, settings: Settings, zone: string): NextStep | null {
  if (c.status === 'ignored') return null;
  try {
    const a = nextStep({ record: c }, now, settings, zone);
    if (!a.dueAt || a.action === 'stop' || (a.action !== 'wait' && !dueKind(a.action))) return null;
    let dueAt = a.dueAt;
    if (c.snoozedUntil && c.snoozedUntil > dueAt && new Date(c.snoozedUntil).getTime() > now.getTime())
      dueAt = new Date(c.snoozedUntil).toISOString();
    return { action: a.action, dueAt };
  } catch {
    return null;
  }
}

export function buildRows(
  contacts: readonly TrackedContact[],
  dueById: ReadonlyMap<string, DueItem>,
  nextById: ReadonlyMap<string, NextStep>,
): Row[] {
  const rows: Row[] = new Array(contacts.length);
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i] as TrackedContact;
    rows[i] = {
      contact: c,
      due: dueById.get(c.id) ?? null,
      next: nextById.get(c.id) ?? null,
      text: `${c.name}\n${c.headline ?? ''}\n${c.request?.note ?? ''}`.toLowerCase(),
    };
  }
  return rows;
}

const STATUS_ORDER: Record<Status, number> = {
  pending: 0,
  accepted: 1,
  replied: 2,
  withdrawn: 3,
  ignored: 4,
  none: 5,
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A new sorted array. Rows without a value (no sent date, nothing due) always go last. */
export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: Row, b: Row) => collator.compare(a.contact.name, b.contact.name);
  const text = (get: (r: Row) => string | undefined) => (a: Row, b: Row) => {
    const x = get(a);
    const y = get(b);
    if (x === y) return byName(a, b);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return (x < y ? -1 : 1) * sign;
  };
  const cmp: Record<SortKey, (a: Row, b: Row) => number> = {
    name: (a, b) => byName(a, b) * sign,
    sent: text((r) => r.contact.request?.sentAt),
    due: text((r) => r.due?.dueAt ?? r.next?.dueAt),
    status: (a, b) =>
      (STATUS_ORDER[a.contact.status] - STATUS_ORDER[b.contact.status]) * sign || byName(a, b),
  };
  return [...rows].sort(cmp[sort.key]);
}

/** One pass over the rows; keeps their order. */
export function filterRows(rows: readonly Row[], f: Filters, now: Date): Row[] {
  const q = f.search.trim().toLowerCase();
  const words = q ? q.split(/\s+/) : [];
  const t = now.getTime();
  const out: Row[] = [];
  for (const r of rows) {
    const c = r.contact;
    if (f.status !== 'all' && c.status !== f.status) continue;
    if (f.audience !== 'all' && (c.audience ?? '') !== f.audience) continue;
    if (f.version !== 'all' && (c.version ?? '') !== f.version) continue;
    if (f.due === 'due' && !r.due) continue;
    if (f.due === 'overdue' && !(r.due && new Date(r.due.dueAt).getTime() < t)) continue;
    if (f.due === 'not-due' && r.due) continue;
    if (words.length && !words.every((w) => r.text.includes(w))) continue;
    out.push(r);
  }
  return out;
}

/** Distinct audience and version labels, for the filter menus. */
export function labelsOf(contacts: readonly TrackedContact[]): { audiences: string[]; versions: string[] } {
  const a = new Set<string>();
  const v = new Set<string>();
  for (const c of contacts) {
    if (c.audience) a.add(c.audience);
    if (c.version) v.add(c.version);
  }
  return { audiences: [...a].sort(collator.compare), versions: [...v].sort(collator.compare) };
}

/** The first and last row index to render for a scroll position (fixed row height). */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + Math.ceil(viewport / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}
