/**
 * The tracker summary: one small key (`local:trackerSummary`) the background writes after it has
 * worked out what is due, so the dashboard and the popup can show the first rows and the due count
 * at once, before they have read and validated every contact (20,000 contacts take about a second).
 *
 * It is a cache, never the record: pages still read every contact and replace what the summary
 * showed. It holds the counts and the first SUMMARY_ROWS due items with their contacts (the rows the
 * dashboard's default "due" sort and the popup's checklist put first). Only the background writes it,
 * after each change and whenever its alarm says something came due; a missing, older or damaged
 * summary is ignored (the page reads everything as before) and rebuilt by the next refresh.
 * Pure: storage calls live in the callers.
 */
import { ACTION_IDS } from '../sequencing/types.ts';
import { decodeContact, encodeContact, isCompact } from './codec';
import type { DueItem } from './reminders';
import { repairContact } from './repair-contact';
import type { TrackedContact } from './schema';

/** Storage key, area-prefixed. */
export const SUMMARY_KEY = 'local:trackerSummary';
const SUMMARY_VERSION = 1;
/** Rows kept: a dashboard screen (~15 rows) with room for its overscan, and a popup's checklist. */
export const SUMMARY_ROWS = 30;

export interface TrackerSummary {
  /** When the background computed it. */
  computedAt: string;
  /** Every contact, and how many have something due (the badge). */
  count: number;
  dueCount: number;
  /** The first due items, in dueItems() order, each with its contact. */
  rows: { contact: TrackedContact; due: DueItem }[];
}

interface StoredRow {
  id: string;
  /** The contact in its stored compact form (codec.ts). */
  c: Record<string, unknown>;
  d: DueItem;
  /** The item is an "act now" step: its dueAt is whenever it is read, not a fixed date. */
  now?: true;
}

interface StoredSummary {
  v: number;
  at: number;
  count: number;
  dueCount: number;
  rows: StoredRow[];
}

/**
 * The stored value for the first SUMMARY_ROWS of `due` (dueItems order). `due` may be only the head
 * of the list (DueIndex.head), with the whole list's length as `dueCount`.
 */
export function encodeSummary(
  due: readonly DueItem[],
  contactOf: (id: string) => TrackedContact | undefined,
  count: number,
  now: Date,
  dueCount = due.length,
): StoredSummary {
  const rows: StoredRow[] = [];
  const at = now.toISOString();
  for (const item of due) {
    if (rows.length >= SUMMARY_ROWS) break;
    const c = contactOf(item.contactId);
    if (!c) continue;
    const row: StoredRow = { id: c.id, c: encodeContact(c), d: item };
    // Deadlines that are due now carry the read time as dueAt (reminders.ts materialise).
    if (item.dueAt === at && item.overdueBy === 0) row.now = true;
    rows.push(row);
  }
  return { v: SUMMARY_VERSION, at: now.getTime(), count, dueCount, rows };
}

/** Equal apart from when it was computed: the background skips writing an unchanged summary. */
export function sameSummary(a: StoredSummary | null, b: StoredSummary): boolean {
  return a !== null && JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 });
}

export type SummaryRead =
  | { ok: true; summary: TrackerSummary }
  | { ok: false; missing: boolean; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const ACTIONS = new Set<string>(ACTION_IDS);

/** The due item as shown at `now`: overdueBy moves with the clock; "act now" items are dated now. */
function itemAt(d: Record<string, unknown>, live: boolean, now: Date): DueItem | null {
  const dueMs = typeof d.dueAt === 'string' ? Date.parse(d.dueAt) : Number.NaN;
  const e = d.evidence;
  if (
    typeof d.contactId !== 'string' ||
    typeof d.name !== 'string' ||
    typeof d.profileUrl !== 'string' ||
    typeof d.action !== 'string' ||
    !ACTIONS.has(d.action) ||
    Number.isNaN(dueMs) ||
    typeof d.reason !== 'string' ||
    typeof d.kind !== 'string' ||
    !isObject(e) ||
    typeof e.claim !== 'string' ||
    typeof e.figure !== 'string' ||
    typeof e.seed !== 'string'
  )
    return null;
  return {
    ...(d as unknown as DueItem),
    dueAt: live ? now.toISOString() : (d.dueAt as string),
    overdueBy: live ? 0 : Math.max(0, now.getTime() - dueMs),
  };
}

/**
 * Validates a stored summary. All or nothing: any damaged part makes the whole summary unusable
 * (it is only a head start; the page then reads every contact, which it does anyway). Never throws.
 */
export function readSummary(raw: unknown, now: Date): SummaryRead {
  if (raw === null || raw === undefined) return { ok: false, missing: true, reason: 'no summary yet' };
  const bad = (reason: string): SummaryRead => ({ ok: false, missing: false, reason });
  if (!isObject(raw)) return bad('not an object');
  if (raw.v !== SUMMARY_VERSION) return bad(`version ${JSON.stringify(raw.v)}`);
  if (typeof raw.at !== 'number' || !Number.isFinite(raw.at)) return bad('no computed time');
  if (!isCount(raw.count) || !isCount(raw.dueCount)) return bad('counts unreadable');
  if (!Array.isArray(raw.rows) || raw.rows.length > raw.dueCount) return bad('rows unreadable');
  const rows: TrackerSummary['rows'] = [];
  for (const [i, r] of raw.rows.entries()) {
    if (!isObject(r) || typeof r.id !== 'string' || !isCompact(r.c) || !isObject(r.d))
      return bad(`row ${i + 1} unreadable`);
    const repaired = repairContact(decodeContact(r.id, r.c));
    if (!repaired.ok || repaired.repaired.length) return bad(`row ${i + 1}: contact unreadable`);
    const due = itemAt(r.d, r.now === true, now);
    if (!due || due.contactId !== r.id) return bad(`row ${i + 1}: due item unreadable`);
    rows.push({ contact: repaired.contact, due });
  }
  return {
    ok: true,
    summary: {
      computedAt: new Date(raw.at).toISOString(),
      count: raw.count,
      dueCount: raw.dueCount,
      rows,
    },
  };
}
