import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { AdviceCard, type SignalName, type SignalToggles } from '../../components/AdviceCard';
import { DraftPanel, type PanelField } from '../../components/DraftPanel';
import { VolumeQuotaNotes } from '../../components/insight/VolumeQuotaNotes';
import { LabelPicker } from '../../components/LabelPicker';
import { analyzeDraft, type DraftReport, type PreparedHistory } from '../../lib/draft';
import { type AccountType, type FieldName, resolveLimit } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { pageTheme } from '../../lib/linkedin/theme';
import type { Advice } from '../../lib/sequencing';
import { draftSurfaceFor } from '../../lib/surfaces';
import { type Labels, renameLabel, withLabel } from '../../lib/tracker/labels';
import type { SignalToggles as Signals, TrackedSummary } from '../../lib/tracker/person-advice';
import type { Settings } from '../../lib/tracker/settings';
import type { VolumeCache } from '../../lib/tracker/volume-cache';
import { LiveField } from './live-field';
import { type PagePerson, requestAdvice, setSignal, watchKey } from './person-advice';
import { isPrimaryAction } from './send-capture';
import { type CoachUi, createCoachUi } from './shadow-ui';

const NO_SIGNALS: Signals = { engaged: false, mutual: false, trigger: false, highValue: false };

/** Short notes are analysed on every keystroke; long messages after typing pauses. */
const SYNC_ANALYSIS_CHARS = 2000;
const LONG_TEXT_PAUSE_MS = 150;
/** How soon after Send/Enter an emptied box counts as sent. */
const SEND_WINDOW_MS = 2000;

export interface PanelEnv {
  account: () => AccountType | null;
  /** The user's earlier notes, for template similarity. */
  history: () => PreparedHistory | undefined;
  settings: () => Settings;
  /** Who this box is about, read from the page (null for comments and posts). */
  person: (surface: DetectedSurface) => PagePerson | null;
  /** The user pressed LinkedIn's Send in this invitation dialog, with this note. */
  onInviteSend: (person: PagePerson, note: string) => void;
  /** The user sent a message from this box (LinkedIn cleared it right after Send or Enter). */
  onMessageSent: (person: PagePerson, tracked: TrackedSummary | null) => void;
  collapsed: StoreApi<boolean>;
  /** Version and audience labels for connection notes (issue 6: which note works). */
  labels: StoreApi<Labels>;
  setLabels: (next: Labels) => void;
  /** Requests in the last 7 days and free notes left this month (kept fresh by the background). */
  volume: StoreApi<VolumeCache>;
  setCollapsed: (value: boolean) => void;
}

interface PanelState {
  surface: DetectedSurface;
  fields: PanelField[];
  theme: 'light' | 'dark';
  advice: Advice | null;
  signals: SignalToggles | null;
  notice: string | null;
  compact: boolean;
}

/** Containers shorter than this (chat bubbles) get the compact panel. */
const COMPACT_BELOW_PX = 560;

function isTight(key: Element, container: Element): boolean {
  if (key.closest('.msg-overlay-conversation-bubble')) return true;
  const h = container.getBoundingClientRect().height;
  return h > 0 && h < COMPACT_BELOW_PX;
}

function PanelApp({
  store,
  env,
  onSignal,
}: {
  store: StoreApi<PanelState>;
  env: PanelEnv;
  onSignal: (n: SignalName, v: boolean) => void;
}) {
  const { surface, fields, theme, advice, signals, notice, compact } = useStore(store);
  const collapsed = useStore(env.collapsed);
  const labels = useStore(env.labels);
  const volume = useStore(env.volume);
  const settings = env.settings();
  const noteDrafted = (fields[0]?.count ?? 0) > 0;
  return (
    <DraftPanel
      kind={surface.kind}
      recipient={surface.recipient}
      fields={fields}
      collapsed={collapsed}
      onToggleCollapsed={() => env.setCollapsed(!collapsed)}
      theme={theme}
      compact={compact}
    >
      {surface.kind === 'connection-note' && volume.computedAt ? (
        <VolumeQuotaNotes
          last7Days={volume.last7Days}
          weeklyCap={settings.weeklyCap}
          notesLeft={volume.notesLeft}
          quota={settings.monthlyFreeNotes}
          account={settings.accountType}
          noteDrafted={noteDrafted}
        />
      ) : null}
      {surface.kind === 'connection-note' ? (
        <LabelPicker
          labels={labels}
          onChoose={(kind, label) => env.setLabels(withLabel(env.labels.getState(), kind, label))}
          onRename={(kind, from, to) => env.setLabels(renameLabel(env.labels.getState(), kind, from, to))}
        />
      ) : null}
      {advice ? (
        <AdviceCard
          advice={advice}
          now={new Date()}
          signals={signals ?? undefined}
          onToggleSignal={onSignal}
        />
      ) : null}
      {notice ? (
        <p className="cc-note" role="status">
          {notice}
        </p>
      ) : null}
    </DraftPanel>
  );
}

