/**
 * The few figures the draft panel needs about the user's volume (requests in the last 7 days,
 * personalised notes left this month). The background computes them from the tracker; LinkedIn tabs
 * read this one small key instead of every contact.
 */
import { storage } from 'wxt/utils/storage';
import type { TrackedContact } from './schema';

export interface VolumeCache {
  last7Days: number;
  notesLeft: number;
  /** Where notesLeft comes from: LinkedIn's own quota line (page-quota.ts), or our count. */
  notesLeftFrom?: 'page' | 'count';
  /** When these figures were last written (ISO); null until the background has computed them. */
  computedAt: string | null;
}

const DEFAULT_VOLUME: VolumeCache = { last7Days: 0, notesLeft: 0, computedAt: null };

export const volumeItem = storage.defineItem<VolumeCache>('local:volume', { fallback: DEFAULT_VOLUME });

export function repairVolume(raw: unknown): VolumeCache {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
  return {
    last7Days: count(r.last7Days),
    notesLeft: count(r.notesLeft),
    ...(r.notesLeftFrom === 'page' || r.notesLeftFrom === 'count' ? { notesLeftFrom: r.notesLeftFrom } : {}),
    computedAt:
      typeof r.computedAt === 'string' && !Number.isNaN(Date.parse(r.computedAt)) ? r.computedAt : null,
  };
}

export async function readVolume(): Promise<VolumeCache> {
  return repairVolume(await volumeItem.getValue());
}

/** Requests this old or newer can count towards the 7-day volume or this month's note quota. */
const RECENT_DAYS = 40;

/**
 * The contacts whose request was sent in the last 40 days (or whose date does not parse: the
 * figures decide about those). The volume and quota figures read only these, so the background
 * computes them over dozens of contacts instead of 20,000 after every write. 40 days covers a
 * calendar month and a week with room for any time zone.
 */
export function recentRequests(contacts: readonly TrackedContact[], now: Date): TrackedContact[] {
  const from = now.getTime() - RECENT_DAYS * 86_400_000;
  const out: TrackedContact[] = [];
  for (const c of contacts) {
    const sentAt = c.request?.sentAt;
    if (sentAt === undefined) continue;
    const t = Date.parse(sentAt);
    if (Number.isNaN(t) || t >= from) out.push(c);
  }
  return out;
}
