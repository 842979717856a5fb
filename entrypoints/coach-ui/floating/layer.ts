/**
 * Our hosts live out of LinkedIn's layout flow, in the top layer (Popover API, popover="manual"), so no
 * LinkedIn element ever changes size or place because of us, and nothing of LinkedIn's (its z-indexed
 * overlays, a chat bubble) paints over our count.
 *
 * LinkedIn's 2026 dialogs are modal <dialog>s. While one is open everything outside it is inert, even a
 * popover shown above it (measured in Chromium 156 and Firefox ESR 153: no clicks, no focus). So a box
 * inside a modal dialog gets its host inside that dialog, shown after the dialog opened: then it is on
 * top and usable. A box outside the open modal dialog cannot be typed in: its UI steps aside until the
 * dialog closes, and is shown again (above anything opened meanwhile).
 */
import { sel } from '../../../lib/linkedin/selectors';

const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** The open modal dialog around `el` (through shadow roots), or null. */
export function modalAround(el: Element): Element | null {
  let cur: Element | null = el;
  while (cur) {
    const dialog: Element | null = cur.closest('dialog');
    if (dialog && matches(dialog, ':modal')) return dialog;
    if (dialog) {
      cur = dialog.parentElement;
      continue;
    }
    const root = cur.getRootNode();
    cur = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** Every open modal dialog in the document and the open shadow roots searched. */
export function openModals(roots: Iterable<Document | ShadowRoot | Element>): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    if (root.nodeType !== 9 && root.nodeType !== 11) continue;
    if ((root as Document).defaultView && root !== document) continue; // other frames' dialogs stay in their frame
    for (const d of root.querySelectorAll('dialog[open]')) if (matches(d, ':modal')) out.push(d);
  }
  return out;
}

/** Where a host for `box` lives: in the box's modal dialog when there is one, else at the end of <body>. */
export function hostParent(box: Element): Element {
  const modal = box.ownerDocument === document ? modalAround(box) : null;
  return modal ?? document.body;
}

/** One host in the top layer: moved, shown and hidden as LinkedIn's modal dialogs come and go. */
export class Layer {
  private shown = false;

  constructor(
    readonly host: HTMLElement,
    private readonly box: Element,
  ) {
    if (canPopover) host.setAttribute('popover', 'manual');
  }

  /** The box can be typed in: no open modal dialog, or the box is in the topmost one. */
  private usable(modals: Element[]): boolean {
    if (modals.length === 0) return true;
    const top = modals[modals.length - 1] as Element;
    return top.contains(this.box) || modalAround(this.box) === top;
  }

  /**
   * Puts the host where it must be and on top. `modalsChanged`: a modal dialog opened or closed since
   * the last call, so a shown host is shown again to be above it.
   */
  sync(modals: Element[], modalsChanged: boolean) {
    const parent = hostParent(this.box);
    if (this.host.parentElement !== parent) {
      parent.append(this.host);
      this.shown = false;
    }
    const want = this.usable(modals);
    if (!want) return this.hide();
    if (this.shown && modalsChanged) this.hide();
    this.show();
  }

  private show() {
    if (this.shown) return;
    this.shown = true;
    this.host.style.display = '';
    if (canPopover && this.host.isConnected) {
      try {
        if (this.host.matches(':popover-open')) this.host.hidePopover();
        this.host.showPopover();
      } catch {
        // Not in a document that can show it yet: the next sync tries again.
        this.shown = false;
      }
    }
  }

  private hide() {
    if (!this.shown && this.host.style.display === 'none') return;
    this.shown = false;
    if (canPopover && this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.style.display = 'none';
  }

  get visible(): boolean {
    return this.shown;
  }
}

/** Our own UI, wherever it is (for "is this click or focus ours?"). */
export function isOurs(el: Element): boolean {
  let cur: Element | null = el;
  while (cur) {
    if (cur.closest(sel('ownPanel'))) return true;
    const root = cur.getRootNode();
    cur = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return false;
}
