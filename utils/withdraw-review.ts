/**
 * The popup's "I withdrew these" review, kept in session storage while the user is on LinkedIn's
 * Sent page (opening that tab closes the popup): the stale requests listed and the ones unticked.
 * Gone when the browser closes; repaired on read.
 */
import { storage } from 'wxt/utils/storage';

/** The stale requests the user is ticking off after withdrawing them on LinkedIn. */
export interface WithdrawReview {
  ids: string[];
  /** Ids the user unticked: not withdrawn (yet). */
  unticked: string[];
}

const item = storage.defineItem<WithdrawReview | null>('session:withdrawReview', { fallback: null });

const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 20_000) : [];

export function repairReview(raw: unknown): WithdrawReview | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const list = ids(r.ids);
  return list.length ? { ids: list, unticked: ids(r.unticked) } : null;
}

export const withdrawReviewStore = {
  load: async () => repairReview(await item.getValue()),
  save: async (r: WithdrawReview | null) => {
    await item.setValue(r);
  },
};
