/**
 * Validate-and-repair on every read (Dark Reader's habit): each field that fails its schema falls back
 * to its default, and the caller learns which fields were repaired so it can tell the user. Never throws.
 */
import type * as z from 'zod/mini';

export interface Repaired<T> {
  value: T;
  /** Field names that were missing or invalid and got their default. */
  repaired: string[];
}

export function repairObject<T extends object>(
  shape: { [K in keyof T]: z.ZodMiniType<T[K]> },
  defaults: T,
  raw: unknown,
): Repaired<T> {
  const source =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const repaired: string[] = [];
  const value = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    if (!(key in source)) continue;
    const parsed = shape[key].safeParse(source[key]);
    if (parsed.success) value[key] = parsed.data;
    else repaired.push(key);
  }
  if (raw !== undefined && raw !== null && source !== raw) repaired.push('(whole value)');
  return { value, repaired };
}
