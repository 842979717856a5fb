/**
 * The note quota LinkedIn shows wins over our own count. The invitation dialog says "1
 * personalized invitation remaining for this month"; the background keeps the last such reading and,
 * while it is from this calendar month, the panel's "notes left" is that figure minus the notes sent
 * with a request since it was read. Our count (lib/insight/quota.ts) is the fallback. Pure apart
 * from the storage item.
 */
import { TZDate } from '@date-fns/tz';
import { startOfMonth } from 'date-fns';
import { storage } from 'wxt/utils/storage';
import type { TrackedContact } from './schema';

export interface PageQuota {
  /** Notes left as the page showed it. */
  left: number;
  /** When the page was read (ISO). */
  at: string;
}

export const pageQuotaItem = storage.defineItem<PageQuota | null>('local:pageQuota', { fallback: null });

export function repairPageQuota(raw: unknown): PageQuota | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const left = r.left;
  const at = r.at;
  if (typeof left !== 'number' || !Number.isInteger(left) || left < 0 || left > 1000) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  return { left, at };
}

/**
 * Notes left this month: LinkedIn's figure when the page showed one this month (less the notes sent
 * since), else ours. `ours` is notesUsedThisMonth(...).left.
 */
export function notesLeftNow(
  page: PageQuota | null,
  ours: number,
  recent: readonly TrackedContact[],
  now: Date,
  timeZone: string,
): { left: number; from: 'page' | 'count' } {
  if (!page) return { left: ours, from: 'count' };
  const read = Date.parse(page.at);
  const monthStart = startOfMonth(new TZDate(now.getTime(), timeZone)).getTime();
  if (read < monthStart || read > now.getTime()) return { left: ours, from: 'count' };
  let since = 0;
  for (const c of recent) {
    const r = c.request;
    if (!r?.note?.trim() || r.withdrawnAt) continue;
    const sent = Date.parse(r.sentAt);
    // Sent after the reading (the dialog is read before Send is pressed, so the same second counts).
    if (sent >= read && sent <= now.getTime()) since++;
  }
  return { left: Math.max(0, page.left - since), from: 'page' };
}
