/** Rectangles in the top document's viewport, and the few comparisons placement needs. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far the element's own viewport is from the top one (same-origin iframes add their offset). */
export function frameOffset(el: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win = el.ownerDocument.defaultView;
  for (let i = 0; win && i < 10; i++) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** An element's box in top-document viewport coordinates. */
export function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  const o = frameOffset(el);
  return { x: r.left + o.x, y: r.top + o.y, width: r.width, height: r.height };
}

/** Overlap of two rectangles, in px² (0 when they only touch). */
export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export const isEmpty = (r: Rect) => r.width <= 0 || r.height <= 0;

/**
 * Whether something that is not the element (nor inside it, nor ours) is painted over the middle of
 * what shows of it: a LinkedIn dialog or overlay opened on top. Its chip then steps aside too.
 */
export function occluded(
  el: Element,
  visible: { x: number; y: number; width: number; height: number },
): boolean {
  if (visible.width <= 0 || visible.height <= 0) return false;
  const doc = el.ownerDocument;
  const x = visible.x + visible.width / 2;
  const y = visible.y + visible.height / 2;
  let hit: Element | null = doc.elementFromPoint(x, y);
  for (let i = 0; hit?.shadowRoot && i < 10; i++) {
    const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit) return false;
  if (hit.tagName.startsWith('CONNECT-COACH-')) return false;
  return !(hit === el || el.contains(hit) || hit.contains(el));
}
