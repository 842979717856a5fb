/**
 * The compose boxes on the page and their panels: one panel per box (of several chat bubbles only the
 * one being typed in), created, updated and removed after every scan, kept in the right layer as
 * LinkedIn's modal dialogs open and close, and toggled by Alt+Shift+K.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { deepActiveElement, pickFocusedBubble } from '../../lib/linkedin/focus';
import type { SearchRoot } from '../../lib/linkedin/roots';
import { openModals } from './floating/layer';
import type { PanelEnv } from './panel-env';
import { SurfacePanel } from './surface-panel';

export class Panels {
  private readonly panels = new Map<HTMLElement, SurfacePanel>();
  private modalsSeen: Element[] = [];
  private lastFocused: Element | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly env: PanelEnv,
  ) {
    env.onSettings(() => {
      for (const p of this.panels.values()) p.refresh();
    });
  }

  keys(): Iterable<HTMLElement> {
    return this.panels.keys();
  }

  values(): Iterable<SurfacePanel> {
    return this.panels.values();
  }

  /** The panel of the box that holds `el` (the box itself or something inside it). */
  of(el: Element): SurfacePanel | undefined {
    for (const p of this.panels.values()) if (p.key === el || p.key.contains(el)) return p;
    return undefined;
  }

  /** The user is in this box now (several chat bubbles: this one keeps its panel). */
  focused(el: Element) {
    this.lastFocused = el;
  }

  /** Alt+Shift+K: the card of the box being typed in (or the one last typed in, or the only one). */
  toggleActive() {
    const active = deepActiveElement(document);
    const panel =
      (active && this.of(active)) ??
      (this.lastFocused && this.of(this.lastFocused)) ??
      (this.panels.size === 1 ? [...this.panels.values()][0] : undefined);
    panel?.shortcut();
  }

  /** After a scan: panels for the boxes found, each in the right layer. Returns the open modal dialogs. */
  sync(surfaces: DetectedSurface[], roots: SearchRoot[]): { modals: Element[]; changed: boolean } {
    const wanted = pickFocusedBubble(surfaces, deepActiveElement(document), this.lastFocused);
    this.env.inferAccount(wanted);
    const modals = openModals(roots);
    const changed =
      modals.length !== this.modalsSeen.length || modals.some((m, i) => m !== this.modalsSeen[i]);
    this.modalsSeen = modals;
    const keep = new Set<HTMLElement>();
    for (const surface of wanted) {
      keep.add(surface.key);
      const existing = this.panels.get(surface.key);
      if (existing) {
        existing.update(surface);
        existing.sync(modals, changed);
      } else {
        const panel = new SurfacePanel(this.ctx, surface, this.env);
        this.panels.set(surface.key, panel);
        void panel.mount(modals);
      }
    }
    for (const [key, panel] of this.panels) {
      if (!keep.has(key)) {
        panel.remove();
        this.panels.delete(key);
      }
    }
    return { modals, changed };
  }

  /** A dialog that reports its own Send (it has a note panel). */
  handles(dialog: Element): boolean {
    for (const p of this.panels.values()) if (p.container === dialog) return true;
    return false;
  }
}
