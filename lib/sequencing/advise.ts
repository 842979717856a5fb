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
 *   7. conversationOpen  a conversation on record and nothing due (you answered last, imported
 *                        history, a reply without its date) → wait until it goes quiet
 *   8. firstApproach     nothing yet → InMail, note, message request, engage first or blank request
 * A reply beats any due follow-up; a live invitation (4, 5) governs until it is accepted or withdrawn.
 * Every due date lands on one of the user's working days (context.ts dueOn). A conversation that came
 * into the tracker as history (facts.ts) gives suggestions without dates, never due tasks.
 */

import { type Ctx, type Horizon, type Rule, watch } from './context.ts';
import { DAY_MS, instantOf, localDay } from './dates.ts';
import { deriveFacts } from './facts.ts';
import { firstApproach } from './rules/approach.ts';
import { firstMessage, reEngageDormant } from './rules/connection.ts';
import { conversationOpen } from './rules/conversation.ts';
import { followUpSequence } from './rules/follow-up.ts';
import { pendingRequest, reinviteBlocked } from './rules/invitation.ts';
import { replyPromptly } from './rules/reply.ts';
import type { Contact, Settings } from './schema.ts';
import { type ResolvedSettings, resolveSettings, TIMING } from './settings.ts';
import type { Advice } from './types.ts';

const RULES: readonly { id: string; rule: Rule }[] = [
  { id: 'replyPromptly', rule: replyPromptly },
  { id: 'reEngageDormant', rule: reEngageDormant },
  { id: 'firstMessage', rule: firstMessage },
  { id: 'reinviteBlocked', rule: reinviteBlocked },
  { id: 'pendingRequest', rule: pendingRequest },
  { id: 'followUpSequence', rule: followUpSequence },
  { id: 'conversationOpen', rule: conversationOpen },
  { id: 'firstApproach', rule: firstApproach },
];

export function advise(contact: Contact, now: Date, settings: Settings = {}): Advice {
  if (Number.isNaN(now.getTime())) throw new RangeError('advise: now is not a valid date');
  const s = resolveSettings(settings);
  return run({ f: deriveFacts(contact, now, s), s, now });
}

function run(ctx: Ctx): Advice {
  for (const { rule } of RULES) {
    const result = rule(ctx);
    if (result) return result;
  }
  // firstApproach always answers; this keeps the type honest.
  throw new Error('advise: no rule applied');
}

export interface TimedAdvice {
  /** Exactly advise(contact, now, settings). */
  advice: Advice;
  /**
   * advise() at any later instant before `until` gives the same advice, except that when `dueIsNow`
   * its dueAt is that instant (an "act now" step). Infinity when nothing is scheduled.
   */
  until: number;
  dueIsNow: boolean;
}

/**
 * advise() plus how long the answer holds, for caches such as the tracker's due index. Takes
 * settings already resolved, so a caller advising many contacts resolves them once.
 */
export function adviseTimed(contact: Contact, now: Date, s: ResolvedSettings): TimedAdvice {
  if (Number.isNaN(now.getTime())) throw new RangeError('advise: now is not a valid date');
  const h: Horizon = { until: Number.POSITIVE_INFINITY, dueIsNow: false };
  const ctx: Ctx = { f: deriveFacts(contact, now, s), s, now, h };
  // A trigger is a reason only for TIMING.triggerFreshDays days (facts.ts).
  const trigger = ctx.f.signals.trigger;
  if (trigger) watch(ctx, trigger.at.getTime() + (TIMING.triggerFreshDays + 1) * DAY_MS);
  // Reasons give the year of a date only when it differs from now's.
  watch(ctx, nextLocalYear(now, s.calendar.timeZone));
  const advice = run(ctx);
  return { advice, until: h.until, dueIsNow: h.dueIsNow };
}

let yearCache: { zone: string; from: number; until: number; next: number } | null = null;

/** The start of the next calendar year in the zone (cached: it is the same for a whole year). */
function nextLocalYear(now: Date, timeZone: string): number {
  const t = now.getTime();
  const c = yearCache;
  if (c && c.zone === timeZone && t >= c.from && t < c.until) return c.next;
  let year: number;
  try {
    year = Number(localDay(now, timeZone).slice(0, 4));
  } catch {
    return Number.POSITIVE_INFINITY; // an unknown zone: no dates in the reasons either
  }
  const from = instantOf(`${year}-01-01`, timeZone);
  const next = instantOf(`${year + 1}-01-01`, timeZone);
  if (Number.isNaN(next)) return Number.POSITIVE_INFINITY;
  yearCache = { zone: timeZone, from, until: next, next };
  return next;
}
