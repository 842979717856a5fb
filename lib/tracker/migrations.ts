/**
 * Named, dated migrations (Dark Reader's habit). Each says what it changes and when it can go.
 *
 * Settings live in one WXT storage item, so they use WXT's `version` + `migrations` (storage.ts runs
 * SETTINGS_MIGRATIONS). Contacts live under one key each, so each record carries its own schema
 * version `v` and is migrated on read (store.ts) by CONTACT_MIGRATIONS; a store can then hold
 * records of mixed versions (an interrupted upgrade, an old JSON export) and still read them all.
 *
 * Every version has a fixture in tests/fixtures/tracker/ that the tests migrate to the current one.
 */
import { DEFAULT_SETTINGS } from './settings';

export interface Migration {
  /** The version this migration produces (it runs on records at `to - 1`). */
  to: number;
  name: string;
  /** The day it was written, and when it may be deleted. */
  date: string;
  removeAfter: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Contact record migrations, oldest first, on the long form (the form code and JSON exports use).
 * Version 1 is the first stored shape (2026-08).
 */
export const CONTACT_MIGRATIONS: readonly Migration[] = [
  {
    /**
     * v2 (2026-11-22): the fields are unchanged; storage writes them compactly (codec.ts). A v1 record
     * read from storage or an old export is the same record; the writer's start-up check stores it
     * again in the compact form.
     */
    to: 2,
    name: 'compact-storage',
    date: '2026-11-22',
    removeAfter: '2028-11',
    up: (record) => record,
  },
];

export type MigrationResult =
  | { ok: true; record: Record<string, unknown>; from: number; applied: string[]; changed: boolean }
  | { ok: false; reason: string; newer?: boolean };

/**
 * Brings a raw record to `target`. A record without `v` is version 1 (the first shape had it, but an
 * import may not). Never throws: a failing migration is a reason, and the record is set aside.
 */
export function migrateRecord(
  raw: unknown,
  target: number,
  migrations: readonly Migration[] = CONTACT_MIGRATIONS,
): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: `not an object (${describeValue(raw)})` };
  const rec = raw as Record<string, unknown>;
  const v = rec.v === undefined ? 1 : rec.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { ok: false, reason: `schema version ${JSON.stringify(v)} is not a version number` };
  if (v > target)
    return {
      ok: false,
      newer: true,
      reason: `written by a newer version of Connect Coach (schema v${v}, this one reads v${target})`,
    };
  let record: Record<string, unknown> = { ...rec, v };
  const applied: string[] = [];
  for (let next = v + 1; next <= target; next++) {
    const m = migrations.find((x) => x.to === next);
    if (!m) return { ok: false, reason: `no migration to schema v${next}` };
    try {
      record = { ...m.up(record), v: next };
      applied.push(m.name);
    } catch (err) {
      return { ok: false, reason: `migration "${m.name}" failed: ${(err as Error).message}` };
    }
  }
  return { ok: true, record, from: v, applied, changed: applied.length > 0 || rec.v === undefined };
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value;
}

/** WXT item migrations for KEYS.settings: `{ [toVersion]: (old) => new }`. */
/** The v2 settings as they were: fields added later without a version bump read as their defaults. */
const { historyAfterDays: _laterField, uiLanguage: _laterLanguage, ...V2_DEFAULTS } = DEFAULT_SETTINGS;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  /**
   * v2 (2026-08-06): tracker settings (stale threshold, follow-up days, calendar, quotas,
   * notifications) join accountType. Fills their defaults; a damaged value is left for repair.
   * Remove after 2028-08.
   */
  2: (old: unknown) =>
    old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...V2_DEFAULTS, ...old } : old,
};
