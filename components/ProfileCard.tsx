import { type PlainKey, t } from '../lib/i18n/t';
import type { Advice } from '../lib/sequencing';
import { AdviceCard, type SignalName, type SignalToggles } from './AdviceCard';

const STATE_KEY: Record<string, PlainKey> = {
  connectable: 'state_connectable',
  pending: 'state_pending',
  'first-degree': 'state_first_degree',
  'follow-only': 'state_follow_only',
  incoming: 'state_incoming',
  self: 'state_self',
  unknown: 'state_unknown',
};

const stateLabel = (state: string): string => {
  const key = Object.hasOwn(STATE_KEY, state) ? STATE_KEY[state] : undefined;
  return key ? t(key) : state;
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
    <section className="cc" data-theme={props.theme} aria-label={t('ext_name')} data-testid="cc-profile-card">
      <div className="cc-head">
        <span className="cc-title">{t('ext_name')}</span>
        <span className="cc-recipient" data-testid="cc-profile-state" data-state={props.state}>
          {props.name} · {stateLabel(props.state)}
        </span>
        {props.tracked ? (
          <span className="cc-summary" data-testid="cc-tracked">
            {t('profile_tracked')}
          </span>
        ) : (
          <button type="button" className="cc-btn" onClick={props.onTrack} data-testid="cc-track">
            {t('profile_track')}
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
