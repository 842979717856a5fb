import { t, tp } from '../lib/i18n/t';
import type { SentSyncPlan } from '../lib/tracker/sync';

export interface SentSyncProps {
  plan: SentSyncPlan;
  /** The user said the list is fully loaded ("Load more" until the end). */
  complete: boolean;
  busy: boolean;
  message: string | null;
  theme: 'light' | 'dark';
  onImport: () => void;
  onComplete: () => void;
  onResolve: (id: string, outcome: 'accepted' | 'withdrawn') => void;
}

/** What became of a request that left LinkedIn's Sent list, and its button. */
const OUTCOMES = [
  ['accepted', 'sync_accepted'],
  ['withdrawn', 'sync_withdrawn'],
] as const;

/** On LinkedIn's Sent invitations page: found N, M new, K already tracked; import; reconcile what left the list. */
export function SentSync({
  plan,
  complete,
  busy,
  message,
  theme,
  onImport,
  onComplete,
  onResolve,
}: SentSyncProps) {
  const newCount = plan.new.length;
  const approximate = plan.new.filter((n) => !n.labelUnderstood).length;
  return (
    <section
      className="cc"
      data-theme={theme}
      aria-label={t('sync_aria')}
      data-testid="cc-sent-sync"
      data-found={plan.found}
      data-new={newCount}
    >
      <div className="cc-head">
        <span className="cc-title">{t('ext_name')}</span>
        <span className="cc-recipient">
          {tp('sync_found', plan.found, {
            found: plan.found,
            new: newCount,
            tracked: plan.alreadyTracked.length,
          })}
        </span>
      </div>
      <div className="cc-body">
        {newCount > 0 ? (
          <p className="cc-note">
            {t('sync_dates_note')}
            {approximate > 0 ? ` ${tp('sync_not_understood', approximate, { count: approximate })}` : ''}
          </p>
        ) : null}
        <div className="cc-head">
          <button
            type="button"
            className="cc-btn"
            disabled={busy || newCount === 0}
            onClick={onImport}
            data-testid="cc-sync-import"
          >
            {t('sync_import', { count: newCount })}
          </button>
          {!complete ? (
            <button
              type="button"
              className="cc-btn"
              disabled={busy}
              onClick={onComplete}
              data-testid="cc-sync-complete"
            >
              {t('sync_complete')}
            </button>
          ) : null}
        </div>
        {complete && plan.missing.length === 0 ? <p className="cc-note">{t('sync_all_present')}</p> : null}
        {complete && plan.missing.length > 0 ? (
          <div>
            <p className="cc-note">{t('sync_missing')}</p>
            <ul className="cc-warnings">
              {plan.missing.map((c) => (
                <li key={c.id} className="cc-warning" data-testid="cc-sync-missing">
                  {c.name}{' '}
                  {OUTCOMES.map(([outcome, label]) => (
                    <button
                      key={outcome}
                      type="button"
                      className="cc-btn"
                      disabled={busy}
                      onClick={() => onResolve(c.id, outcome)}
                    >
                      {t(label)}
                    </button>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {message ? (
          <p className="cc-note" role="status" data-testid="cc-sync-message">
            {message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
