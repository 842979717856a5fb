/**
 * Placement with @floating-ui/dom: offset, size (the card takes its height from the free viewport
 * space), shift (stay on screen), our `avoid` (try the next side while the spot covers LinkedIn's box,
 * Send or other controls) and hide (nothing floats where its box scrolled away). No placement maths of
 * our own: floating-ui computes every position; `avoid` only says whether a position is taken.
 */
import {
  computePosition,
  detectOverflow,
  hide,
  type Middleware,
  offset,
  type Placement,
  type ReferenceElement,
  shift,
  size,
} from '@floating-ui/dom';
import { overlap, type Rect } from './geometry';

/** Keep this far from the viewport's edges. */
export const EDGE = 8;

export interface PlaceOptions {
  /** Places to try, best first; the first one that is on screen and covers nothing wins. */
  placements: Placement[];
  /** Rectangles (top-viewport coordinates) the floating element must not cover. */
  obstacles: Rect[];
  gap: number;
  /** Moves along the reference's side (negative: inwards); used to sit inside a card's free corner. */
  inset?: number;
  /** For the card: its height comes from the free space, capped, never under `min`. */
  height?: { min: number; max: number };
}

export interface Placed {
  x: number;
  y: number;
  placement: Placement;
  /** True when some placement was on screen and clear of every obstacle. */
  clean: boolean;
  /** The reference is scrolled out of view (or clipped away): show nothing. */
  hidden: boolean;
  /** The height the card got from the free space (size middleware). */
  maxHeight: number | null;
}

interface AvoidData {
  tried: { placement: Placement; cost: number }[];
  settled?: boolean;
  clean?: boolean;
}

/**
 * Reports how much of LinkedIn's UI, or of the outside of the viewport, the position would cover, and
 * moves on to the next placement while it covers any. When none is clean, settles on the least costly.
 */
function avoid(placements: Placement[], obstacles: Rect[]): Middleware {
  return {
    name: 'avoid',
    async fn(state) {
      const data = (state.middlewareData.avoid as AvoidData | undefined) ?? { tried: [] };
      if (data.settled) return {};
      const rect = {
        x: state.x,
        y: state.y,
        width: state.rects.floating.width,
        height: state.rects.floating.height,
      };
      const off = await detectOverflow(state, {
        padding: EDGE,
        rootBoundary: 'viewport',
        boundary: 'clippingAncestors',
      });
      const outside =
        Math.max(0, off.top) + Math.max(0, off.bottom) + Math.max(0, off.left) + Math.max(0, off.right);
      const covered = obstacles.reduce((sum, o) => sum + overlap(rect, o), 0);
      // A little off screen costs more than covering a word; both cost more than nothing.
      const cost = covered + outside * (rect.width + rect.height);
      if (cost === 0) return { data: { ...data, settled: true, clean: true } };
      const tried = [...data.tried, { placement: state.placement, cost }];
      const next = placements[placements.indexOf(state.placement) + 1];
      if (next) return { data: { tried }, reset: { placement: next } };
      const best = tried.reduce((a, b) => (b.cost < a.cost ? b : a));
      const settled: AvoidData = { tried, settled: true, clean: false };
      return best.placement === state.placement
        ? { data: settled }
        : { data: settled, reset: { placement: best.placement } };
    },
  };
}

/** Where `floating` goes next to `reference` (strategy fixed: top-viewport coordinates). */
export async function place(
  reference: ReferenceElement,
  floating: HTMLElement,
  opts: PlaceOptions,
): Promise<Placed> {
  let maxHeight: number | null = null;
  // shift before size: size reads the shift of this placement (not the one tried before) to know
  // which way the card may grow.
  const middleware: Middleware[] = [
    offset({ mainAxis: opts.gap, alignmentAxis: opts.inset ?? 0 }),
    shift({ padding: EDGE }),
  ];
  if (opts.height) {
    const { min, max } = opts.height;
    middleware.push(
      size({
        padding: EDGE,
        apply({ availableHeight, availableWidth, elements }) {
          maxHeight = Math.max(min, Math.min(max, Math.floor(availableHeight)));
          elements.floating.style.maxHeight = `${maxHeight}px`;
          elements.floating.style.maxWidth = `${Math.max(200, Math.floor(availableWidth))}px`;
        },
      }),
    );
  }
  middleware.push(avoid(opts.placements, opts.obstacles), hide({ strategy: 'referenceHidden' }));
  const res = await computePosition(reference, floating, {
    strategy: 'fixed',
    placement: opts.placements[0] ?? 'bottom',
    middleware,
  });
  const avoidData = res.middlewareData.avoid as AvoidData | undefined;
  return {
    x: res.x,
    y: res.y,
    placement: res.placement,
    clean: Boolean(avoidData?.clean),
    hidden: Boolean(res.middlewareData.hide?.referenceHidden),
    maxHeight,
  };
}

/** The inline-end side of a box in its writing direction ('right' in English, 'left' in Arabic). */
export function sides(reference: Element): { end: 'right' | 'left'; start: 'right' | 'left' } {
  const view = reference.ownerDocument.defaultView;
  const rtl = view ? view.getComputedStyle(reference).direction === 'rtl' : false;
  return rtl ? { end: 'left', start: 'right' } : { end: 'right', start: 'left' };
}

/** Applies a placement: fixed coordinates, hidden while the reference is out of view. */
export function apply(el: HTMLElement, p: Placed) {
  el.style.left = `${Math.round(p.x)}px`;
  el.style.top = `${Math.round(p.y)}px`;
  el.style.visibility = p.hidden ? 'hidden' : 'visible';
}
