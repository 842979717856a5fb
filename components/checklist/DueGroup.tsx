import { t, tp } from '../../lib/i18n/t';
import { SENT_INVITATIONS_URL } from '../../lib/linkedin/page-urls';
import type { DueItem, DueKind } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';
import { DueLine } from './DueLine';
import { CHECKLIST_PAGE, groupTitle, itemKey } from './labels';
import type { DueActions } from './useDueActions';
import type { WithdrawReviewState } from './useWithdrawReview';

export interface DueGroupProps {
  kind: DueKind;
  items: readonly DueItem[];
  contacts: ReadonlyMap<string, TrackedContact>;
  now: Date;
  timeZone: string;
  /** How many lines are shown; the rest behind "Show more". */
  limit: number;
  onMore: () => void;
  actions: DueActions;
  review: WithdrawReviewState;
}

/**
 * One group of the checklist ("3 replies to answer"), its lines one page at a time; the stale
 * requests' group carries the "I withdrew these" review.
 */
export function DueGroup({
  kind,
  items,
  contacts,
  now,
  timeZone,
  limit,
  onMore,
  actions,
  review,
}: DueGroupProps) {
  const { reviewing, bulk } = review;
  const selecting = kind === 'withdraw' && reviewing !== null;
  const inReview = selecting ? items.filter((i) => reviewing.ids.includes(i.contactId)) : [];
  const tickedCount = inReview.filter((i) => !reviewing?.unticked.includes(i.contactId)).length;
  return (
    <section
      id={`cc-group-${kind}`}
      className="cc-due-group"
      data-testid="cc-due-group"
      data-kind={kind}
      aria-labelledby={`cc-group-${kind}-title`}
    >
      <div className="cc-due-group-head">
        <h3 id={`cc-group-${kind}-title`}>{groupTitle(kind, items.length)}</h3>
        {kind === 'withdraw' && !selecting ? (
          <button
            type="button"
            className="cc-btn"
            data-testid="cc-withdrew-these"
            onClick={() => review.startReview(items)}
          >
            {t(items.length === 1 ? 'checklist_withdrew_this' : 'checklist_withdrew_these', {
              count: items.length,
            })}
          </button>
        ) : null}
      </div>
      {selecting ? (
        <div className="cc-due-review" data-testid="cc-withdraw-review">
          <p className="cc-note">{t('checklist_review_hint')}</p>
          <div className="cc-due-buttons">
            <button
              type="button"
              className="cc-btn cc-btn-primary"
              data-testid="cc-mark-withdrawn"
              disabled={tickedCount === 0}
              onClick={() => void review.markWithdrawn(items)}
            >
              {tp('checklist_mark_withdrawn', tickedCount, { count: tickedCount })}
            </button>
            <button type="button" className="cc-btn" onClick={review.cancel}>
              {t('common_cancel')}
            </button>
            <a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer" className="cc-link">
              {t('checklist_sent_invitations')}
              <span className="cc-sr"> {t('common_new_tab')}</span>
            </a>
          </div>
        </div>
      ) : null}
      {kind === 'withdraw' && bulk ? (
        <p role={bulk.error ? 'alert' : 'status'} className={bulk.error ? 'cc-alert' : 'cc-note'}>
          {bulk.text}
        </p>
      ) : null}
      <ul className="cc-due-list">
        {items.slice(0, limit).map((item) => {
          const key = itemKey(item);
          return (
            <DueLine
              key={key}
              item={item}
              contact={contacts.get(item.contactId)}
              now={now}
              timeZone={timeZone}
              busy={actions.busy.has(key)}
              error={actions.errors.get(key)}
              selecting={selecting && reviewing.ids.includes(item.contactId)}
              ticked={!reviewing?.unticked.includes(item.contactId)}
              onTick={review.toggleTick}
              onDone={(i) => void actions.markDone(i)}
              onTheirs={(i, k) => void actions.markTheirs(i, k)}
              onSnooze={(i, days) => void actions.snooze(i, days)}
            />
          );
        })}
      </ul>
      {items.length > limit ? (
        <button type="button" className="cc-btn cc-more" data-testid="cc-checklist-more" onClick={onMore}>
          {t('checklist_show_more', {
            count: Math.min(CHECKLIST_PAGE, items.length - limit),
            left: items.length - limit,
          })}
        </button>
      ) : null}
    </section>
  );
}
