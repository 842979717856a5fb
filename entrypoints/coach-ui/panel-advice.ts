import type { StoreApi } from 'zustand/vanilla';
import type { SignalName } from '../../components/AdviceCard';
import type { PanelField } from '../../components/Coaching';
import { type DraftFacts, draftFacts, sameDraftFacts } from '../../lib/draft/draft-facts';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import type { PersonFacts } from '../../lib/linkedin/facts-types';
import { readPersonFacts } from '../../lib/linkedin/page-facts';
import { readNoteQuota } from '../../lib/linkedin/quota';
import type { SignalToggles as Signals, TrackedSummary } from '../../lib/tracker/person-advice';
import type { PanelState } from './panel-app';
import type { PanelEnv } from './panel-env';
import { type PagePerson, requestAdvice, setSignal, watchKey } from './person-advice';

const NO_SIGNALS: Signals = { engaged: false, mutual: false, trigger: false, highValue: false };

/** A change in what the advisor reads from the draft (empty, hook, greeting) waits for typing to pause. */
const DRAFT_ADVICE_PAUSE_MS = 300;

/**
 * One box's next step: who the box is about and their tracker record, asked of the background again
 * when the record or what the advisor reads from the draft changes; the signals the user toggles.
 */
export class PanelAdvice {
  private who: PagePerson | null = null;
  private record: TrackedSummary | null = null;
  private unwatch: () => void = () => {};
  private watched: string | null = null;
  /** What the advisor reads from the draft now, and what it was last asked with (undefined: never). */
  private draft: DraftFacts | null = null;
  private askedDraft: DraftFacts | null | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly store: StoreApi<PanelState>,
    private readonly env: PanelEnv,
    private readonly surface: () => DetectedSurface,
  ) {}

  /** Who this box is about, once read (null for comments and posts). */
  get person(): PagePerson | null {
    return this.who;
  }

  /** Their tracker record, as the background last answered. */
  get tracked(): TrackedSummary | null {
    return this.record;
  }

  /**
   * What the advisor reads from the draft: empty or not, a note that references something specific
   * (blank vs with a note), the name in the greeting. Asked again only when one of those changes,
   * once typing pauses.
   */
  noticeDraft(fields: PanelField[], texts: string[]) {
    const facts = draftFacts(
      this.surface().kind,
      fields.map((f, i) => ({
        name: f.name,
        text: texts[i] ?? '',
        ...(f.report ? { report: f.report } : {}),
      })),
    );
    if (sameDraftFacts(facts, this.draft)) return;
    this.draft = facts;
    if (this.askedDraft === undefined || sameDraftFacts(facts, this.askedDraft ?? null)) {
      clearTimeout(this.timer);
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), DRAFT_ADVICE_PAUSE_MS);
  }

  /**
   * What the page shows about this person, read here where the box is known: the profile when it is
   * theirs, and this conversation's last message. Only for conversations in the top frame: a frame's
   * own page lacks the profile, and the invitation dialog's quota line is read by the background with
   * the rest of the page (it reads the frame itself when no facts come).
   */
  private pageFacts(person: PagePerson): PersonFacts | null {
    const s = this.surface();
    if (s.kind === 'connection-note' || window.top !== window) return null;
    try {
      const form = s.key.closest('form') ?? s.area;
      return readPersonFacts(document, location.href, person, new Date(), s.container, form);
    } catch {
      return null;
    }
  }

  /** Reads the person and their tracker record, and asks the advisor for the next step. */
  async load() {
    clearTimeout(this.timer);
    const person = this.env.person(this.surface());
    this.who = person;
    // LinkedIn's own quota line is there or not whoever the dialog is for.
    if (this.surface().kind === 'connection-note') this.store.setState({ quotaOnPage: this.quotaOnPage() });
    if (!person) return;
    const seq = ++this.seq;
    const draft = this.draft;
    this.askedDraft = draft;
    const facts = this.pageFacts(person);
    const answer = await requestAdvice(person, {
      ...(draft ? { draft } : {}),
      ...(facts ? { facts } : {}),
    });
    // A newer question was asked meanwhile (the draft changed): its answer wins.
    if (this.disposed || seq !== this.seq) return;
    if (this.watched !== answer.watchKey) {
      this.unwatch();
      this.unwatch = watchKey(answer.watchKey, () => void this.load());
      this.watched = answer.watchKey;
    }
    this.record = answer.tracked;
    const signals = person.profileUrl ? (answer.tracked?.signals ?? NO_SIGNALS) : null;
    this.store.setState({ advice: answer.advice, verdict: answer.draft ?? null, signals });
  }

  /** LinkedIn's own quota line in this invitation dialog (then ours would only repeat it). */
  private quotaOnPage(): boolean {
    try {
      return readNoteQuota(this.surface().container) !== null;
    } catch {
      return false;
    }
  }

  readonly toggleSignal = (name: SignalName, value: boolean) => {
    const person = this.who;
    if (!person) return;
    const current = this.store.getState().signals;
    if (current) this.store.setState({ signals: { ...current, [name]: value } });
    void setSignal(person, name, value).then((error) => {
      if (error) this.store.setState({ notice: error });
    });
  };

  dispose() {
    this.disposed = true;
    clearTimeout(this.timer);
    this.unwatch();
  }
}
