/** Rules for a connection request that is out (pending) or was withdrawn. */
import { EVIDENCE } from '../../evidence.ts';
import { t } from '../../i18n/t.ts';
import { advice, type Ctx, canInmail, day, dueOn, inmailCost, type Rule, watch } from '../context.ts';
import { addLocalDays, DAY_MS, daysBetween } from '../dates.ts';
import { sharedContext } from '../reasons.ts';
import { TIMING } from '../settings.ts';
import type { Alternative } from '../types.ts';

/**
 * After a withdrawal LinkedIn blocks a new invitation for up to three weeks: the instant from which
 * the user can invite again (withdrawnAt + 21 days on the wall clock). The tracker's checklist uses it too.
 */
export function reinviteFrom(withdrawnAt: Date, timeZone: string): Date {
  return addLocalDays(withdrawnAt, TIMING.reinviteBlockDays, timeZone);
}

/**
 * Withdrawn less than three weeks ago: LinkedIn blocks a new invitation, so wait, whatever signals
 * exist. A message request or an InMail does not need an invitation, so they stay open.
 */
export const reinviteBlocked: Rule = (ctx: Ctx) => {
  const { request, connected, name } = ctx.f;
  if (connected || !request?.withdrawnAt) return null;
  const from = reinviteFrom(request.withdrawnAt, ctx.s.calendar.timeZone);
  if (ctx.now >= from) return null;
  watch(ctx, from.getTime());
  const shared = sharedContext(ctx);
  return advice(
    ctx,
    'wait',
    dueOn(ctx, from),
    t('reason_reinvite_blocked', {
      name,
      withdrawn: day(ctx, request.withdrawnAt),
      date: day(ctx, from),
    }),
    EVIDENCE.reinviteBlocked,
    [
      shared && {
        action: 'send-message-request',
        reason: t('reason_alt_message_request_open', { what: shared.what }),
      },
      (ctx.f.senior || ctx.f.highValue) &&
        canInmail(ctx) && {
          action: 'send-inmail',
          reason: t('reason_alt_inmail_no_invitation', { cost: inmailCost(ctx) }),
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
    reason: t('reason_alt_withdraw', { sent, days: ctx.s.staleAfterDays }),
  };

  if (inmailNext && ctx.now >= inmailFrom)
    return advice(
      ctx,
      'send-inmail',
      dueOn(ctx, inmailFrom),
      t('reason_pending_inmail', { name, sent, cost: inmailCost(ctx) }),
      EVIDENCE.pendingWeekInmail,
      [
        stale
          ? withdraw
          : {
              action: 'wait',
              reason: t('reason_alt_keep_waiting', { date: day(ctx, staleFrom) }),
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
      dueOn(ctx, staleFrom),
      t('reason_withdraw', { name, sent, days }),
      EVIDENCE.withdrawUnanswered,
      [
        canInmail(ctx) &&
          !messagedSince(ctx, request.sentAt) && {
            action: 'send-inmail',
            reason: t('reason_alt_inmail_after_request', { cost: inmailCost(ctx) }),
          },
      ],
    );
  }

  const lookAgain = dueOn(ctx, inmailNext ? inmailFrom : staleFrom);
  const then = inmailNext ? t('reason_then_inmail') : t('reason_then_withdraw');
  return advice(
    ctx,
    'wait',
    lookAgain,
    t('reason_wait', { name, sent, date: day(ctx, lookAgain), then }),
    EVIDENCE.acceptanceCurve,
  );
};
