/**
 * Is an element something the user can see? LinkedIn keeps hidden ad <dialog> shells and closed
 * dialogs in the DOM (sigvardt f8b456f), so a box inside one must never get a panel. The one hidden
 * check of lib/linkedin: attribute and inline-style checks work without layout (unit tests); computed
 * style is used when available, unless the caller reads markup state only.
 */
export interface HiddenOptions {
  /** Only hiding below this ancestor counts (the profile's top card): the climb stops there. */
  within?: Element | null;
  /**
   * Read computed styles too (default). Off for readers of markup state: a legacy dropdown kept in the
   * DOM, hidden by a stylesheet until opened, still says what the menu offers.
   */
  computed?: boolean;
}

/** Why `el` cannot be seen, in plain words, or null when nothing hides it. */
export function hiddenReason(el: Element, opts: HiddenOptions = {}): string | null {
  const within = opts.within ?? null;
  const view = opts.computed === false ? null : (el.ownerDocument?.defaultView ?? null);
  let cur: Element | null = el;
  while (cur && cur !== within) {
    if (cur.hasAttribute('hidden')) return 'it is inside a hidden element';
    if (cur.getAttribute('aria-hidden') === 'true')
      return 'it is inside an element hidden from assistive technology';
    if (cur.tagName === 'DIALOG' && !cur.hasAttribute('open'))
      return 'it is inside a dialog that is not open';
    const style = (cur as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden'))
      return 'it is inside an element that is not displayed';
    if (view?.getComputedStyle) {
      const computed = view.getComputedStyle(cur);
      if (computed.display === 'none') return 'it is inside an element that is not displayed';
      if (cur === el && computed.visibility === 'hidden') return 'it is not visible';
    }
    const parent: Element | null = cur.parentElement;
    if (parent) {
      cur = parent;
      continue;
    }
    // Cross shadow roots and frames: a box inside a hidden host or iframe is hidden too.
    const root = cur.getRootNode();
    if (root.nodeType === 11) cur = (root as ShadowRoot).host;
    else cur = (root as Document).defaultView?.frameElement ?? null;
  }
  return null;
}
