/**
 * Keeps a chip and its card where their plans say (compose-plan.ts, and the profile and Sent-page
 * pieces). While the box has focus or the card is open, floating-ui's autoUpdate follows every scroll,
 * resize and layout shift; otherwise one shared scroll/resize listener re-places idle chips once per
 * frame, so a page that is only read runs nothing for us.
 */
import { autoUpdate, type Placement, type VirtualElement } from '@floating-ui/dom';
import { occluded, type Rect, rectOf } from './geometry';
import { apply, type Placed, place } from './place';

/** One way to place a piece: beside what, where to try, what to keep clear of. */
export interface Plan {
  reference: Element | VirtualElement;
  placements: Placement[];
  obstacles: Rect[];
  gap: number;
  inset?: number;
  height?: { min: number; max: number };
}

export interface AnchorTarget {
  /** What autoUpdate follows while active (the box, the compose area). */
  follow: Element[];
  /** The LinkedIn element our pieces belong to: when something covers it, they step aside. */
  owner: Element;
  chip: () => HTMLElement | null;
  card: () => HTMLElement | null;
  cardOpen: () => boolean;
  /** Plans for the chip, best first: the first clean one wins, else the last one is used. */
  chipPlans: () => Plan[];
  /** Plans for the card, best first: the first clean one wins, else the last one is used. */
  cardPlans: (chip: Rect | null) => Plan[];
}

/** Room to open by itself: the first card plan is clean and at least this tall. */
const ROOM_MIN_HEIGHT = 200;

const idle = new Set<Anchored>();
let idleFrame = 0;
const onIdleMove = () => {
  if (idleFrame) return;
  idleFrame = requestAnimationFrame(() => {
    idleFrame = 0;
    for (const a of idle) void a.update();
  });
};
function watchIdle(a: Anchored, on: boolean) {
  const had = idle.size > 0;
  if (on) idle.add(a);
  else idle.delete(a);
  if (!had && idle.size > 0) {
    window.addEventListener('scroll', onIdleMove, { capture: true, passive: true });
    window.addEventListener('resize', onIdleMove, { passive: true });
  } else if (had && idle.size === 0) {
    window.removeEventListener('scroll', onIdleMove, { capture: true });
    window.removeEventListener('resize', onIdleMove);
  }
}

export class Anchored {
  private stopAuto: (() => void) | null = null;
  private current: Promise<void> | null = null;
  private again = false;
  private disposed = false;
  /** The card's first plan had room (for opening by itself); null until the card was placed once. */
  room: boolean | null = null;
  /** The chip found no free spot around its reference. */
  chipCrowded = false;

  constructor(
    private readonly t: AnchorTarget,
    /** Told when following starts and stops (the host shows it as data-following, for tests and debugging). */
    private readonly onFollow: (on: boolean) => void = () => {},
  ) {
    watchIdle(this, true);
  }

  /** Follow closely (box focused or card open) or only on scroll (idle). */
  setActive(active: boolean) {
    if (this.disposed || active === (this.stopAuto !== null)) return;
    if (active) {
      watchIdle(this, false);
      const update = () => void this.update();
      const floating = this.t.card() ?? this.t.chip();
      const stops = floating
        ? this.t.follow.map((el) => autoUpdate(el, floating, update, { layoutShift: true }))
        : [];
      this.stopAuto = () => {
        for (const s of stops) s();
      };
      this.onFollow(true);
    } else {
      this.stopAuto?.();
      this.stopAuto = null;
      this.onFollow(false);
      watchIdle(this, true);
      void this.update();
    }
  }

  get active(): boolean {
    return this.stopAuto !== null;
  }

  /**
   * Places chip and card now; calls arriving meanwhile are folded into one more pass, and every caller
   * gets the promise of the pass that covers its call.
   */
  update(): Promise<void> {
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = (async () => {
      try {
        do {
          this.again = false;
          await this.placeOnce();
        } while (this.again && !this.disposed);
      } finally {
        this.current = null;
      }
    })();
    return this.current;
  }

  private async placeOnce() {
    if (this.disposed) return;
    const chip = this.t.chip();
    // A LinkedIn dialog or overlay now covers the box: nothing of ours floats over it.
    const owner = this.t.owner;
    const ownerBox = owner.getBoundingClientRect();
    const covered = occluded(owner, {
      x: Math.max(0, ownerBox.x),
      y: Math.max(0, ownerBox.y),
      width:
        Math.min(ownerBox.right, owner.ownerDocument.defaultView?.innerWidth ?? ownerBox.right) -
        Math.max(0, ownerBox.x),
      height:
        Math.min(ownerBox.bottom, owner.ownerDocument.defaultView?.innerHeight ?? ownerBox.bottom) -
        Math.max(0, ownerBox.y),
    });
    if (covered) {
      for (const el of [chip, this.t.card()]) if (el) el.style.visibility = 'hidden';
      return;
    }
    let chipRect: Rect | null = null;
    const chipPlans = chip ? this.t.chipPlans() : [];
    if (chip && chipPlans.length) {
      let p: Placed | null = null;
      for (const plan of chipPlans) {
        chip.dataset.compact = 'false';
        p = await place(plan.reference, chip, plan);
        if (!p.clean) {
          // Without the warning title the chip fits in tighter spots.
          chip.dataset.compact = 'true';
          p = await place(plan.reference, chip, plan);
        }
        if (p.clean) break;
      }
      if (p) {
        this.chipCrowded = !p.clean;
        apply(chip, p);
        chipRect = p.hidden || chip.offsetWidth === 0 ? null : rectOf(chip);
      }
    }
    const card = this.t.card();
    if (!card || !this.t.cardOpen()) return;
    const plans = this.t.cardPlans(chipRect);
    let last: Placed | null = null;
    for (const [i, plan] of plans.entries()) {
      last = await place(plan.reference, card, plan);
      if (i === 0) this.room = last.clean && (last.maxHeight ?? 0) >= ROOM_MIN_HEIGHT;
      if (last.clean) break;
    }
    if (last) apply(card, last);
  }

  dispose() {
    this.disposed = true;
    this.stopAuto?.();
    this.stopAuto = null;
    watchIdle(this, false);
  }
}
