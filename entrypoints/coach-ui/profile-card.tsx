import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SignalName } from '../../components/AdviceCard';
import { ProfileCard, type ProfileCardProps } from '../../components/ProfileCard';
import { t } from '../../lib/i18n/t';
import type { PersonOnPage } from '../../lib/linkedin/person';
import { pageTheme } from '../../lib/linkedin/theme';
import type { TrackedSummary } from '../../lib/tracker/person-advice';
import { requestAdvice, setSignal, trackPerson, watchKey } from './person-advice';
import { type CoachUi, createCoachUi } from './shadow-ui';
import { sendTracker } from './tracker-client';

type CardState = Omit<ProfileCardProps, 'onToggleSignal' | 'onTrack'>;

function CardApp({
  store,
  onSignal,
  onTrack,
}: {
  store: StoreApi<CardState>;
  onSignal: (n: SignalName, v: boolean) => void;
  onTrack: () => void;
}) {
  const state = useStore(store);
  return <ProfileCard {...state} onToggleSignal={onSignal} onTrack={onTrack} />;
}

/** Where the card goes: right after the top card section, so it never covers LinkedIn's buttons. */
export function topCardAnchor(doc: Document): Element | null {
  const heading = doc.querySelector('main h1, main section h2');
  return heading?.closest('section') ?? doc.querySelector('main section') ?? doc.querySelector('main > *');
}

export class ProfileCardMount {
  private ui: CoachUi | null = null;
  private tracked: TrackedSummary | null = null;
  private removed = false;
  private readonly store: StoreApi<CardState>;
  private unwatch: () => void = () => {};
  private watchedKey: string | null = null;
  private acceptedSynced = false;

  constructor(
    private readonly ctx: ContentScriptContext,
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
      // The card sits beside the anchor, so it matches what is around it, not the card it follows.
      theme: pageTheme(anchor.parentElement ?? anchor),
    }));
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
    const res = await sendTracker({ type: 'tracker/accepted', id: contact.id, at: new Date().toISOString() });
    this.store.setState({
      notice: res.ok
        ? t('notice_accepted', { name: contact.name })
        : t('notice_accept_failed', { error: res.error.message }),
    });
  }

  private readonly onSignal = (name: SignalName, value: boolean) => {
    this.store.setState({ signals: { ...this.store.getState().signals, [name]: value } });
    void setSignal(this.pagePerson(), name, value).then((error) => {
      if (error) this.store.setState({ notice: error });
    });
  };

  private readonly onTrack = () => {
    void trackPerson(this.pagePerson()).then((error) =>
      this.store.setState({
        notice: error ?? t('notice_tracking', { name: this.person.name }),
      }),
    );
  };

  async mount() {
    const ui = await createCoachUi(this.ctx, {
      name: 'connect-coach-card',
      anchor: this.anchor,
      append: 'after',
      render: () => <CardApp store={this.store} onSignal={this.onSignal} onTrack={this.onTrack} />,
    });
    if (this.removed || !this.anchor.isConnected) return;
    this.ui = ui;
    ui.mount();
  }

  remove() {
    this.removed = true;
    this.unwatch();
    this.ui?.remove();
    this.ui = null;
  }
}
