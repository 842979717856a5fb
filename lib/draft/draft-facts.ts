/**
 * What the one advisor needs to know about the draft being written, derived from the
 * draft card's or the side panel's fields: the kind of box (for the score's verdict), whether it is
 * empty, whether a connection note references something specific, and the name the user's greeting
 * uses. The caller asks for advice again only when one of these changes, never on every keystroke
 * for nothing. Pure.
 */

import type { FieldName, SurfaceKind } from '../limits';
import { parseGreeting } from './greeting';
import type { DraftReport } from './index';

export interface DraftFacts {
  surface: SurfaceKind;
  /** Every field is blank (white space only). */
  empty: boolean;
  /** A connection note that references something specific (the engine found no missing hook). */
  hasHook: boolean;
  /** The name in the greeting ("Minh" in "Chào Minh,"), or null. */
  greeting: string | null;
}

export interface DraftField {
  name: FieldName;
  text: string;
  report?: DraftReport;
}

/** Enough words, and neither "no hook" nor "generic opener": the note gives a specific reason. */
function hasHook(report: DraftReport | undefined): boolean {
  return Boolean(
    report &&
      report.stats.words >= 8 &&
      !report.warnings.some((w) => w.rule === 'no-hook' || w.rule === 'generic-opener'),
  );
}

export function draftFacts(surface: SurfaceKind, fields: readonly DraftField[]): DraftFacts {
  const main = fields.find((f) => f.name !== 'subject') ?? fields[0];
  const empty = fields.every((f) => f.text.trim() === '');
  const text = main?.text ?? '';
  return {
    surface,
    empty,
    hasHook: surface === 'connection-note' && !empty && hasHook(main?.report),
    greeting: empty ? null : (parseGreeting(text)?.name?.text.trim() ?? null) || null,
  };
}

export function sameDraftFacts(a: DraftFacts | null, b: DraftFacts | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.surface === b.surface && a.empty === b.empty && a.hasHook === b.hasHook && a.greeting === b.greeting
  );
}
