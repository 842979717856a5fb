/**
 * The few figures the draft panel needs about the user's volume (requests in the last 7 days,
 * personalised notes left this month). The background computes them from the tracker; LinkedIn tabs
 * read this one small key instead of every contact.
 */
import { storage } from 'wxt/utils/storage';

export interface VolumeCache {
  last7Days: number;
  notesLeft: number;
  /** When these figures were last written (ISO); null until the background has computed them. */
  computedAt: string | null;
}

export const DEFAULT_VOLUME: VolumeCache = { last7Days: 0, notesLeft: 0, computedAt: null };

export const volumeItem = storage.defineItem<VolumeCache>('local:volume', { fallback: DEFAULT_VOLUME });

export function repairVolume(raw: unknown): VolumeCache {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
  return {
    last7Days: count(r.last7Days),
    notesLeft: count(r.notesLeft),
    computedAt:
      typeof r.computedAt === 'string' && !Number.isNaN(Date.parse(r.computedAt)) ? r.computedAt : null,
  };
}

export async function readVolume(): Promise<VolumeCache> {
  return repairVolume(await volumeItem.getValue());
}
