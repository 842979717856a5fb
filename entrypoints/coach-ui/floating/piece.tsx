/**
 * A chip and a card that float in space LinkedIn leaves free, for the pages without a compose box: the
 * profile's next step and the Sent-invitations sync. Same host, layer and placement engine as the
 * compose chip; nothing is inserted into LinkedIn's layout. The card opens from the chip and closes with
 * Escape (focus back on the chip).
 */
import type { VirtualElement } from '@floating-ui/dom';
import type { ReactNode } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { controlsIn } from '../../../lib/linkedin/controls';
import { type CoachUi, createCoachUi } from '../shadow-ui';
import { Anchored, type Plan } from './anchored';
import { type Rect, rectOf } from './geometry';
import { Layer } from './layer';
import { obstaclesAround } from './obstacles';
import { EDGE } from './place';

/** The viewport's bottom-start corner: where a chip goes when the page leaves no room (like a toast). */
function viewportCorner(): VirtualElement {
  return {
    getBoundingClientRect() {
      const rtl = document.documentElement.dir === 'rtl';
      const x = rtl ? window.innerWidth - 16 : 16;
      const y = window.innerHeight - 16;
      return { x, y, left: x, top: y, right: x, bottom: y, width: 0, height: 0 };
    },
  };
}

export interface PieceSpec {
  name: string;
  /** The LinkedIn element the chip sits by (the profile's top card, the invitation list). */
  anchor: Element;
  /** Where to try first, around or inside the anchor; the viewport corner is always the last resort. */
  chipPlans: (anchor: Element) => Plan[];
  render: (piece: FloatingPiece) => ReactNode;
}

export class FloatingPiece {
  readonly open: StoreApi<boolean> = createStore(() => false);
  private ui: CoachUi | null = null;
  private layer: Layer | null = null;
  private anchored: Anchored | null = null;
  private removed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly spec: PieceSpec,
  ) {}

  get anchor(): Element {
    return this.spec.anchor;
  }

  toggle() {
    this.setOpen(!this.open.getState());
  }

  close(focusChip: boolean) {
    this.setOpen(false);
    if (focusChip) this.chip()?.focus();
  }

  private setOpen(open: boolean) {
    this.open.setState(open, true);
    this.anchored?.setActive(open);
  }

  private chip = () => this.ui?.shadow.querySelector<HTMLElement>('[data-float="chip"]') ?? null;
  private card = () => this.ui?.shadow.querySelector<HTMLElement>('[data-float="card"]') ?? null;

  /** After each render: place again (content changes the card's size). */
  rendered() {
    void this.anchored?.update();
  }

  async mount(modals: Element[]) {
    const anchor = this.spec.anchor;
    const ui = await createCoachUi(this.ctx, {
      name: this.spec.name,
      anchor: document.body,
      append: 'last',
      render: () => this.spec.render(this),
    });
    if (this.removed || !anchor.isConnected) return;
    this.ui = ui;
    this.layer = new Layer(ui.shadowHost, anchor);
    ui.mount();
    this.anchored = new Anchored({
      follow: [anchor],
      owner: anchor,
      chip: this.chip,
      card: this.card,
      cardOpen: () => this.open.getState(),
      chipPlans: () => [
        ...this.spec.chipPlans(anchor),
        { reference: viewportCorner(), placements: ['top-start'], obstacles: [], gap: 0 },
      ],
      cardPlans: (chip: Rect | null) => {
        const chipEl = this.chip();
        const keepClear = [...controlsIn(anchor, anchor).map(rectOf), ...(chip ? [chip] : [])];
        return chipEl
          ? [
              {
                reference: chipEl,
                placements: [
                  'bottom-end',
                  'bottom-start',
                  'top-end',
                  'top-start',
                  'left-start',
                  'right-start',
                ],
                obstacles: keepClear,
                gap: 6,
                height: { min: 120, max: 480 },
              },
            ]
          : [];
      },
    });
    this.layer.sync(modals, false);
    void this.anchored.update();
  }

  sync(modals: Element[], modalsChanged: boolean) {
    this.layer?.sync(modals, modalsChanged);
    void this.anchored?.update();
  }

  remove() {
    this.removed = true;
    this.anchored?.dispose();
    this.ui?.remove();
    this.ui = null;
  }
}

/** Plans for a chip inside a LinkedIn card's free corner (bottom-end first), clear of its words and controls. */
export function insideCorners(card: Element): Plan[] {
  const obstacles = obstaclesAround(card.parentElement ?? card, null);
  return [
    { reference: card, placements: ['bottom-end', 'top-end'], obstacles, gap: -(24 + 16), inset: 16 },
    { reference: card, placements: ['bottom-end', 'top-end'], obstacles, gap: EDGE },
  ];
}