export class SurfacePanel {
  private abort = new AbortController();
  private readonly store: StoreApi<PanelState>;
  private live: LiveField[] = [];
  private ui: CoachUi | null = null;
  private removed = false;
  private analysisSeq = 0;
  private analysisTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly reports = new Map<FieldName, { key: string; report: DraftReport }>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private surface: DetectedSurface,
    private readonly env: PanelEnv,
  ) {
    this.store = createStore<PanelState>(() => ({
      surface,
      fields: [],
      theme: pageTheme(surface.container),
      advice: null,
      signals: null,
      notice: null,
      compact: surface.kind !== 'connection-note' && isTight(surface.key, surface.container),
    }));
    this.bindFields();
    this.watchSendIntent();
    void this.loadAdvice();
    ctx.onInvalidated(() => this.remove());
  }

  private person: PagePerson | null = null;
  private tracked: TrackedSummary | null = null;
  private unwatchTracked: () => void = () => {};
  private watchedKey: string | null = null;
  private lastBodyText = '';
  private sendIntentAt = 0;

  private draftHasHook = false;

  /** A note that already references something specific changes the advice (blank vs with a note). */
  private noticeHook(fields: PanelField[]) {
    if (this.surface.kind !== 'connection-note') return;
    const report = fields[0]?.report;
    // Enough words to judge, and neither "nothing specific" nor a generic opener flagged.
    const hasHook = Boolean(
      report &&
        report.stats.words >= 8 &&
        !report.warnings.some((w) => w.rule === 'no-hook' || w.rule === 'generic-opener'),
    );
    if (hasHook === this.draftHasHook) return;
    this.draftHasHook = hasHook;
    void this.loadAdvice();
  }

  /** Reads the person and their tracker record, and asks the advisor for the next step. */
  async loadAdvice() {
    const person = this.env.person(this.surface);
    this.person = person;
    if (!person) return;
    const answer = await requestAdvice(person, this.draftHasHook);
    if (this.removed) return;
    if (this.watchedKey !== answer.watchKey) {
      this.unwatchTracked();
      this.unwatchTracked = watchKey(answer.watchKey, () => void this.loadAdvice());
      this.watchedKey = answer.watchKey;
    }
    this.tracked = answer.tracked;
    const signals = person.profileUrl ? (answer.tracked?.signals ?? NO_SIGNALS) : null;
    this.store.setState({ advice: answer.advice, signals });
  }

  readonly toggleSignal = (name: SignalName, value: boolean) => {
    const person = this.person;
    if (!person) return;
    const current = this.store.getState().signals;
    if (current) this.store.setState({ signals: { ...current, [name]: value } });
    void setSignal(person, name, value).then((error) => {
      if (error) this.store.setState({ notice: error });
    });
  };

  get container(): Element {
    return this.surface.container;
  }

  /** Send is a click on the form's submit button or Enter in the editor; we only watch for it. */
  private watchSendIntent() {
    if (this.surface.kind === 'connection-note') {
      const dialog = this.surface.container;
      dialog.addEventListener(
        'click',
        (e) => {
          const button = (e.target as Element | null)?.closest?.('button');
          if (!button || !isPrimaryAction(button, dialog) || !this.person) return;
          this.env.onInviteSend(this.person, (this.live[0] as LiveField).read().text);
        },
        { signal: this.abort.signal, capture: true, passive: true },
      );
      return;
    }
    if (this.surface.kind !== 'message' && this.surface.kind !== 'inmail' && this.surface.kind !== 'salesnav')
      return;
    const opts = { signal: this.abort.signal, capture: true, passive: true } as const;
    const form = this.surface.key.closest('form') ?? this.surface.anchor;
    form.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element | null)?.closest?.('button');
        if (button && (button.getAttribute('type') === 'submit' || /send/i.test(button.className))) {
          this.sendIntentAt = Date.now();
        }
      },
      opts,
    );
    this.surface.key.addEventListener(
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        if (k.key === 'Enter' && !k.shiftKey) this.sendIntentAt = Date.now();
      },
      opts,
    );
  }

  get key(): HTMLElement {
    return this.surface.key;
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private bindFields() {
    this.live = this.surface.fields.map(
      (f) =>
        new LiveField(
          f.element,
          () => resolveLimit(this.surface.kind, f.name, f.pageLimit, this.env.account()),
          () => this.refresh(),
          this.abort.signal,
        ),
    );
    this.refresh();
  }

  /**
   * Re-reads every field and publishes the counts at once; the note-quality analysis follows,
   * synchronously for short texts and after a pause for long ones. A stale analysis never replaces a
   * newer one (sequence number), and an unchanged text is not analysed again.
   */
  refresh() {
    const texts: string[] = [];
    const fields: PanelField[] = this.surface.fields.map((f, i) => {
      const reading = (this.live[i] as LiveField).read();
      texts.push(reading.text);
      const limit = resolveLimit(this.surface.kind, f.name, f.pageLimit, this.env.account());
      const previous = this.reports.get(f.name)?.report;
      return {
        name: f.name,
        count: reading.count,
        graphemes: reading.graphemes,
        limit,
        ...(reading.pasteCut ? { pasteCut: reading.pasteCut } : {}),
        ...(previous ? { report: previous } : {}),
      };
    });
    this.store.setState({ surface: this.surface, fields });
    this.scheduleAnalysis(fields, texts);
    this.noticeSend(texts[texts.length - 1] ?? '');
  }

  /** LinkedIn empties the box right after it sends: that, just after Send or Enter, is a sent message. */
  private noticeSend(body: string) {
    const was = this.lastBodyText;
    this.lastBodyText = body;
    if (
      was.trim() !== '' &&
      body.trim() === '' &&
      Date.now() - this.sendIntentAt < SEND_WINDOW_MS &&
      this.person
    ) {
      this.sendIntentAt = 0;
      this.env.onMessageSent(this.person, this.tracked);
    }
  }

  private scheduleAnalysis(fields: PanelField[], texts: string[]) {
    const seq = ++this.analysisSeq;
    clearTimeout(this.analysisTimer);
    const run = () => {
      if (seq !== this.analysisSeq || this.removed) return;
      const analysed = fields.map((f, i) => ({ ...f, report: this.analyse(f, texts[i] ?? '') }));
      this.store.setState({ fields: analysed });
      this.noticeHook(analysed);
    };
    const total = texts.reduce((n, t) => n + t.length, 0);
    if (total <= SYNC_ANALYSIS_CHARS) run();
    else this.analysisTimer = setTimeout(run, LONG_TEXT_PAUSE_MS);
  }

  private analyse(field: PanelField, text: string): DraftReport {
    const surface = draftSurfaceFor(this.surface.kind, field.name);
    const key = `${surface}|${field.limit.value}|${this.surface.recipient ?? ''}|${this.env.account() ?? ''}|${text}`;
    const cached = this.reports.get(field.name);
    if (cached?.key === key) return cached.report;
    const report = analyzeDraft(text, {
      surface,
      limit: field.limit.value,
      recipientName: this.surface.recipient,
      account: this.env.account(),
      history: this.env.history(),
    });
    this.reports.set(field.name, { key, report });
    return report;
  }

  /** New detection data for the same box (recipient or limit may have appeared). */
  update(next: DetectedSurface) {
    const sameFields =
      next.fields.length === this.surface.fields.length &&
      next.fields.every((f, i) => f.element === this.surface.fields[i]?.element);
    const recipientChanged = next.recipient !== this.surface.recipient;
    this.surface = next;
    if (recipientChanged) void this.loadAdvice();
    if (!sameFields) {
      // A subject line that appears later: listen to the new set of fields.
      this.abort.abort();
      this.abort = new AbortController();
      this.bindFields();
      this.watchSendIntent();
    } else this.refresh();
  }

  async mount() {
    const s = this.surface;
    const ui = await createCoachUi(this.ctx, {
      name: 'connect-coach-panel',
      anchor: s.anchor,
      append: s.placement,
      render: () => <PanelApp store={this.store} env={this.env} onSignal={this.toggleSignal} />,
    });
    if (this.removed || !s.anchor.isConnected) return;
    this.ui = ui;
    ui.mount();
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    clearTimeout(this.analysisTimer);
    this.unwatchTracked();
    this.abort.abort();
    this.ui?.remove();
    this.ui = null;
  }
}
