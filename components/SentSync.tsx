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
      aria-label="Connect Coach: sync sent invitations"
      data-testid="cc-sent-sync"
      data-found={plan.found}
      data-new={newCount}
    >
      <div className="cc-head">
        <span className="cc-title">Connect Coach</span>
        <span className="cc-recipient">
          Found {plan.found} invitation{plan.found === 1 ? '' : 's'} on this page: {newCount} new,{' '}
          {plan.alreadyTracked.length} already tracked.
        </span>
      </div>
      <div className="cc-body">
        {newCount > 0 ? (
          <p className="cc-note">
            Importing keeps the sent dates LinkedIn shows ("Sent 2 weeks ago") as approximate dates.
            {approximate > 0
              ? ` ${approximate} label${approximate === 1 ? ' was' : 's were'} not understood and will use today.`
              : ''}
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
            Import {newCount} new
          </button>
          {!complete ? (
            <button
              type="button"
              className="cc-btn"
              disabled={busy}
              onClick={onComplete}
              data-testid="cc-sync-complete"
            >
              The list is fully loaded: check what is no longer here
            </button>
          ) : null}
        </div>
        {complete && plan.missing.length === 0 ? (
          <p className="cc-note">Every request you track as pending is still on this list.</p>
        ) : null}
        {complete && plan.missing.length > 0 ? (
          <div>
            <p className="cc-note">
              These tracked requests are no longer on the list. Were they accepted, or did you withdraw them?
            </p>
            <ul className="cc-warnings">
              {plan.missing.map((c) => (
                <li key={c.id} className="cc-warning" data-testid="cc-sync-missing">
                  {c.name}{' '}
                  <button
                    type="button"
                    className="cc-btn"
                    disabled={busy}
                    onClick={() => onResolve(c.id, 'accepted')}
                  >
                    Accepted
                  </button>
                  <button
                    type="button"
                    className="cc-btn"
                    disabled={busy}
                    onClick={() => onResolve(c.id, 'withdrawn')}
                  >
                    Withdrawn
                  </button>
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
