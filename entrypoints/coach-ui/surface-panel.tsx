/**
 * One compose box's coaching: a count chip at the box's corner and a card beside the compose area, in
 * one host out of LinkedIn's layout flow (floating/layer.ts), placed by floating-ui (floating/anchored.ts).
 * It reads the box as the user types (live-field.ts), analyses the draft, asks the background for the
 * next step for the person, and notices the user's own Send (send-capture.ts). It never takes focus
 * while the user types: the card opens by itself only where there is room beside the compose area.
 */
import { useEffect, useId, useLayoutEffect, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { AdviceCard, type SignalName, type SignalToggles } from '../../components/AdviceCard';
import { CoachCard } from '../../components/CoachCard';
import { CoachChip } from '../../components/CoachChip';
import { mainField, type PanelField, topWarningTitle, worstState } from '../../components/Coaching';
import { VolumeQuotaNotes } from '../../components/insight/VolumeQuotaNotes';
import { LabelPicker } from '../../components/LabelPicker';
import { UserFiguresContext } from '../../components/UserFigure';
import { analyzeDraft, type DraftReport } from '../../lib/draft';
import { type DraftFacts, draftFacts, sameDraftFacts } from '../../lib/draft/draft-facts';
import { t } from '../../lib/i18n/t';
import { type FieldName, resolveLimit } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import type { PersonFacts } from '../../lib/linkedin/facts-types';
import { readPersonFacts } from '../../lib/linkedin/page-facts';
import { readNoteQuota } from '../../lib/linkedin/quota';
import { pageTheme } from '../../lib/linkedin/theme';
import type { Advice } from '../../lib/sequencing';
import { draftSurfaceFor } from '../../lib/surfaces';
import type { DraftVerdict } from '../../lib/tracker/draft-verdict';
import { renameLabel, withLabel } from '../../lib/tracker/labels';
import type { SignalToggles as Signals, TrackedSummary } from '../../lib/tracker/person-advice';
import { Anchored } from './floating/anchored';
import { cardPlans, chipPlan } from './floating/compose-plan';
import { hostParent, Layer } from './floating/layer';
import { LiveField } from './live-field';
import type { PanelEnv } from './panel-env';
import { type PagePerson, requestAdvice, setSignal, watchKey } from './person-advice';
import { type SendWatch, watchSendIntent } from './send-capture';
import { type CoachUi, createCoachUi } from './shadow-ui';

const NO_SIGNALS: Signals = { engaged: false, mutual: false, trigger: false, highValue: false };

/** Short notes are analysed on every keystroke; long messages after typing pauses. */
const SYNC_ANALYSIS_CHARS = 2000;
const LONG_TEXT_PAUSE_MS = 150;

/** A change in what the advisor reads from the draft (empty, hook, greeting) waits for typing to pause. */
const DRAFT_ADVICE_PAUSE_MS = 300;

/** Boxes that are always a deliberate act of writing (a dialog or a chat); comments show a chip only in use. */
const CHIP_ALWAYS = new Set(['connection-note', 'message', 'inmail', 'salesnav', 'post']);

interface PanelState {
  surface: DetectedSurface;
  fields: PanelField[];
  theme: 'light' | 'dark';
  advice: Advice | null;
  /** Whether this draft should go out now, by the next step (shown beside the score). */
  verdict: DraftVerdict | null;
  /** The invitation dialog shows LinkedIn's own "N personalized invitations remaining" line. */
  quotaOnPage: boolean;
  signals: SignalToggles | null;
  notice: string | null;
  open: boolean;
  chipShown: boolean;
}

/** Screen readers hear the count once typing pauses, not on every keystroke. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function PanelApp({ panel, env }: { panel: SurfacePanel; env: PanelEnv }) {
  const { surface, fields, theme, advice, verdict, quotaOnPage, signals, notice, open, chipShown } = useStore(
    panel.store,
  );
  const labels = useStore(env.labels);
  const volume = useStore(env.volume);
  const figures = useStore(env.warningFigures);
  const cardId = useId();
  const settings = env.settings();
  const main = mainField(fields);
  const noteDrafted = (fields[0]?.count ?? 0) > 0;
  // Every render may change the chip's or card's size: place them again (after layout, before paint).
  useLayoutEffect(() => panel.rendered());
  const announcement = useSettled(
    fields
      .map((f) =>
        t('panel_announce', {
          field: t(f.name === 'subject' ? 'field_subject' : 'field_text'),
          count: f.count,
          limit: f.limit.value,
        }),
      )
      .join('. '),
    1200,
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and Alt+Shift+K from inside our UI; each control is a native button
    <div
      className="cc-root"
      data-theme={theme}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          panel.closeCard(true);
        } else if (e.altKey && e.shiftKey && e.code === 'KeyK') {
          e.preventDefault();
          panel.shortcut();
        }
      }}
    >
      {main ? (
        <div hidden={!chipShown}>
          <CoachChip
            count={main.count}
            limit={main.limit.value}
            state={worstState(fields)}
            warning={topWarningTitle(fields)}
            open={open}
            cardId={cardId}
            onToggle={() => panel.toggleCard()}
          />
        </div>
      ) : null}
      <UserFiguresContext.Provider value={figures}>
        <CoachCard
          id={cardId}
          kind={surface.kind}
          recipient={surface.recipient}
          fields={fields}
          verdict={verdict}
          advice={advice}
          open={open}
          theme={theme}
          onClose={() => panel.closeCard(true)}
        >
          {advice ? (
            <AdviceCard
              advice={advice}
              now={new Date()}
              signals={signals ?? undefined}
              onToggleSignal={panel.toggleSignal}
            />
          ) : null}
          {surface.kind === 'connection-note' && volume.computedAt ? (
            <VolumeQuotaNotes
              last7Days={volume.last7Days}
              weeklyCap={settings.weeklyCap}
              notesLeft={volume.notesLeft}
              notesLeftFrom={volume.notesLeftFrom}
              quotaOnPage={quotaOnPage}
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
          {notice ? (
            <p className="cc-note" role="status">
              {notice}
            </p>
          ) : null}
        </CoachCard>
      </UserFiguresContext.Provider>
      <div className="cc-sr" aria-live="polite" data-testid="cc-live">
        {announcement}
      </div>
    </div>
  );
}

export class SurfacePanel {
  private abort = new AbortController();
  readonly store: StoreApi<PanelState>;
  private live: LiveField[] = [];
  private ui: CoachUi | null = null;
  private layer: Layer | null = null;
  private anchored: Anchored | null = null;
  private removed = false;
  private analysisSeq = 0;
  private analysisTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly reports = new Map<FieldName, { key: string; report: DraftReport }>();
  private person: PagePerson | null = null;
  private tracked: TrackedSummary | null = null;
  private unwatchTracked: () => void = () => {};
  private watchedKey: string | null = null;
  private sendWatch: SendWatch | null = null;
  /** What the advisor reads from the draft now, and what it was last asked with (undefined: never). */
  private draft: DraftFacts | null = null;
  private askedDraft: DraftFacts | null | undefined;
  private adviceSeq = 0;
  private adviceTimer: ReturnType<typeof setTimeout> | undefined;
  private focused = false;
  /** The card opened by itself (room beside the area): it also closes by itself when the room goes. */
  private autoOpen = false;
  private placedOnce = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private surface: DetectedSurface,
    private readonly env: PanelEnv,
  ) {
    const wanted = env.cardWanted(surface.kind);
    this.autoOpen = wanted;
    this.focused = surface.key.ownerDocument.activeElement === surface.key;
    this.store = createStore<PanelState>(() => ({
      surface,
      fields: [],
      theme: pageTheme(surface.area),
      advice: null,
      verdict: null,
      quotaOnPage: false,
      signals: null,
      notice: null,
      open: wanted,
      chipShown: true,
    }));
    this.bindFields();
    void this.loadAdvice();
    ctx.onInvalidated(() => this.remove());
  }

  get key(): HTMLElement {
    return this.surface.key;
  }

  get kind() {
    return this.surface.kind;
  }

  /** Who this box is about, once read (null for comments and posts). */
  get pagePerson(): PagePerson | null {
    return this.person;
  }

  get container(): Element {
    return this.surface.container;
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  // ------------------------------------------------------------------ the card

  /** Opens or closes the card (chip, Enter on the chip, Alt+Shift+K); remembered for this kind of box. */
  toggleCard() {
    this.setOpen(!this.store.getState().open, true);
  }

  /**
   * Alt+Shift+K: opens the card without taking focus from the box; pressed again, takes the keyboard
   * into the card (its first control); pressed inside the card, closes it and goes back to the box.
   */
  shortcut() {
    if (!this.store.getState().open) return this.setOpen(true, true);
    if (this.ui?.shadow.activeElement) return this.closeCard(true);
    this.ui?.shadow.querySelector<HTMLElement>('[data-testid="cc-close"]')?.focus();
  }

  /** Escape or ×: the card closes and, when asked, focus goes back to the box the user was writing in. */
  closeCard(returnFocus: boolean) {
    this.setOpen(false, true);
    if (returnFocus) this.surface.key.focus({ preventScroll: true });
  }

  private setOpen(open: boolean, byUser: boolean) {
    if (byUser) {
      this.autoOpen = false;
      this.env.setCardWanted(this.surface.kind, open);
    }
    this.store.setState({ open, chipShown: this.chipWanted(open) });
    this.anchored?.setActive(this.focused || open);
  }

  private chipWanted(open = this.store.getState().open): boolean {
    if (CHIP_ALWAYS.has(this.surface.kind)) return true;
    const text = this.store.getState().fields.some((f) => f.count > 0);
    return this.focused || open || text;
  }

  /** After each render: place the chip and card; the first placement decides whether the card fits. */
  rendered() {
    const anchored = this.anchored;
    if (!anchored) return;
    void anchored.update().then(() => {
      if (this.removed) return;
      const { open } = this.store.getState();
      if (open && this.autoOpen && anchored.room === false) {
        // No room beside the compose area: the card waits for the chip instead of covering LinkedIn.
        this.autoOpen = false;
        this.setOpen(false, false);
      }
      if (!this.placedOnce) {
        this.placedOnce = true;
        this.host?.setAttribute('data-placed', 'true');
      }
    });
  }

  /** LinkedIn's modal dialogs changed, or the page was scanned: host in the right layer, on top. */
  sync(modals: Element[], modalsChanged: boolean) {
    this.layer?.sync(modals, modalsChanged);
    void this.anchored?.update();
  }

  // ------------------------------------------------------------------ advice

  /**
   * What the advisor reads from the draft: empty or not, a note that references something specific
   * (blank vs with a note), the name in the greeting. Asked again only when one of those changes,
   * once typing pauses.
   */
  private noticeDraft(fields: PanelField[], texts: string[]) {
    const facts = draftFacts(
      this.surface.kind,
      fields.map((f, i) => ({
        name: f.name,
        text: texts[i] ?? '',
        ...(f.report ? { report: f.report } : {}),
      })),
    );
    if (sameDraftFacts(facts, this.draft)) return;
    this.draft = facts;
    if (this.askedDraft === undefined || sameDraftFacts(facts, this.askedDraft ?? null)) {
      clearTimeout(this.adviceTimer);
      return;
    }
    clearTimeout(this.adviceTimer);
    this.adviceTimer = setTimeout(() => void this.loadAdvice(), DRAFT_ADVICE_PAUSE_MS);
  }

  /**
   * What the page shows about this person, read here where the box is known: the profile when it is
   * theirs, and this conversation's last message. Only for conversations in the top frame: a frame's
   * own page lacks the profile, and the invitation dialog's quota line is read by the background with
   * the rest of the page (it reads the frame itself when no facts come).
   */
  private pageFacts(person: PagePerson): PersonFacts | null {
    const s = this.surface;
    if (s.kind === 'connection-note' || window.top !== window) return null;
    try {
      const form = s.key.closest('form') ?? s.area;
      return readPersonFacts(document, location.href, person, new Date(), s.container, form);
    } catch {
      return null;
    }
  }

  /** Reads the person and their tracker record, and asks the advisor for the next step. */
  async loadAdvice() {
    clearTimeout(this.adviceTimer);
    const person = this.env.person(this.surface);
    this.person = person;
    // LinkedIn's own quota line is there or not whoever the dialog is for.
    if (this.surface.kind === 'connection-note') this.store.setState({ quotaOnPage: this.quotaOnPage() });
    if (!person) return;
    const seq = ++this.adviceSeq;
    const draft = this.draft;
    this.askedDraft = draft;
    const facts = this.pageFacts(person);
    const answer = await requestAdvice(person, {
      ...(draft ? { draft } : {}),
      ...(facts ? { facts } : {}),
    });
    // A newer question was asked meanwhile (the draft changed): its answer wins.
    if (this.removed || seq !== this.adviceSeq) return;
    if (this.watchedKey !== answer.watchKey) {
      this.unwatchTracked();
      this.unwatchTracked = watchKey(answer.watchKey, () => void this.loadAdvice());
      this.watchedKey = answer.watchKey;
    }
    this.tracked = answer.tracked;
    const signals = person.profileUrl ? (answer.tracked?.signals ?? NO_SIGNALS) : null;
    this.store.setState({ advice: answer.advice, verdict: answer.draft ?? null, signals });
  }

  /** LinkedIn's own quota line in this invitation dialog (then ours would only repeat it). */
  private quotaOnPage(): boolean {
    try {
      return readNoteQuota(this.surface.container) !== null;
    } catch {
      return false;
    }
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

  // ------------------------------------------------------------------ the fields

  private bindFields() {
    this.sendWatch = watchSendIntent(this.surface, this.abort.signal, {
      invite: () => {
        if (this.person) this.env.onInviteSend(this.person, (this.live[0] as LiveField).read().text);
      },
      message: () => {
        if (this.person) this.env.onMessageSent(this.person, this.tracked);
      },
    });
    this.live = this.surface.fields.map(
      (f) =>
        new LiveField(
          f.element,
          () => resolveLimit(this.surface.kind, f.name, f.pageLimit, this.env.account()),
          () => this.refresh(),
          this.abort.signal,
        ),
    );
    const opts = { signal: this.abort.signal, passive: true } as const;
    for (const f of this.surface.fields) {
      f.element.addEventListener('focus', () => this.setFocused(true), opts);
      // Focus going to our own chip (a click on it) keeps the chip: hiding it would swallow the click.
      f.element.addEventListener(
        'blur',
        (e) => {
          if (!this.host || e.relatedTarget !== this.host) this.setFocused(false);
        },
        opts,
      );
    }
    this.refresh();
  }

  private setFocused(focused: boolean) {
    this.focused =
      focused || this.surface.fields.some((f) => f.element.ownerDocument.activeElement === f.element);
    const open = this.store.getState().open;
    this.store.setState({ chipShown: this.chipWanted(open) });
    this.anchored?.setActive(this.focused || open);
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
    this.store.setState({ chipShown: this.chipWanted() });
    this.scheduleAnalysis(fields, texts);
    this.sendWatch?.textChanged(texts[texts.length - 1] ?? '');
  }

  private scheduleAnalysis(fields: PanelField[], texts: string[]) {
    const seq = ++this.analysisSeq;
    clearTimeout(this.analysisTimer);
    const run = () => {
      if (seq !== this.analysisSeq || this.removed) return;
      const analysed = fields.map((f, i) => ({ ...f, report: this.analyse(f, texts[i] ?? '') }));
      this.store.setState({ fields: analysed });
      this.noticeDraft(analysed, texts);
    };
    const total = texts.reduce((n, x) => n + x.length, 0);
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

  /** New detection data for the same box (recipient, limit or compose area may have changed). */
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
    } else this.refresh();
  }

  // ------------------------------------------------------------------ mounting

  async mount(modals: Element[]) {
    const s = this.surface;
    const ui = await createCoachUi(this.ctx, {
      name: 'connect-coach-panel',
      anchor: hostParent(s.key),
      append: 'last',
      render: () => <PanelApp panel={this} env={this.env} />,
    });
    if (this.removed || !s.key.isConnected) return;
    this.ui = ui;
    this.layer = new Layer(ui.shadowHost, s.key);
    ui.shadowHost.setAttribute('data-following', 'false');
    // Focus leaving our UI for anywhere but the box: the box is no longer in use.
    ui.shadowHost.addEventListener(
      'focusout',
      (e) => {
        const to = e.relatedTarget;
        if (
          !(to instanceof Node) ||
          !(to === ui.shadowHost || this.surface.fields.some((f) => f.element === to))
        )
          this.setFocused(false);
      },
      { signal: this.abort.signal, passive: true },
    );
    ui.mount();
    const root = ui.shadow;
    this.anchored = new Anchored(
      {
        follow: s.area === s.key ? [s.key] : [s.key, s.area],
        owner: s.key,
        chip: () => root.querySelector<HTMLElement>('[data-testid="cc-chip"]'),
        card: () => root.querySelector<HTMLElement>('[data-testid="cc-card"]'),
        cardOpen: () => this.store.getState().open,
        chipPlans: () => [chipPlan(this.surface.key, this.surface.area)],
        cardPlans: (chip) => cardPlans(this.surface.key, this.surface.area, chip),
      },
      (on) => ui.shadowHost.setAttribute('data-following', String(on)),
    );
    this.layer.sync(modals, false);
    this.anchored.setActive(this.focused || this.store.getState().open);
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    clearTimeout(this.analysisTimer);
    clearTimeout(this.adviceTimer);
    this.unwatchTracked();
    this.abort.abort();
    this.anchored?.dispose();
    this.ui?.remove();
    this.ui = null;
  }
}
