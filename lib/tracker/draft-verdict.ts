/**
 * Score and advice agree. The score measures the draft; the next step says whether this
 * draft should go out at all. When the step says "not a note yet" (engage first, a request already
 * pending, a follow-up not due until Monday, stop after two follow-ups), the card shows that next to
 * the score instead of congratulating. Pure: the card renders it (components/NextStepNote.tsx).
 *
 *   go       the draft is the next step: score it as usual;
 *   hold     not yet / not at all: say why, and when if there is a date;
 *   instead  a different channel or form does better (an InMail, a message, no note).
 */
import { t } from '../i18n/t';
import type { SurfaceKind } from '../limits';
import { formatDay } from './format';
import type { NextStep } from './next-step';

export type Verdict = 'go' | 'hold' | 'instead';

export interface DraftVerdict {
  verdict: Verdict;
  /** One short sentence for beside the score; empty for 'go'. */
  text: string;
}

const GO: DraftVerdict = { verdict: 'go', text: '' };

/** Whether the draft in a box of this kind should go out now, by the next step. Null: no person. */
export function draftVerdict(
  step: NextStep,
  surface: SurfaceKind,
  now: Date,
  draftEmpty = false,
): DraftVerdict | null {
  if (surface === 'comment' || surface === 'post') return null;
  const name = step.callName;
  const when = step.dueAt ? formatDay(step.dueAt, step.timeZone, now) : null;
  const later = step.dueAt !== null && Date.parse(step.dueAt) > now.getTime() && !step.overdue;
  const hold = (text: string): DraftVerdict => ({ verdict: 'hold', text });
  const instead = (text: string): DraftVerdict => ({ verdict: 'instead', text });

  if (surface === 'connection-note') {
    switch (step.action) {
      case 'engage-first':
        return hold(t('verdict_engage_first', { name }));
      case 'wait':
        if (step.waiting === 'reinvite') return hold(t('verdict_reinvite_blocked', { date: when ?? '' }));
        if (step.waiting === 'request') return hold(t('verdict_request_pending', { name }));
        return instead(t('verdict_connected_message', { name }));
      case 'withdraw-request':
        return hold(t('verdict_withdraw_first', { name }));
      case 'stop':
        return hold(t('verdict_stop', { name }));
      case 'send-request-blank':
        // An empty note is the plan; a note without anything specific is not.
        return draftEmpty ? GO : instead(t('verdict_send_blank'));
      case 'send-inmail':
        return instead(t('verdict_inmail_instead', { name }));
      case 'send-message-request':
        return instead(t('verdict_message_request_instead', { name }));
      case 'send-first-message':
      case 'send-follow-up':
      case 'reply':
      case 're-engage':
      case 'escalate':
        return instead(t('verdict_connected_message', { name }));
      default:
        return later && when ? hold(t('verdict_not_before', { date: when })) : GO;
    }
  }
  // Messages, InMails, Sales Navigator.
  switch (step.action) {
    case 'stop':
      return hold(t('verdict_stop', { name }));
    case 'engage-first':
      return hold(t('verdict_engage_first', { name }));
    case 'wait':
      if (step.waiting === 'answer') return hold(t('verdict_wait_answer', { name }));
      if (step.waiting === 'request') return hold(t('verdict_request_pending', { name }));
      return GO;
    case 'send-follow-up':
    case 'escalate':
      return later && when ? hold(t('verdict_not_before', { date: when })) : GO;
    default:
      return GO;
  }
}
