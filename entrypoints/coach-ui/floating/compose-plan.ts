/**
 * Where a compose box's chip and card go. The chip: just outside the box's inline-end bottom corner;
 * when LinkedIn's controls or words take that corner, the other corners and sides, never over the box.
 * The card: beside the compose area (the note dialog, to the left of a chat bubble, beside the messaging
 * page's conversation), flipping sides, its height from the free viewport space; with no room beside
 * the area (a narrow window), wherever it covers neither the box, nor Send, nor LinkedIn's other controls.
 */
import type { Placement, VirtualElement } from '@floating-ui/dom';
import { controlsIn, sendControl } from '../../../lib/linkedin/controls';
import type { Plan } from './anchored';
import { type Rect, rectOf } from './geometry';
import { dockedNeighbours, obstaclesAround, scopeAround } from './obstacles';
import { EDGE, sides } from './place';

const CARD_HEIGHT = { min: 120, max: 560 };

/** The box as far as it is visible: clipped by the scroll boxes between it and its compose area. */
export function visibleBox(box: Element, area: Element): VirtualElement {
  return {
    contextElement: box,
    getBoundingClientRect() {
      const r = box.getBoundingClientRect();
      let left = r.left;
      let top = r.top;
      let right = r.right;
      let bottom = r.bottom;
      const view = box.ownerDocument.defaultView;
      for (let cur = box.parentElement; cur && view; cur = cur.parentElement) {
        const o = view.getComputedStyle(cur);
        if (o.overflowX !== 'visible' || o.overflowY !== 'visible') {
          const c = cur.getBoundingClientRect();
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
        if (cur === area) break;
      }
      const width = Math.max(0, right - left);
      const height = Math.max(0, bottom - top);
      return { x: left, y: top, left, top, right: left + width, bottom: top + height, width, height };
    },
  };
}

export function chipPlan(box: Element, area: Element): Plan {
  const dir = sides(box);
  return {
    reference: visibleBox(box, area),
    placements: ['bottom-end', `${dir.end}-end`, 'top-end', `${dir.start}-end`, 'bottom-start', 'top-start'],
    obstacles: obstaclesAround(scopeAround(area), box),
    gap: 4,
  };
}

export function cardPlans(box: Element, area: Element, chip: Rect | null): Plan[] {
  const dir = sides(box);
  const areaRect = rectOf(area);
  // Docked at the bottom (chat bubbles): line the card up with the bottom, near the editor.
  const docked = areaRect.y + areaRect.height >= window.innerHeight - 2;
  const [first, second] = docked ? (['end', 'start'] as const) : (['start', 'end'] as const);
  const beside: Placement[] = [
    `${dir.end}-${first}`,
    `${dir.start}-${first}`,
    `${dir.end}-${second}`,
    `${dir.start}-${second}`,
    'bottom',
    'top',
  ];
  const chipRects = chip ? [chip] : [];
  const send = sendControl(box, area);
  const keepClear = [
    rectOf(box),
    ...controlsIn(scopeAround(area), box).map(rectOf),
    ...(send ? [rectOf(send)] : []),
    ...chipRects,
  ];
  return [
    // Beside the compose area, covering none of it (nor the other docked chats).
    {
      reference: area,
      placements: beside,
      obstacles: [areaRect, ...dockedNeighbours(area), ...chipRects],
      gap: EDGE,
      height: CARD_HEIGHT,
    },
    // No room beside it: around the box, clear of the box, Send and LinkedIn's other controls.
    {
      reference: visibleBox(box, area),
      placements: ['bottom', 'top', `${dir.end}-start`, `${dir.start}-start`],
      obstacles: keepClear,
      gap: EDGE,
      height: CARD_HEIGHT,
    },
  ];
}
