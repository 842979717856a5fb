import { SEED_TITLES } from '../lib/evidence';
import { type PlainKey, t } from '../lib/i18n/t';
import type { ActionId, Advice } from '../lib/sequencing';
import { whenText } from '../lib/tracker/format';
import { systemTimeZone } from '../lib/tracker/settings';

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

const SHORT_KEY: Record<ActionId, PlainKey> = {
  'engage-first': 'action_short_engage_first',
  'send-request-blank': 'action_short_send_request_blank',
  'send-request-with-note': 'action_short_send_request_with_note',
  'send-inmail': 'action_short_send_inmail',
  'send-message-request': 'action_short_send_message_request',
  'send-first-message': 'action_short_send_first_message',
  'send-follow-up': 'action_short_send_follow_up',
  escalate: 'action_short_escalate',
  wait: 'action_short_wait',
  'withdraw-request': 'action_short_withdraw_request',
  stop: 'action_short_stop',
  reply: 'action_short_reply',
  're-engage': 'action_short_re_engage',
};

/** The action in two or three words, for one-line lists (the checklist). */
export const shortActionLabel = (action: ActionId): string => t(SHORT_KEY[action]);

import type { SignalName, SignalToggles } from '../lib/tracker/person-advice';

export type { SignalName, SignalToggles };

const SIGNAL_KEY: Record<SignalName, PlainKey> = {
  engaged: 'signal_engaged',
  mutual: 'signal_mutual',
  trigger: 'signal_trigger',
  highValue: 'common_high_value',
};

/**
 * When the step is due, in the same words as the checklist and the dashboard (lib/tracker/format.ts),
 * in the zone the advisor used (the user's setting, carried on the background's answer).
 */
export function formatDue(
  advice: Pick<Advice, 'dueAt' | 'action'> & { timeZone?: string },
  now: Date,
): string | null {
  if (!advice.dueAt) return null;
  return whenText(advice.dueAt, now, advice.timeZone ?? systemTimeZone(), advice.action) || null;
}

export interface AdviceCardProps {
  /** The background's answer (a NextStep: it carries the zone and due day) or a plain Advice. */
  advice: Advice & { timeZone?: string; dueDay?: string | null };
  now: Date;
  signals?: SignalToggles;
  onToggleSignal?: (name: SignalName, value: boolean) => void;
  compact?: boolean;
}

/** One clear next step for this person, when, why, and the figure behind it. */
export function AdviceCard({ advice, now, signals, onToggleSignal, compact }: AdviceCardProps) {
  const due = formatDue(advice, now);
  return (
    <section
      className="cc-advice"
      data-testid="cc-advice"
      data-action={advice.action}
      data-due-at={advice.dueAt ?? ''}
      data-due-day={advice.dueDay ?? ''}
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
