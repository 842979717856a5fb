/**
 * The per-warning figures as stored and read: the group names, the compact record the
 * background keeps in local:warningFigures, and its repair. Free of the note engine, so the pages
 * that only show the figures (dashboard, panel) do not carry it; by-warning.ts computes them.
 */
import type { RuleId } from '../draft/types';
import { EVIDENCE } from '../evidence';
import type { EvidenceId } from './evidence';
import { countsOk, isCount, type StoredCounts, sameStored, storedCounts } from './stored-counts';

/** Notes the coach finds nothing to warn about. */
export const NO_WARNING = 'none';
/** Requests sent without a note. */
export const BLANK = 'blank';
export type WarningKey = typeof NO_WARNING | typeof BLANK | RuleId;

/** One group in the stored record: counts only, short names (every LinkedIn tab may read it). */
export interface FigureRow extends StoredCounts {
  /** The group: `none`, `blank` or a rule id. */
  k: WarningKey;
  /** The evidence the warning cites (null for `none`). */
  e: EvidenceId | null;
}

/** The per-warning figures the background keeps in storage (lib/tracker/warning-figures-cache.ts). */
export interface WarningFigures {
  v: 1;
  /** When these were computed (ISO). */
  computedAt: string;
  /** Sends counted (tracked requests with a readable date). */
  sends: number;
  /** Sends whose note the engine could not read (left out of every group). */
  unjudged: number;
  /** `none`, then `blank`, then the rules, most sent first. */
  groups: FigureRow[];
  /**
   * What the figures were computed from (figuresFingerprint): a restarted background whose contacts
   * give the same fingerprint keeps these instead of analysing every note again.
   */
  fp?: string;
}

/** Same figures, ignoring when they were computed (the background writes only on a change). */
export function sameFigures(a: WarningFigures | null, b: WarningFigures | null): boolean {
  return sameStored(a, b);
}

/**
 * A stored record as it can be trusted, or null (a cache: anything odd is ignored whole and the
 * background writes it again). Keys must look like a group name; counts must add up.
 */
export function repairWarningFigures(raw: unknown): WarningFigures | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.computedAt !== 'string' || Number.isNaN(Date.parse(r.computedAt))) return null;
  if (!isCount(r.sends) || !isCount(r.unjudged) || !Array.isArray(r.groups) || r.groups.length > 100)
    return null;
  const groups: FigureRow[] = [];
  for (const g of r.groups as unknown[]) {
    if (!g || typeof g !== 'object') return null;
    const row = g as Record<string, unknown>;
    const k = row.k;
    if (typeof k !== 'string' || !/^[a-z][a-z0-9-]{0,40}$/.test(k)) return null;
    if (!countsOk(row) || (row.s as number) > r.sends) return null;
    const e = row.e;
    if (e !== null && !(typeof e === 'string' && e in EVIDENCE)) return null;
    groups.push({
      k: k as WarningKey,
      ...storedCounts(row),
      e: e as EvidenceId | null,
    });
  }
  const out: WarningFigures = {
    v: 1,
    computedAt: r.computedAt,
    sends: r.sends,
    unjudged: r.unjudged,
    groups,
  };
  if (typeof r.fp === 'string' && /^[0-9]+\.[0-9a-z]{1,7}\.[0-9a-z]{1,7}$/.test(r.fp)) out.fp = r.fp;
  return out;
}
