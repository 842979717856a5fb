/**
 * Is an element something the user can see? LinkedIn keeps hidden ad <dialog> shells and closed
 * dialogs in the DOM (sigvardt f8b456f), so a box inside one must never get a panel.
 * Attribute and style checks work without layout (unit tests); computed style is used when available.
 */
export function hiddenReason(el: Element): string | null {
  const view = el.ownerDocument?.defaultView ?? null;
  let cur: Element | null = el;
  while (cur) {
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
