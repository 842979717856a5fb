/**
 * LinkedIn renders some 2026 dialogs inside same-origin iframes and open shadow roots
 * (research/linkedin-dom.md §1g), so every search covers those too.
 */
export type SearchRoot = Document | ShadowRoot | Element;

/** The root itself, then every open shadow root and same-origin iframe document inside it, recursively. */
export function collectSearchRoots(
  root: SearchRoot,
  out: (Document | ShadowRoot | Element)[] = [],
): typeof out {
  out.push(root);
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.shadowRoot) collectSearchRoots(el.shadowRoot, out);
    if (el.tagName === 'IFRAME') {
      const inner = frameDocument(el as HTMLIFrameElement);
      if (inner?.documentElement) collectSearchRoots(inner, out);
    }
  }
  return out;
}

/** The iframe's document when it is same-origin and loaded; cross-origin access throws. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Closest ancestor matching `selector`, crossing shadow-root boundaries (not frames). */
export function closestComposed(el: Element, selector: string): Element | null {
  let cur: Element | null = el;
  while (cur) {
    const hit = cur.closest(selector);
    if (hit) return hit;
    const root = cur.getRootNode();
    cur = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}
