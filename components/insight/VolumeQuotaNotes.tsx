import { t, tp } from '../../lib/i18n/t';
import { capState, NEAR_SHARE } from '../../lib/insight/evidence';
import { num } from '../../lib/insight/format';
import { notesLeftMessage } from '../../lib/insight/quota';
import { last7DaysMessage } from '../../lib/insight/volume';
import type { AccountType } from '../../lib/limits';

/*
 * For the draft panel (content script): the volume guard and the free-note quota, each shown only when
 * it matters. Styles come from the panel's own sheet (.cc-note, .cc-alert), so this file imports no CSS
 * and is safe to mount inside the panel's shadow root. Import it from this file, not through
 * InsightView (which brings the dashboard's stylesheet).
 */

export interface VolumeQuotaNotesProps {
  /** Requests sent in the rolling last 7 days (requestsInLast7Days). */
  last7Days: number;
  weeklyCap: number;
  /** Personalised notes left this month (notesUsedThisMonth(...).left). */
  notesLeft: number;
  /** The monthly quota (settings.monthlyFreeNotes): named in the line's tooltip. */
  quota: number;
  account: AccountType | null;
  /** The user is writing a note (non-empty draft); the quota line shows only then. Default true. */
  noteDrafted?: boolean;
  /** Where notesLeft comes from: LinkedIn's own quota line (kept from a dialog), or our count. */
  notesLeftFrom?: 'page' | 'count';
  /** This dialog shows LinkedIn's own quota line now: ours would only repeat it, so it is left out. */
  quotaOnPage?: boolean;
}

/** The volume line shows from 70% of the weekly cap. */
export function volumeMatters(last7Days: number, weeklyCap: number): boolean {
  return last7Days >= weeklyCap * NEAR_SHARE && last7Days > 0;
}

/** The quota line shows on a free account while a note is being drafted. */
export function quotaMatters(account: AccountType | null, noteDrafted = true): boolean {
  return account === 'free' && noteDrafted;
}

export function VolumeQuotaNotes({
  last7Days,
  weeklyCap,
  notesLeft,
  quota,
  account,
  noteDrafted = true,
  notesLeftFrom,
  quotaOnPage = false,
}: VolumeQuotaNotesProps) {
  const showVolume = volumeMatters(last7Days, weeklyCap);
  const showQuota = quotaMatters(account, noteDrafted) && !quotaOnPage;
  const fromPage = notesLeftFrom === 'page';
  if (!showVolume && !showQuota) return null;
  const volumeState = capState(last7Days, weeklyCap);
  const quotaState = notesLeft <= 0 ? 'over' : notesLeft === 1 ? 'near' : 'ok';
  return (
    <div className="cc-vq">
      {showVolume ? (
        <p
          className={volumeState === 'over' ? 'cc-alert' : 'cc-note'}
          data-testid="cc-volume"
          data-state={volumeState}
        >
          {last7DaysMessage(last7Days, weeklyCap)}
        </p>
      ) : null}
      {showQuota ? (
        <p
          className={quotaState === 'over' ? 'cc-alert' : 'cc-note'}
          data-testid="cc-quota"
          data-state={quotaState}
          data-quota={quota}
          data-from={notesLeftFrom ?? 'count'}
          title={fromPage ? t('quota_title_page') : t('quota_title', { quota })}
        >
          {fromPage
            ? notesLeft <= 0
              ? t('quota_by_linkedin_none')
              : tp('quota_by_linkedin', notesLeft, { count: num(notesLeft) })
            : notesLeftMessage(Math.max(0, notesLeft))}
          {notesLeft <= 0 ? t('quota_none_left') : ''}
        </p>
      ) : null}
    </div>
  );
}
