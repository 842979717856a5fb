import type { Evidence } from '../evidence.ts';

/** Stable ids for the next step; the UI and the tracker key on these. */
export type ActionId =
  | 'engage-first'
  | 'send-request-blank'
  | 'send-request-with-note'
  | 'send-inmail'
  | 'send-message-request'
  | 'send-first-message'
  | 'send-follow-up'
  | 'escalate'
  | 'wait'
  | 'withdraw-request'
  | 'stop'
  | 'reply'
  | 're-engage';

export const ACTION_IDS: readonly ActionId[] = [
  'engage-first',
  'send-request-blank',
  'send-request-with-note',
  'send-inmail',
  'send-message-request',
  'send-first-message',
  'send-follow-up',
  'escalate',
  'wait',
  'withdraw-request',
  'stop',
  'reply',
  're-engage',
];

export interface Alternative {
  action: ActionId;
  reason: string;
}

export interface Advice {
  action: ActionId;
  /**
   * ISO (UTC). When the step is due: a deadline ("send your first message by"), the day it becomes
   * due ("follow up on"), or for 'wait' when to look again. null when there is nothing to schedule.
   */
  dueAt: string | null;
  /** Plain words naming the person and the concrete thing. */
  reason: string;
  /** The seed figure behind the step. */
  evidence: Evidence;
  /** At most two. */
  alternatives: Alternative[];
  /** Set whenever dueAt is: true once now is past dueAt. Overdue steps are never dropped. */
  overdue?: boolean;
}
