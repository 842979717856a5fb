/** Rules for a connection request that is out (pending) or was withdrawn. */
import { EVIDENCE } from '../../evidence.ts';
import { advice, type Ctx, canInmail, day, inmailCost, type Rule, watch } from '../context.ts';
import { addLocalDays, DAY_MS, daysBetween } from '../dates.ts';
import { sharedContext } from '../hooks.ts';
import { TIMING } from '../settings.ts';
import type { Alternative } from '../types.ts';

/**
 * Withdrawn less than three weeks ago: LinkedIn blocks a new invitation, so wait, whatever signals
 * exist. A message request or an InMail does not need an invitation, so they stay open.
 */
export const reinviteBlocked: Rule = (ctx: Ctx) => {
  const { request, connected, name } = ctx.f;
  if (connected || !request?.withdrawnAt) return null;
  const reinviteFrom = addLocalDays(request.withdrawnAt, TIMING.reinviteBlockDays, ctx.s.calendar.timeZone);
  if (ctx.now >= reinviteFrom) return null;
  watch(ctx, reinviteFrom.getTime());
  const shared = sharedContext(ctx);
  return advice(
    ctx,
    'wait',
    reinviteFrom,
    `You withdrew your request to ${name} on ${day(ctx, request.withdrawnAt)}. LinkedIn blocks re-inviting for up to three weeks, so you can re-invite after ${day(ctx, reinviteFrom)}, this time with the right message.`,
    EVIDENCE.reinviteBlocked,
    [
      shared && {
        action: 'send-message-request',
        reason: `A message request through ${shared.what} needs no invitation, so it is open now.`,
      },
      (ctx.f.senior || ctx.f.highValue) &&
        canInmail(ctx) && {
          action: 'send-inmail',
          reason: `An InMail needs no invitation either (${inmailCost(ctx)}).`,
        },
    ],
  );
};

/** Whether an InMail (or any message) already followed the request. */
function messagedSince(ctx: Ctx, sentAt: Date): boolean {
  return ctx.f.messages.some((m) => m.sentAt >= sentAt);
}

/**
 * A request still out. In order: a week pending for a high-value contact you can InMail → InMail
 * (seed 001); past the stale threshold → withdraw (seed 002); otherwise wait until the next of those
 * two points. Most accepts come in the first week, almost all within 30 days (peers.md §4).
 */
export const pendingRequest: Rule = (ctx: Ctx) => {
  const { request, connected, name, highValue } = ctx.f;
  if (connected || !request || request.withdrawnAt) return null;
  const tz = ctx.s.calendar.timeZone;
  const inmailFrom = addLocalDays(request.sentAt, TIMING.pendingInmailDays, tz);
  const staleFrom = addLocalDays(request.sentAt, ctx.s.staleAfterDays, tz);
  const inmailNext = highValue && canInmail(ctx) && !messagedSince(ctx, request.sentAt);
  const stale = ctx.now >= staleFrom;
  watch(ctx, staleFrom.getTime());
  if (inmailNext) watch(ctx, inmailFrom.getTime());
  const sent = day(ctx, request.sentAt);
  const withdraw: Alternative = {
    action: 'withdraw-request',
    reason: `The request has been out since ${sent}, past your ${ctx.s.staleAfterDays}-day limit: withdraw it.`,
  };

  if (inmailNext && ctx.now >= inmailFrom)
    return advice(
      ctx,
      'send-inmail',
      inmailFrom,
      `Your request to ${name} has been pending since ${sent}, over a week. ${name} is high-value: send an InMail whose subject mentions your request (${inmailCost(ctx)}).`,
      EVIDENCE.pendingWeekInmail,
      [
        stale
          ? withdraw
          : {
              action: 'wait',
              reason: `Or keep waiting until ${day(ctx, staleFrom)}, then withdraw the request if it is still pending.`,
            },
      ],
    );

  if (stale) {
    const days = daysBetween(request.sentAt, ctx.now);
    // The day count in the reason goes up by one every 24 hours.
    watch(ctx, request.sentAt.getTime() + (days + 1) * DAY_MS);
    return advice(
      ctx,
      'withdraw-request',
      staleFrom,
      `Your request to ${name} has gone unanswered since ${sent} (${days} days). Withdraw it: pending requests keep sending reminders and make your profile look spammy. You can re-approach ${name} later with the right message.`,
      EVIDENCE.withdrawUnanswered,
      [
        canInmail(ctx) &&
          !messagedSince(ctx, request.sentAt) && {
            action: 'send-inmail',
            reason: `A request unanswered for weeks can be followed by a thoughtful InMail instead (${inmailCost(ctx)}).`,
          },
      ],
    );
  }

  const lookAgain = inmailNext ? inmailFrom : staleFrom;
  const then = inmailNext
    ? `when an InMail becomes the next step for a high-value contact`
    : `when it will be time to withdraw it if it is still pending`;
  return advice(
    ctx,
    'wait',
    lookAgain,
    `Your request to ${name} went out on ${sent} and is still pending; most people who accept do so within a week. Look again on ${day(ctx, lookAgain)}, ${then}.`,
    EVIDENCE.acceptanceCurve,
  );
};
