/**
 * One compose box's coaching: a count chip at the box's corner and a card beside the compose area, in
 * one host out of LinkedIn's layout flow (floating/layer.ts), placed by floating-ui (floating/anchored.ts).
 * It reads the box as the user types (live-field.ts), analyses the draft, asks the background for the
 * next step for the person, and notices the user's own Send (send-capture.ts). It never takes focus
 * while the user types: the card opens by itself only where there is room beside the compose area.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PanelField } from '../../components/Coaching';
import { resolveLimit } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { pageTheme } from '../../lib/linkedin/theme';
import { DraftAnalysis } from './draft-analysis';
import { Anchored } from './floating/anchored';
import { cardPlans, chipPlan } from './floating/compose-plan';
import { hostParent, Layer } from './floating/layer';
import { LiveField } from './live-field';
import { PanelAdvice } from './panel-advice';
import { PanelApp, type PanelState } from './panel-app';
import type { PanelEnv } from './panel-env';
import type { PagePerson } from './person-advice';
import { type SendWatch, watchSendIntent } from './send-capture';
import { type CoachUi, createCoachUi } from './shadow-ui';

/** Boxes that are always a deliberate act of writing (a dialog or a chat); comments show a chip only in use. */
const CHIP_ALWAYS = new Set(['connection-note', 'message', 'inmail', 'salesnav', 'post']);

export class SurfacePanel {
  private abort = new AbortController();
  readonly store: StoreApi<PanelState>;
  private live: LiveField[] = [];
  private ui: CoachUi | null = null;
  private layer: Layer | null = null;
  private anchored: Anchored | null = null;
  private removed = false;
  private readonly analysis: DraftAnalysis;
  /** The next step for the person this box is about. */
  readonly advice: PanelAdvice;
  private sendWatch: SendWatch | null = null;
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
    this.analysis = new DraftAnalysis(() => this.surface, env);
    this.advice = new PanelAdvice(this.store, env, () => this.surface);
    this.bindFields();
    void this.advice.load();
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
    return this.advice.person;
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

  // ------------------------------------------------------------------ the fields

  private bindFields() {
    this.sendWatch = watchSendIntent(this.surface, this.abort.signal, {
      invite: () => {
        const person = this.advice.person;
        if (person) this.env.onInviteSend(person, (this.live[0] as LiveField).read().text);
      },
      message: () => {
        const person = this.advice.person;
        if (person) this.env.onMessageSent(person, this.advice.tracked);
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
      const previous = this.analysis.previous(f.name);
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
    this.analysis.schedule(fields, texts, (analysed) => {
      this.store.setState({ fields: analysed });
      this.advice.noticeDraft(analysed, texts);
    });
    this.sendWatch?.textChanged(texts[texts.length - 1] ?? '');
  }

  /** New detection data for the same box (recipient, limit or compose area may have changed). */
  update(next: DetectedSurface) {
    const sameFields =
      next.fields.length === this.surface.fields.length &&
      next.fields.every((f, i) => f.element === this.surface.fields[i]?.element);
    const recipientChanged = next.recipient !== this.surface.recipient;
    this.surface = next;
    if (recipientChanged) void this.advice.load();
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
    this.analysis.cancel();
    this.advice.dispose();
    this.abort.abort();
    this.anchored?.dispose();
    this.ui?.remove();
    this.ui = null;
  }
}
