/**
 * The markup every floating piece shares (the profile's next step, the Sent-page sync): a chip that
 * opens a card, Escape closing it from anywhere inside, and the piece told after every render so it
 * can place itself again.
 */
import { type ReactNode, useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import { FloatRoot } from './float-root';
import type { FloatingPiece } from './piece';

export interface ChipCardProps {
  piece: FloatingPiece;
  theme: 'light' | 'dark';
  /** The chip's test id (cc-profile-chip, cc-sync-chip). */
  chipTestId: string;
  /** Read before the label by screen readers (whose chip this is). */
  srLabel: string;
  label: ReactNode;
  /** The card's content. */
  children: ReactNode;
}

export function ChipCard({ piece, theme, chipTestId, srLabel, label, children }: ChipCardProps) {
  const open = useStore(piece.open);
  useLayoutEffect(() => piece.rendered());
  return (
    <FloatRoot theme={theme} open={open} close={() => piece.close(true)}>
      <button
        type="button"
        className="cc-chip"
        data-float="chip"
        data-testid={chipTestId}
        data-open={open ? 'true' : 'false'}
        aria-expanded={open}
        onClick={() => piece.toggle()}
      >
        <span className="cc-sr">{srLabel}: </span>
        <span className="cc-chip-label">{label}</span>
      </button>
      <div className="cc-float cc-float-card" data-float="card" hidden={!open}>
        {children}
      </div>
    </FloatRoot>
  );
}
