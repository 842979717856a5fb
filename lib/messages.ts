/** The typed message protocol between the content script, the background and the extension pages. */
import type { SurfaceKind } from './limits';
import type { PersonFacts } from './linkedin/facts-types';
import type { AdviceAnswer, PagePerson, SignalName } from './tracker/person-advice';
import type { FoundInvitation, SentSyncPlan } from './tracker/sync';

/** What the content script saw when the user focused an editable element on LinkedIn. */
export interface FocusReport {
  url: string;
  recognised: boolean;
  kind?: SurfaceKind;
  /** Why the element got no panel (empty when recognised). */
  reasons: string[];
  /** Epoch ms. */
  at: number;
  /** Sent when the page loads or changes, before any box was focused. */
  noBox?: boolean;
  /** Who the page is about (a profile, a conversation), for the side panel's next step. */
  person?: PagePerson | null;
}

export type Message =
  | { type: 'focus-report'; report: FocusReport }
  /** The report for a tab, or (no tabId) the latest from any tab. Answers { tabId, report } or null. */
  | { type: 'get-focus-report'; tabId?: number }
  | { type: 'focus-report-updated'; tabId: number; report: FocusReport }
  /** The background asks a tab whether a live content script is there (answered with true). */
  | { type: 'content/ping' }
  /** The content script asks for the coaching UI in its frame (answered with true once injected). */
  | { type: 'ui/load' }
  /** The keyboard shortcut: show or hide the panel details in this tab. */
  | { type: 'toggle-panel' }
  /**
   * The next step for the person on screen (answered with AdviceAnswer), from the background's one
   * advisor (lib/tracker/next-step.ts). Optional, all of them:
   * - facts: what the page shows about this person (lib/linkedin/page-facts.ts readPersonFacts);
   *   without it the background reads the asking frame itself (entrypoints/page-facts.ts);
   * - draft: the box being written in: its kind (for the score's verdict), whether the text is
   *   empty, whether it references something specific, the name in its greeting;
   * - tabId: for an extension page (the side panel), the LinkedIn tab whose page to read.
   */
  | {
      type: 'advice/get';
      person: PagePerson;
      draftHasHook?: boolean;
      facts?: PersonFacts | null;
      tabId?: number;
      draft?: { surface: SurfaceKind; empty: boolean; hasHook?: boolean; greeting?: string | null };
    }
  /** Set one of the signals the page cannot show (answered with { error: string | null }). */
  | { type: 'advice/signal'; person: PagePerson; signal: SignalName; value: boolean }
  /** "Track this person" (answered with { error: string | null }). */
  | { type: 'advice/track'; person: PagePerson }
  /** Plan the Sent-invitations sync against what is tracked (answered with SentSyncPlan). */
  | { type: 'sync/plan'; found: FoundInvitation[]; listComplete: boolean };

export interface Answers {
  'advice/get': AdviceAnswer;
  'advice/signal': { error: string | null };
  'advice/track': { error: string | null };
  'sync/plan': SentSyncPlan;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
