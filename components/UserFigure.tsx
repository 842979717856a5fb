import { createContext, useContext } from 'react';
import { userFigureFor } from '../lib/insight/coaching';
import type { WarningFigures } from '../lib/insight/figures';

/** The user's per-warning figures for every evidence line below: set once by the card or page. */
export const UserFiguresContext = createContext<WarningFigures | null>(null);

/** The user's figure for a warning from the nearest UserFiguresContext (nothing when none is set). */
export function ContextUserFigure({ warning }: { warning: string }) {
  return <UserFigure warning={warning} figures={useContext(UserFiguresContext)} />;
}

export interface UserFigureProps {
  /** The warning's rule id as the panel has it (Warning.rule); `blank-note` shows blank requests. */
  warning: string;
  /** The background's per-warning figures (lib/tracker/warning-figures-cache.ts), or null. */
  figures: WarningFigures | null | undefined;
}

/**
 * The user's own figure next to a warning's evidence line, once that warning's group has 25 of their
 * sends: "your notes with a pitch: 20% accepted, 46 sent". Renders nothing before that. Plain text in
 * a span (class cc-user-figure; the panel's stylesheet needs nothing new), so it reads in line with
 * whatever evidence line the panel puts it in; the 95% interval is in `title` for those who hover.
 */
export function UserFigure({ warning, figures }: UserFigureProps) {
  const fig = userFigureFor(warning, figures);
  if (!fig) return null;
  return (
    <span
      className="cc-user-figure"
      data-testid="cc-user-figure"
      data-warning={fig.warning}
      data-sent={fig.sent}
      data-accepted={fig.accepted}
      title={fig.label}
    >
      {fig.text}
    </span>
  );
}
