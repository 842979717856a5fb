/**
 * On a profile page: a chip with the next step for this person, floating in space the top card leaves
 * free (never inserted into LinkedIn's layout), that opens the card with the advice, one-click signals
 * and "Track this person". A profile that turns 1st degree marks the tracked request accepted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { actionLabel, type SignalName } from '../../components/AdviceCard';
import { ProfileCard, type ProfileCardProps } from '../../components/ProfileCard';
import { t } from '../../lib/i18n/t';
import type { PersonOnPage } from '../../lib/linkedin/profile';
import { pageTheme } from '../../lib/linkedin/theme';
import type { TrackedSummary } from '../../lib/tracker/person-advice';
import { errorText, send } from '../../utils/messaging';
import { ChipCard } from './floating/chip-card';
import { FloatingPiece, insideCorners } from './floating/piece';
import { requestAdvice, setSignal, trackPerson, watchKey } from './person-advice';

type CardState = Omit<ProfileCardProps, 'onToggleSignal' | 'onTrack'>;

function CardApp({ mount, piece }: { mount: ProfileCardMount; piece: FloatingPiece }) {
  const state = useStore(mount.store);
  const chipText = state.advice
    ? t('profile_chip', { action: actionLabel(state.advice.action) })
    : t('profile_chip_loading');
  return (
    <ChipCard
      piece={piece}
      theme={state.theme}
      chipTestId="cc-profile-chip"
      srLabel={t('profile_chip_sr', { name: state.name })}
      label={chipText}
    >
      <ProfileCard {...state} onToggleSignal={mount.onSignal} onTrack={mount.onTrack} />
    </ChipCard>
  );
}

export class ProfileCardMount {
  private tracked: TrackedSummary | null = null;
  private removed = false;
  readonly store: StoreApi<CardState>;
  private unwatch: () => void = () => {};
  private watchedKey: string | null = null;
  private acceptedSynced = false;
  readonly piece: FloatingPiece;

  constructor(
    ctx: ContentScriptContext,
    readonly person: PersonOnPage & { name: string; profileUrl: string },
    readonly anchor: Element,
  ) {
    this.store = createStore<CardState>(() => ({
      name: person.name,
      state: person.state,
      advice: null,
      now: new Date(),
      signals: { engaged: false, mutual: false, trigger: false, highValue: false },
      tracked: false,
      notice: null,
      theme: pageTheme(anchor),
    }));
    this.piece = new FloatingPiece(ctx, {
      name: 'connect-coach-card',
      anchor,
      chipPlans: insideCorners,
      render: (piece) => <CardApp mount={this} piece={piece} />,
    });
    void this.refresh();
  }

  private pagePerson() {
    const p = this.person;
    return { name: p.name, profileUrl: p.profileUrl, headline: p.headline, degree: p.degree, state: p.state };
  }

  async refresh() {
    const answer = await requestAdvice(this.pagePerson());
    if (this.removed) return;
    if (this.watchedKey !== answer.watchKey) {
      this.unwatch();
      this.unwatch = watchKey(answer.watchKey, () => void this.refresh());
      this.watchedKey = answer.watchKey;
    }
    this.tracked = answer.tracked;
    await this.syncAccepted();
    const signals = answer.tracked?.signals ?? this.store.getState().signals;
    this.store.setState({
      advice: answer.advice,
      now: new Date(),
      signals,
      tracked: answer.tracked !== null,
    });
  }

  /** A pending request whose profile now shows 1st degree was accepted: record when we first saw it. */
  private async syncAccepted() {
    const contact = this.tracked;
    if (
      this.acceptedSynced ||
      !contact ||
      this.person.state !== 'first-degree' ||
      contact.status !== 'pending'
    )
      return;
    this.acceptedSynced = true;
    const notice = await send({
      type: 'tracker/accepted',
      id: contact.id,
      at: new Date().toISOString(),
    }).then(
      () => t('notice_accepted', { name: contact.name }),
      (err) => t('notice_accept_failed', { error: errorText(err) }),
    );
    this.store.setState({ notice });
  }

  readonly onSignal = (name: SignalName, value: boolean) => {
    this.store.setState({ signals: { ...this.store.getState().signals, [name]: value } });
    void setSignal(this.pagePerson(), name, value).then((error) => {
      if (error) this.store.setState({ notice: error });
    });
  };

  readonly onTrack = () => {
    void trackPerson(this.pagePerson()).then((error) =>
      this.store.setState({ notice: error ?? t('notice_tracking', { name: this.person.name }) }),
    );
  };

  mount(modals: Element[]) {
    return this.piece.mount(modals);
  }

  sync(modals: Element[], changed: boolean) {
    this.piece.sync(modals, changed);
  }

  remove() {
    this.removed = true;
    this.unwatch();
    this.piece.remove();
  }
}
