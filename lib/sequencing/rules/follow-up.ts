/**
 * After your messages go unanswered: follow up 4–5 business days after the last one (seed 000), a
 * second time only with something new (seed 003), then stop after two follow-ups, or for a high-value
 * contact escalate to InMail or email, due 7 days after the first message (seed 000, stage 5).
 */
import { EVIDENCE } from '../../evidence.ts';
import { addBusinessDays } from '../business-days.ts';
import { advice, type Ctx, canInmail, day, inmailCost, type Rule, weekday } from '../context.ts';
import { addLocalDays } from '../dates.ts';
import type { Touch } from '../facts.ts';
import { TIMING } from '../settings.ts';
import type { Advice, Alternative } from '../types.ts';

/** The messages of the current thread: those after their last reply, else all of them. */
export function unansweredTouches(ctx: Ctx): Touch[] {
  const { messages, repliedAt } = ctx.f;
  return repliedAt ? messages.filter((m) => m.sentAt > repliedAt) : messages;
}

export const followUpSequence: Rule = (ctx: Ctx) => {
  const touches = unansweredTouches(ctx);
  const first = touches[0];
  const last = touches.at(-1);
  if (!first || !last) return null;
  const followUps = touches.length - 1;
  if (followUps === 0) return firstFollowUp(ctx, first);
  if (followUps === 1) return secondFollowUp(ctx, first, last);
  return ctx.f.highValue ? escalate(ctx, first, followUps) : stop(ctx, first, last);
};

function followUpDue(ctx: Ctx, last: Touch): Date {
  return addBusinessDays(last.sentAt, ctx.s.followUpBusinessDays, ctx.s.calendar);
}

function opening(ctx: Ctx, first: Touch): string {
  const { name, repliedAt } = ctx.f;
  return repliedAt
    ? `${name} replied on ${day(ctx, repliedAt)} and you answered on ${day(ctx, first.sentAt)}; nothing since`
    : `Nothing from ${name} since your message on ${day(ctx, first.sentAt)}`;
}

function firstFollowUp(ctx: Ctx, first: Touch): Advice {
  const due = followUpDue(ctx, first);
  const n = ctx.s.followUpBusinessDays;
  return advice(
    ctx,
    'send-follow-up',
    due,
    `${opening(ctx, first)}. Follow up on ${weekday(ctx, due)}, ${n} business days later, with something new: a relevant article, a resource or a recent development of theirs, not "just checking in".`,
    EVIDENCE.followUp4to5BusinessDays,
  );
}

function secondFollowUp(ctx: Ctx, first: Touch, last: Touch): Advice {
  const due = followUpDue(ctx, last);
  return advice(
    ctx,
    'send-follow-up',
    due,
    `${opening(ctx, first)}, and no answer to your follow-up on ${day(ctx, last.sentAt)}. Send a second and last follow-up on ${weekday(ctx, due)} only if you have something new to offer (a report, a resource, a question about their work); otherwise stop here.`,
    EVIDENCE.valueAddFollowUp,
    [
      ctx.f.highValue && escalateAlternative(ctx, first),
      {
        action: 'stop',
        reason: `If you have nothing new for ${ctx.f.name}, stop: a nudge without new value does more harm than good.`,
      },
    ],
  );
}

function escalateDue(ctx: Ctx, first: Touch): Date {
  return addLocalDays(first.sentAt, TIMING.escalateDays, ctx.s.calendar.timeZone);
}

/** Connected people are reached by email; others by InMail when you can send one, else email. */
function channel(ctx: Ctx): string {
  if (ctx.f.connected) return 'email (another LinkedIn message will not do more)';
  return canInmail(ctx) ? `an InMail (${inmailCost(ctx)}) or email` : 'email';
}

function escalateAlternative(ctx: Ctx, first: Touch): Alternative {
  return {
    action: 'escalate',
    reason: `${ctx.f.name} is high-value: from ${day(ctx, escalateDue(ctx, first))}, 7 days after your first message, you can switch to ${channel(ctx)} instead.`,
  };
}

function escalate(ctx: Ctx, first: Touch, followUps: number): Advice {
  const due = escalateDue(ctx, first);
  return advice(
    ctx,
    'escalate',
    due,
    `${ctx.f.name} has not answered your message of ${day(ctx, first.sentAt)} or your ${followUps} follow-ups. ${ctx.f.name} is high-value, so move to ${channel(ctx)}, referencing your LinkedIn messages; escalation is due 7–10 days after the first message, from ${day(ctx, due)}.`,
    EVIDENCE.escalate7to10,
    [
      {
        action: 'stop',
        reason: `Or stop here: more LinkedIn messages to ${ctx.f.name} risk a spam report.`,
      },
    ],
  );
}

function stop(ctx: Ctx, first: Touch, last: Touch): Advice {
  const { name } = ctx.f;
  const later = addLocalDays(last.sentAt, TIMING.dormantDays, ctx.s.calendar.timeZone);
  return advice(
    ctx,
    'stop',
    null,
    `${name} has not answered your message of ${day(ctx, first.sentAt)} or your two follow-ups. Stop here: beyond two follow-ups, replies drop sharply and the risk of a spam report rises.`,
    EVIDENCE.stopAfterTwo,
    [
      ctx.f.connected && {
        action: 're-engage',
        reason: `After ${day(ctx, later)}, reach out again only with a genuinely new reason, such as a role change or news at ${name}'s company.`,
      },
    ],
  );
}
