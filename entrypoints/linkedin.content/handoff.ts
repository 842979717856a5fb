/**
 * What the small always-on content script hands to the coaching UI once the background has injected
 * it (entrypoints/coach-ui). Both run in the extension's isolated world of the same frame, so they
 * share globalThis; the page cannot see it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InviteMemory } from '../../lib/linkedin/invite';

export const HANDOFF_KEY = '__connectCoachHandoff';

export interface CoachHandoff {
  ctx: ContentScriptContext;
  /** The Connect control clicked last, while fresh (the click often happens before the UI loads). */
  invite(): InviteMemory | null;
  /** The keyboard shortcut was pressed before the UI was ready: apply it once it is. */
  toggleRequested: boolean;
  /** Set by the UI when it starts, so a second injection does nothing. */
  started: boolean;
  /** The UI takes over watching the page: the loader stops its own watcher and listeners. */
  takeOver(): void;
}

export function readHandoff(scope: object): CoachHandoff | undefined {
  return (scope as Record<string, CoachHandoff | undefined>)[HANDOFF_KEY];
}

export function writeHandoff(scope: object, handoff: CoachHandoff) {
  (scope as Record<string, CoachHandoff>)[HANDOFF_KEY] = handoff;
}
