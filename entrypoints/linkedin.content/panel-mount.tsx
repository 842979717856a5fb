/** One panel per detected compose box: a React app in an open shadow root placed next to the box. */
import ReactDOM from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import panelCss from '../../assets/panel.css?inline';
import { DraftPanel, type PanelField } from '../../components/DraftPanel';
import { type AccountType, resolveLimit } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { pageTheme } from '../../lib/linkedin/theme';
import { LiveField } from './live-field';

export interface PanelEnv {
  account: () => AccountType | null;
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

  /** Re-reads every field and publishes the counts to the panel. */
  refresh() {
    const fields: PanelField[] = this.surface.fields.map((f, i) => {
      const reading = (this.live[i] as LiveField).read();
      const limit = resolveLimit(this.surface.kind, f.name, f.pageLimit, this.env.account());
      return {
        name: f.name,
        count: reading.count,
        graphemes: reading.graphemes,
        limit,
        ...(reading.pasteCut ? { pasteCut: reading.pasteCut } : {}),
      };
    });
    this.store.setState({ surface: this.surface, fields });
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
    this.abort.abort();
    this.ui?.remove();
    this.ui = null;
  }
}
