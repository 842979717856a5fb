/**
 * After your messages go unanswered: follow up 4–5 business days after the last one (seed 000), a
 * second time only with something new (seed 003), then stop after two follow-ups, or for a high-value
 * contact escalate to InMail or email, due 7 days after the first message (seed 000, stage 5).
 */
import { EVIDENCE } from '../../evidence.ts';
import { t, tp } from '../../i18n/t.ts';
import { addBusinessDays } from '../business-days.ts';
import { advice, type Ctx, canInmail, day, dueOn, inmailCost, type Rule, weekday } from '../context.ts';
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
  // Imported history, or the record says they wrote last: no follow-up to schedule.
  if (ctx.f.history || ctx.f.lastBy === 'them') return null;
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
  return dueOn(ctx, addBusinessDays(last.sentAt, ctx.s.followUpBusinessDays, ctx.s.calendar));
}

function opening(ctx: Ctx, first: Touch): string {
  const { name, repliedAt } = ctx.f;
  return repliedAt
    ? t('reason_opening_replied', { name, replied: day(ctx, repliedAt), sent: day(ctx, first.sentAt) })
    : t('reason_opening_silent', { name, sent: day(ctx, first.sentAt) });
}

function firstFollowUp(ctx: Ctx, first: Touch): Advice {
  const due = followUpDue(ctx, first);
  const n = ctx.s.followUpBusinessDays;
  return advice(
    ctx,
    'send-follow-up',
    due,
    tp('reason_follow_up', n, {
      opening: opening(ctx, first),
      date: weekday(ctx, due),
      days: n,
    }),
    EVIDENCE.followUp4to5BusinessDays,
  );
}

function secondFollowUp(ctx: Ctx, first: Touch, last: Touch): Advice {
  const due = followUpDue(ctx, last);
  return advice(
    ctx,
    'send-follow-up',
    due,
    t('reason_second_follow_up', {
      opening: opening(ctx, first),
      sent: day(ctx, last.sentAt),
      date: weekday(ctx, due),
    }),
    EVIDENCE.valueAddFollowUp,
    [
      ctx.f.highValue && escalateAlternative(ctx, first),
      {
        action: 'stop',
        reason: t('reason_alt_stop_nothing_new', { name: ctx.f.name }),
      },
    ],
  );
}

function escalateDue(ctx: Ctx, first: Touch): Date {
  return dueOn(ctx, addLocalDays(first.sentAt, TIMING.escalateDays, ctx.s.calendar.timeZone));
}

/** Connected people are reached by email; others by InMail when you can send one, else email. */
function channel(ctx: Ctx): string {
  if (ctx.f.connected) return t('reason_channel_connected');
  return canInmail(ctx) ? t('reason_channel_inmail', { cost: inmailCost(ctx) }) : t('reason_channel_email');
}

function escalateAlternative(ctx: Ctx, first: Touch): Alternative {
  return {
    action: 'escalate',
    reason: t('reason_alt_escalate', {
      name: ctx.f.name,
      date: day(ctx, escalateDue(ctx, first)),
      channel: channel(ctx),
    }),
  };
}

function escalate(ctx: Ctx, first: Touch, followUps: number): Advice {
  const due = escalateDue(ctx, first);
  return advice(
    ctx,
    'escalate',
    due,
    t('reason_escalate', {
      name: ctx.f.name,
      sent: day(ctx, first.sentAt),
      count: followUps,
      channel: channel(ctx),
      date: day(ctx, due),
    }),
    EVIDENCE.escalate7to10,
    [
      {
        action: 'stop',
        reason: t('reason_alt_stop_spam', { name: ctx.f.name }),
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
    t('reason_stop', { name, sent: day(ctx, first.sentAt) }),
    EVIDENCE.stopAfterTwo,
    [
      ctx.f.connected && {
        action: 're-engage',
        reason: t('reason_alt_re_engage_later', { date: day(ctx, later), name }),
      },
    ],
  );
}
