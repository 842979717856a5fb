/**
 * The counts a stored figures record keeps per group (per warning, per template), in short names:
 * every LinkedIn tab may read these records, so they stay small. Shared by figures.ts and
 * template-figures.ts, with the checks their repair applies and the change test the background uses.
 */
import type { GroupCounts } from './groups';

export interface StoredCounts {
  /** Sent, accepted, replied (replies among accepted). */
  s: number;
  a: number;
  r: number;
  /** Median days to accept and to the first reply (null without any). */
  da: number | null;
  dr: number | null;
  /** Requests still pending and under a week old when computed. */
  y: number;
}

export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDays = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/** A stored row's counts are whole, add up (accepted ≤ sent, replied ≤ accepted, young ≤ sent) and its days are days. */
export function countsOk(r: Record<string, unknown>): boolean {
  return (
    isCount(r.s) &&
    isCount(r.a) &&
    isCount(r.r) &&
    isCount(r.y) &&
    (r.a as number) <= (r.s as number) &&
    (r.r as number) <= (r.a as number) &&
    (r.y as number) <= (r.s as number) &&
    isDays(r.da) &&
    isDays(r.dr)
  );
}

/** The six counts of a row that passed countsOk. */
export function storedCounts(r: Record<string, unknown>): StoredCounts {
  return {
    s: r.s as number,
    a: r.a as number,
    r: r.r as number,
    da: r.da as number | null,
    dr: r.dr as number | null,
    y: r.y as number,
  };
}

export function countsOf(row: StoredCounts): GroupCounts {
  return {
    sent: row.s,
    accepted: row.a,
    replied: row.r,
    medianDaysToAccept: row.da,
    medianDaysToFirstReply: row.dr,
    pendingYoung: row.y,
  };
}

/** Same figures, ignoring when they were computed (the background writes only on a change). */
export function sameStored<T extends { computedAt: string }>(a: T | null, b: T | null): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify({ ...a, computedAt: '' }) === JSON.stringify({ ...b, computedAt: '' });
}
