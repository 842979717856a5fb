import type { Advice } from '../lib/sequencing';
import { AdviceCard, type SignalName, type SignalToggles } from './AdviceCard';

const STATE_LABEL: Record<string, string> = {
  connectable: 'Not connected',
  pending: 'Invitation pending',
  'first-degree': '1st-degree connection',
  'follow-only': 'Follow only',
  incoming: 'Sent you an invitation',
  self: 'Your own profile',
  unknown: 'Connection state not recognised',
};

export interface ProfileCardProps {
  name: string;
  state: string;
  advice: Advice | null;
  now: Date;
  signals: SignalToggles;
  onToggleSignal: (name: SignalName, value: boolean) => void;
  tracked: boolean;
  onTrack: () => void;
  notice: string | null;
  theme: 'light' | 'dark';
}

/** The compact card under a profile's top card: the next step for this person, and tracking. */
export function ProfileCard(props: ProfileCardProps) {
  return (
    <section className="cc" data-theme={props.theme} aria-label="Connect Coach" data-testid="cc-profile-card">
      <div className="cc-head">
        <span className="cc-title">Connect Coach</span>
        <span className="cc-recipient" data-testid="cc-profile-state" data-state={props.state}>
          {props.name} · {STATE_LABEL[props.state] ?? props.state}
        </span>
        {props.tracked ? (
          <span className="cc-summary" data-testid="cc-tracked">
            Tracked
          </span>
        ) : (
          <button type="button" className="cc-btn" onClick={props.onTrack} data-testid="cc-track">
            Track this person
          </button>
        )}
      </div>
      {props.advice ? (
        <AdviceCard
          advice={props.advice}
          now={props.now}
          signals={props.signals}
          onToggleSignal={props.onToggleSignal}
          compact
        />
      ) : null}
      {props.notice ? (
        <p className="cc-note" role="status" data-testid="cc-profile-notice">
          {props.notice}
        </p>
      ) : null}
    </section>
  );
}
