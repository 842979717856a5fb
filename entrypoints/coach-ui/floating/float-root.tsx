/**
 * The root every floating piece renders in: the theme for our CSS, and Escape closing the open card
 * from anywhere inside (focus returns to where the user was). `onKey` sees every other key first.
 */
import type { KeyboardEvent, ReactNode } from 'react';

export interface FloatRootProps {
  theme: 'light' | 'dark';
  /** Whether a card is open: Escape only closes what is open, and otherwise stays LinkedIn's. */
  open: boolean;
  close: () => void;
  /** Other keys (the panel's Alt+Shift+K); return true when handled. */
  onKey?: (e: KeyboardEvent<HTMLDivElement>) => boolean;
  children: ReactNode;
}

export function FloatRoot({ theme, open, close, onKey, children }: FloatRootProps) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape (and the panel's shortcut) from inside our UI; the controls are native buttons
    <div
      className="cc-root"
      data-theme={theme}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close();
        } else if (onKey?.(e)) {
          e.preventDefault();
        }
      }}
    >
      {children}
    </div>
  );
}
