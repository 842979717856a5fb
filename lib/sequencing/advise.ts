/**
 * advise(contact, now, settings): the one next step for a person. Pure: `now` comes in as a
 * parameter, nothing reads the clock or the page.
 *
 * The checks run in this order and the first that applies wins:
 *   1. replyPromptly     they replied after your last message → reply within 24 h
 *   2. reEngageDormant   connected, no contact for ~90 days → re-engage with a new reason
 *   3. firstMessage      connected, nothing sent yet → first message within 48 h of acceptance
 *   4. reinviteBlocked   request withdrawn under 3 weeks ago → wait (even if signals exist)
 *   5. pendingRequest    request out → InMail after a week (high value) / withdraw when stale / wait
 *   6. followUpSequence  messages unanswered → follow-up, second follow-up, then escalate or stop
 *   7. firstApproach     nothing yet → InMail, note, message request, engage first or blank request
 * A reply beats any due follow-up; a live invitation (4, 5) governs until it is accepted or withdrawn.
 */

import type { Ctx, Rule } from './context.ts';
import { deriveFacts } from './facts.ts';
import { firstApproach } from './rules/approach.ts';
import { firstMessage, reEngageDormant } from './rules/connection.ts';
import { followUpSequence } from './rules/follow-up.ts';
import { pendingRequest, reinviteBlocked } from './rules/invitation.ts';
import { replyPromptly } from './rules/reply.ts';
import type { Contact, Settings } from './schema.ts';
import { resolveSettings } from './settings.ts';
import type { Advice } from './types.ts';

export const RULES: readonly { id: string; rule: Rule }[] = [
  { id: 'replyPromptly', rule: replyPromptly },
  { id: 'reEngageDormant', rule: reEngageDormant },
  { id: 'firstMessage', rule: firstMessage },
  { id: 'reinviteBlocked', rule: reinviteBlocked },
  { id: 'pendingRequest', rule: pendingRequest },
  { id: 'followUpSequence', rule: followUpSequence },
  { id: 'firstApproach', rule: firstApproach },
];

export function advise(contact: Contact, now: Date, settings: Settings = {}): Advice {
  if (Number.isNaN(now.getTime())) throw new RangeError('advise: now is not a valid date');
  const s = resolveSettings(settings);
  const ctx: Ctx = { f: deriveFacts(contact, now, s), s, now };
  for (const { rule } of RULES) {
    const result = rule(ctx);
    if (result) return result;
  }
  // firstApproach always answers; this keeps the type honest.
  throw new Error('advise: no rule applied');
}
