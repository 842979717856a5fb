/** The typed message protocol between the content script, the background and the extension pages. */
import type { SurfaceKind } from './limits';

/** What the content script saw when the user focused an editable element on LinkedIn. */
export interface FocusReport {
  url: string;
  recognised: boolean;
  kind?: SurfaceKind;
  /** Why the element got no panel (empty when recognised). */
  reasons: string[];
  /** Epoch ms. */
  at: number;
}

export type Message =
  | { type: 'focus-report'; report: FocusReport }
  /** The report for a tab, or (no tabId) the latest from any tab. Answers { tabId, report } or null. */
  | { type: 'get-focus-report'; tabId?: number }
  | { type: 'focus-report-updated'; tabId: number; report: FocusReport }
  /** The keyboard shortcut: show or hide the panel details in this tab. */
  | { type: 'toggle-panel' };

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
