import { SEED_TITLES } from '../lib/evidence';
import type { ActionId, Advice } from '../lib/sequencing';

export const ACTION_LABEL: Record<ActionId, string> = {
  'engage-first': 'Engage with their content first',
  'send-request-blank': 'Send the request without a note',
  'send-request-with-note': 'Send the request with a short note',
  'send-inmail': 'Send an InMail',
  'send-message-request': 'Send a message request',
  'send-first-message': 'Send your first message',
  'send-follow-up': 'Send a follow-up',
  escalate: 'Try another channel (InMail or email)',
  wait: 'Wait',
  'withdraw-request': 'Withdraw the request',
  stop: 'Stop here',
  reply: 'Reply to them',
  're-engage': 'Re-engage with a new reason',
};

/** Signals the page cannot show; the user sets them with one click each. */
export interface SignalToggles {
  engaged: boolean;
  mutual: boolean;
  trigger: boolean;
  highValue: boolean;
}

export type SignalName = keyof SignalToggles;

const SIGNAL_LABEL: Record<SignalName, string> = {
  engaged: 'They engaged with my content',
  mutual: 'We share a contact',
  trigger: 'New role or company news',
  highValue: 'High-value contact',
};

export function formatDue(dueAt: string | null, now: Date, overdue?: boolean): string | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  const days = Math.round((due.getTime() - now.getTime()) / 86_400_000);
  const date = due.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  if (overdue)
    return days <= -1
      ? `overdue by ${-days} day${days === -1 ? '' : 's'} (due ${date})`
      : `due now (${date})`;
  if (days <= 0) return `due today (${date})`;
  return days === 1 ? `tomorrow (${date})` : `on ${date}`;
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
      aria-label="Next step"
    >
      <div className="cc-advice-head">
        <span className="cc-advice-kicker">Next step</span>
        <strong className="cc-advice-action">{ACTION_LABEL[advice.action]}</strong>
        {due ? (
          <span className="cc-advice-due" data-overdue={advice.overdue ? 'true' : 'false'}>
            {due}
          </span>
        ) : null}
      </div>
      <p className="cc-advice-reason">{advice.reason}</p>
      <details className="cc-evidence">
        <summary>Why: {advice.evidence.figure}</summary>
        {advice.evidence.claim} <cite>({SEED_TITLES[advice.evidence.seed]})</cite>
      </details>
      {!compact && advice.alternatives.length > 0 ? (
        <ul className="cc-alternatives" aria-label="Alternatives">
          {advice.alternatives.map((a) => (
            <li key={a.action} data-action={a.action}>
              <span className="cc-alt-label">Or: {ACTION_LABEL[a.action]}.</span> {a.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {signals && onToggleSignal ? (
        <fieldset className="cc-signals">
          <legend>What the page cannot show</legend>
          {(Object.keys(SIGNAL_LABEL) as SignalName[]).map((name) => (
            <label key={name} className="cc-signal">
              <input
                type="checkbox"
                checked={signals[name]}
                onChange={(e) => onToggleSignal(name, e.target.checked)}
                data-testid={`cc-signal-${name}`}
              />
              {SIGNAL_LABEL[name]}
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}
