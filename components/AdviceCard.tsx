import { SEED_TITLES } from '../lib/evidence';
import { type PlainKey, t, tp, uiLocale } from '../lib/i18n/t';
import type { ActionId, Advice } from '../lib/sequencing';

const ACTION_KEY: Record<ActionId, PlainKey> = {
  'engage-first': 'action_engage_first',
  'send-request-blank': 'action_send_request_blank',
  'send-request-with-note': 'action_send_request_with_note',
  'send-inmail': 'action_send_inmail',
  'send-message-request': 'action_send_message_request',
  'send-first-message': 'action_send_first_message',
  'send-follow-up': 'action_send_follow_up',
  escalate: 'action_escalate',
  wait: 'action_wait',
  'withdraw-request': 'action_withdraw_request',
  stop: 'action_stop',
  reply: 'action_reply',
  're-engage': 'action_re_engage',
};

/** What the advisor's action asks the user to do, in words. */
export const actionLabel = (action: ActionId): string => t(ACTION_KEY[action]);

import type { SignalName, SignalToggles } from '../lib/tracker/person-advice';

export type { SignalName, SignalToggles };

const SIGNAL_KEY: Record<SignalName, PlainKey> = {
  engaged: 'signal_engaged',
  mutual: 'signal_mutual',
  trigger: 'signal_trigger',
  highValue: 'common_high_value',
};

export function formatDue(dueAt: string | null, now: Date, overdue?: boolean): string | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  const days = Math.round((due.getTime() - now.getTime()) / 86_400_000);
  // In the UI's language (not the browser's default locale), on this device's clock.
  const date = due.toLocaleDateString(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
  if (overdue) return days <= -1 ? tp('due_overdue', -days, { days: -days, date }) : t('due_now', { date });
  if (days <= 0) return t('due_today', { date });
  return days === 1 ? t('due_tomorrow', { date }) : t('due_on', { date });
}

export interface AdviceCardProps {
  advice: Advice;
  now: Date;
  signals?: SignalToggles;
  onToggleSignal?: (name: SignalName, value: boolean) => void;
  compact?: boolean;
}

/** One clear next step for this person, when, why, and the figure behind it. */
export function AdviceCard({ advice, now, signals, onToggleSignal, compact }: AdviceCardProps) {
  const due = formatDue(advice.dueAt, now, advice.overdue);
  return (
    <section
      className="cc-advice"
      data-testid="cc-advice"
      data-action={advice.action}
      data-overdue={advice.overdue ? 'true' : 'false'}
      aria-label={t('advice_next_step')}
    >
      <div className="cc-advice-head">
        <span className="cc-advice-kicker">{t('advice_next_step')}</span>
        <strong className="cc-advice-action">{actionLabel(advice.action)}</strong>
        {due ? (
          <span className="cc-advice-due" data-overdue={advice.overdue ? 'true' : 'false'}>
            {due}
          </span>
        ) : null}
      </div>
      <p className="cc-advice-reason">{advice.reason}</p>
      <details className="cc-evidence">
        <summary>{t('evidence_why', { figure: advice.evidence.figure })}</summary>
        {advice.evidence.claim} <cite>({SEED_TITLES[advice.evidence.seed]})</cite>
      </details>
      {!compact && advice.alternatives.length > 0 ? (
        <ul className="cc-alternatives" aria-label={t('advice_alternatives')}>
          {advice.alternatives.map((a) => (
            <li key={a.action} data-action={a.action}>
              <span className="cc-alt-label">{t('advice_or', { action: actionLabel(a.action) })}</span>{' '}
              {a.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {signals && onToggleSignal ? (
        <fieldset className="cc-signals">
          <legend>{t('advice_signals_legend')}</legend>
          {(Object.keys(SIGNAL_KEY) as SignalName[]).map((name) => (
            <label key={name} className="cc-signal">
              <input
                type="checkbox"
                checked={signals[name]}
                onChange={(e) => onToggleSignal(name, e.target.checked)}
                data-testid={`cc-signal-${name}`}
              />
              {t(SIGNAL_KEY[name])}
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}
