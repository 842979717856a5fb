import { useEffect, useState } from 'react';
import { t, tp } from '../../lib/i18n/t';
import { SENT_INVITATIONS_URL } from '../../lib/linkedin/page-urls';
import type { DueItem } from '../../lib/tracker/reminders';
import { errorText } from '../../utils/messaging';
import type { WithdrawReview } from '../../utils/withdraw-review';
import { itemKey } from './labels';
import type { DueActions } from './useDueActions';

/** Where an unfinished "I withdrew these" review is kept while the popup is closed. */
export interface ReviewStore {
  load: () => Promise<WithdrawReview | null>;
  save: (r: WithdrawReview | null) => Promise<void>;
}

/**
 * "I withdrew these": the user withdraws stale requests on LinkedIn's Sent page (opened in a new
 * tab), then ticks here what they withdrew and we record it. The review survives the popup closing.
 */
export function useWithdrawReview(
  actions: Pick<DueActions, 'markBusy' | 'hide' | 'doneRequest'>,
  openTab: (url: string) => void,
  review?: ReviewStore,
) {
  const [reviewing, setReviewing] = useState<WithdrawReview | null>(null);
  const [bulk, setBulk] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (!review) return;
    let live = true;
    review
      .load()
      .then((r) => {
        if (live && r) setReviewing(r);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [review]);

  const saveReview = (r: WithdrawReview | null) => {
    setReviewing(r);
    void review?.save(r).catch(() => {});
  };
  const startReview = (list: readonly DueItem[]) => {
    setBulk(null);
    saveReview({ ids: list.map((i) => i.contactId), unticked: [] });
    openTab(SENT_INVITATIONS_URL);
  };
  const toggleTick = (id: string, on: boolean) => {
    if (!reviewing) return;
    const unticked = new Set(reviewing.unticked);
    if (on) unticked.delete(id);
    else unticked.add(id);
    saveReview({ ...reviewing, unticked: [...unticked] });
  };
  const markWithdrawn = async (list: readonly DueItem[]) => {
    if (!reviewing) return;
    const chosen = list.filter(
      (i) => reviewing.ids.includes(i.contactId) && !reviewing.unticked.includes(i.contactId),
    );
    const failed: string[] = [];
    let marked = 0;
    const keys = chosen.map(itemKey);
    actions.markBusy(keys, true);
    setBulk({ text: t('checklist_marking', { index: 0, total: chosen.length }), error: false });
    // All at once: the background's writer takes them one after another anyway.
    await Promise.all(
      chosen.map(async (item) => {
        try {
          await actions.doneRequest(item);
          marked++;
          actions.hide(itemKey(item));
          setBulk({ text: t('checklist_marking', { index: marked, total: chosen.length }), error: false });
        } catch (err) {
          failed.push(t('checklist_failed_item', { name: item.name, error: errorText(err) }));
        }
      }),
    );
    actions.markBusy(keys, false);
    saveReview(null);
    setBulk(
      failed.length
        ? {
            text: t('checklist_marked_withdrawn_failed', {
              count: marked,
              failed: failed.length,
              details: failed.slice(0, 3).join('; '),
            }),
            error: true,
          }
        : {
            text: tp('checklist_marked_withdrawn', marked, { count: marked }),
            error: false,
          },
    );
  };

  const cancel = () => saveReview(null);

  return { reviewing, bulk, startReview, toggleTick, markWithdrawn, cancel };
}

export type WithdrawReviewState = ReturnType<typeof useWithdrawReview>;
