/** One panel per detected compose box: a React app in an open shadow root placed next to the box. */
import ReactDOM from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import panelCss from '../../assets/panel.css?inline';
import { DraftPanel, type PanelField } from '../../components/DraftPanel';
import { analyzeDraft, type DraftReport, type PreparedHistory } from '../../lib/draft';
import { type AccountType, type FieldName, resolveLimit } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { pageTheme } from '../../lib/linkedin/theme';
import { draftSurfaceFor } from '../../lib/surfaces';
import { LiveField } from './live-field';

/** Short notes are analysed on every keystroke; long messages after typing pauses. */
const SYNC_ANALYSIS_CHARS = 2000;
const LONG_TEXT_PAUSE_MS = 150;

export interface PanelEnv {
  account: () => AccountType | null;
  /** The user's earlier notes, for template similarity. */
  history: () => PreparedHistory | undefined;
  collapsed: StoreApi<boolean>;
  setCollapsed: (value: boolean) => void;
}

interface PanelState {
  surface: DetectedSurface;
  fields: PanelField[];
  theme: 'light' | 'dark';
}

function PanelApp({ store, env }: { store: StoreApi<PanelState>; env: PanelEnv }) {
  const { surface, fields, theme } = useStore(store);
  const collapsed = useStore(env.collapsed);
  return (
    <DraftPanel
      kind={surface.kind}
      recipient={surface.recipient}
      fields={fields}
      collapsed={collapsed}
      onToggleCollapsed={() => env.setCollapsed(!collapsed)}
      theme={theme}
    />
  );
}

export class SurfacePanel {
  private abort = new AbortController();
  private readonly store: StoreApi<PanelState>;
  private live: LiveField[] = [];
  private ui: ShadowRootContentScriptUi<ReactDOM.Root> | null = null;
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
    }));
    this.bindFields();
    ctx.onInvalidated(() => this.remove());
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
  }

  private scheduleAnalysis(fields: PanelField[], texts: string[]) {
    const seq = ++this.analysisSeq;
    clearTimeout(this.analysisTimer);
    const run = () => {
      if (seq !== this.analysisSeq || this.removed) return;
      const analysed = fields.map((f, i) => ({ ...f, report: this.analyse(f, texts[i] ?? '') }));
      this.store.setState({ fields: analysed });
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
    this.surface = next;
    if (!sameFields) {
      // A subject line that appears later: listen to the new set of fields.
      this.abort.abort();
      this.abort = new AbortController();
      this.bindFields();
    } else this.refresh();
  }

  async mount() {
    const s = this.surface;
    const ui = await createShadowRootUi(this.ctx, {
      name: 'connect-coach-panel',
      position: 'inline',
      anchor: s.anchor,
      append: s.placement,
      mode: 'open',
      isolateEvents: true,
      inheritStyles: true,
      css: panelCss,
      onMount: (container) => {
        const wrapper = container.ownerDocument.createElement('div');
        container.append(wrapper);
        const root = ReactDOM.createRoot(wrapper);
        root.render(<PanelApp store={this.store} env={this.env} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    if (this.removed || !s.anchor.isConnected) return;
    this.ui = ui;
    ui.mount();
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    clearTimeout(this.analysisTimer);
    this.abort.abort();
    this.ui?.remove();
    this.ui = null;
  }
}
