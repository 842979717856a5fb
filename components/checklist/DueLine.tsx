import { t } from '../../lib/i18n/t';
import { MESSAGING_URL, SENT_INVITATIONS_URL } from '../../lib/linkedin/page-urls';
import { localDaysBetween, pendingText, whenText } from '../../lib/tracker/format';
import type { DueItem } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';
import { actionLabel, shortActionLabel } from '../AdviceCard';
import { doneVerb, MESSAGE_KINDS } from './labels';

export interface DueLineProps {
  item: DueItem;
  contact: TrackedContact | undefined;
  now: Date;
  timeZone: string;
  busy: boolean;
  error: string | undefined;
  /** In the withdraw review: a tick box instead of the Done button. */
  selecting: boolean;
  ticked: boolean;
  onTick: (id: string, on: boolean) => void;
  onDone: (item: DueItem) => void;
  onTheirs: (item: DueItem, kind: 'accepted' | 'replied') => void;
  onSnooze: (item: DueItem, days: number) => void;
}

/** One step for one person: who, what, when on one line; the reason, links and snoozes on demand. */
export function DueLine({
  item,
  contact,
  now,
  timeZone,
  busy,
  error,
  selecting,
  ticked,
  onTick,
  onDone,
  onTheirs,
  onSnooze,
}: DueLineProps) {
  const age = item.kind === 'withdraw' ? pendingText(contact, now) : null;
  // Overdue once its local day has passed (the same rule as the words: "overdue by 1 day").
  const overdue = localDaysBetween(now, new Date(item.dueAt), timeZone) < 0;
  const when = whenText(item.dueAt, now, timeZone);
  return (
    <li
      className="cc-due-item"
      data-testid="cc-due-item"
      data-kind={item.kind}
      data-action={item.action}
      data-contact={item.contactId}
      data-due-at={item.dueAt}
      data-overdue={overdue ? 'true' : 'false'}
    >
      <div className="cc-due-row">
        {selecting ? (
          <input
            type="checkbox"
            className="cc-due-tick"
            data-testid="cc-due-tick"
            checked={ticked}
            aria-label={t('checklist_tick_withdrawn', { name: item.name })}
            onChange={(e) => onTick(item.contactId, e.target.checked)}
          />
        ) : null}
        <details className="cc-due-details">
          <summary
            className="cc-due-line"
            title={t('checklist_line_title', { name: item.name, action: actionLabel(item.action), when })}
          >
            <span className="cc-due-name">{item.name}</span>
            <span className="cc-due-action">{shortActionLabel(item.action)}</span>
            <span className="cc-due-when" data-overdue={overdue ? 'true' : 'false'} data-testid="cc-due-when">
              {when}
            </span>
          </summary>
          <div className="cc-due-more">
            <p className="cc-due-step">
              {actionLabel(item.action)}
              {age ? (
                <span className="cc-due-age" data-testid="cc-due-age">
                  {' '}
                  · {age}
                </span>
              ) : null}
            </p>
            <p className="cc-due-reason">{item.reason}</p>
            <div className="cc-due-links">
              <a href={item.profileUrl} target="_blank" rel="noreferrer">
                {t('checklist_open_profile')}
                <span className="cc-sr"> {t('checklist_profile_of', { name: item.name })}</span>
              </a>
              {MESSAGE_KINDS.has(item.kind) ? (
                <a href={MESSAGING_URL} target="_blank" rel="noreferrer">
                  {t('checklist_open_messages')}
                  <span className="cc-sr"> {t('common_new_tab')}</span>
                </a>
              ) : null}
              {item.kind === 'withdraw' ? (
                <a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer">
                  {t('checklist_sent_invitations')}
                  <span className="cc-sr"> {t('common_new_tab')}</span>
                </a>
              ) : null}
            </div>
            <div className="cc-due-buttons">
              {item.kind === 'withdraw' ? (
                <button
                  type="button"
                  className="cc-btn"
                  disabled={busy}
                  onClick={() => onTheirs(item, 'accepted')}
                >
                  {t('checklist_they_accepted')}
                </button>
              ) : null}
              {item.kind === 'follow-up' || item.kind === 'escalate' ? (
                <button
                  type="button"
                  className="cc-btn"
                  disabled={busy}
                  onClick={() => onTheirs(item, 'replied')}
                >
                  {t('checklist_they_replied')}
                </button>
              ) : null}
              <button
                type="button"
                className="cc-btn"
                data-testid="cc-due-snooze-day"
                disabled={busy}
                aria-label={t('checklist_snooze_day_aria', { name: item.name })}
                onClick={() => onSnooze(item, 1)}
              >
                {t('checklist_snooze_day')}
              </button>
              <button
                type="button"
                className="cc-btn"
                data-testid="cc-due-snooze-week"
                disabled={busy}
                aria-label={t('checklist_snooze_week_aria', { name: item.name })}
                onClick={() => onSnooze(item, 7)}
              >
                {t('checklist_snooze_week')}
              </button>
            </div>
          </div>
        </details>
        {selecting ? null : (
          <button
            type="button"
            className="cc-btn cc-due-done"
            data-testid="cc-due-done"
            disabled={busy}
            aria-label={t('checklist_done_aria', {
              verb: doneVerb(item.kind),
              action: actionLabel(item.action),
              name: item.name,
            })}
            onClick={() => onDone(item)}
          >
            {doneVerb(item.kind)}
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="cc-alert" data-testid="cc-due-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}
