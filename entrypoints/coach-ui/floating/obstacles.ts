/**
 * What our floating pieces must keep clear of around a compose box: LinkedIn's controls (Send, emoji,
 * attach, links), its words (counter, hints, messages) and pictures, and the box itself. Read from the
 * page at each placement, in top-viewport coordinates; only the compose area and a little around it.
 */
import { controlsIn } from '../../../lib/linkedin/controls';
import { frameOffset, isEmpty, type Rect, rectOf } from './geometry';

const PICTURE = 'img, svg, video, canvas, picture';

function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: true }) : true;
}

/** The area plus a couple of levels around it (a comment row's Post button sits beside its box). */
export function scopeAround(area: Element, levels = 2): Element {
  let scope = area;
  for (let i = 0; i < levels; i++) {
    const parent = scope.parentElement;
    if (!parent || parent === scope.ownerDocument.body || parent === scope.ownerDocument.documentElement)
      break;
    scope = parent;
  }
  return scope;
}

/** Text line boxes under `scope` (Range rects: a short word in a wide paragraph is only the word). */
function textRects(scope: Element, out: Rect[]) {
  const doc = scope.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  const o = frameOffset(scope);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || !visible(parent)) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0)
        out.push({ x: r.left + o.x, y: r.top + o.y, width: r.width, height: r.height });
    }
  }
}

/** Obstacles in `scope` around `box` (the box itself included). */
export function obstaclesAround(scope: Element, box: Element | null): Rect[] {
  const out: Rect[] = [];
  if (box) out.push(rectOf(box));
  const pieces = [
    ...(box ? controlsIn(scope, box) : controlsIn(scope, scope)),
    ...scope.querySelectorAll(PICTURE),
  ];
  for (const el of pieces) {
    if (box?.contains(el) || el.parentElement?.closest('svg')) continue;
    if (!visible(el)) continue;
    const r = rectOf(el);
    if (!isEmpty(r)) out.push(r);
  }
  textRects(scope, out);
  return out;
}

/**
 * Docked neighbours: when the area sits in a fixed container (chat bubbles docked at the bottom), the
 * other things docked there (the messaging list, other conversations) are LinkedIn UI to keep clear of.
 */
export function dockedNeighbours(area: Element): Rect[] {
  const view = area.ownerDocument.defaultView;
  if (!view) return [];
  let cur: Element | null = area.parentElement;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) {
    if (view.getComputedStyle(cur).position === 'fixed') {
      return [...cur.children]
        .filter((c) => !c.contains(area) && visible(c))
        .map(rectOf)
        .filter((r) => !isEmpty(r));
    }
  }
  return [];
}
