/** Rules for people you are already connected with and have not messaged yet, or not for months. */
import { EVIDENCE } from '../../evidence.ts';
import { t } from '../../i18n/t.ts';
import { advice, type Ctx, day, dueOn, type Rule, watch } from '../context.ts';
import { addExactHours, addLocalDays } from '../dates.ts';
import { bestHook } from '../reasons.ts';
import { TIMING } from '../settings.ts';

/**
 * A 1st-degree connection with no sign of life for months: the old sequence is over; a direct message
 * with a new reason is the next step (seed 000, "re-engaging a past connection").
 */
export const reEngageDormant: Rule = (ctx: Ctx) => {
  const { connected, lastTouch, name } = ctx.f;
  if (!connected || !lastTouch) return null;
  const dormantFrom = addLocalDays(lastTouch, TIMING.dormantDays, ctx.s.calendar.timeZone);
  if (ctx.now < dormantFrom) {
    watch(ctx, dormantFrom.getTime());
    return null;
  }
  const hook = bestHook(ctx);
  const newReason = hook ? hook.what : t('reason_new_reason_default');
  return advice(
    ctx,
    're-engage',
    // Imported history: a suggestion for when there is a new reason, not a task with a date.
    ctx.f.history ? null : dueOn(ctx, dormantFrom),
    t('reason_re_engage', { name, date: day(ctx, lastTouch), reason: newReason }),
    EVIDENCE.reEngage,
  );
};

/** Connected and not messaged yet: the first message is due within 48 hours of acceptance (seed 000). */
export const firstMessage: Rule = (ctx: Ctx) => {
  const { connected, connectedOn, messages, name, request } = ctx.f;
  if (!connected || messages.length > 0) return null;
  // A conversation already exists (a reply or who wrote last is on record), or it is history.
  if (ctx.f.history || ctx.f.repliedAt || ctx.f.undatedReply || ctx.f.lastBy) return null;
  const hook = bestHook(ctx);
  const onNote = !!request?.note;
  const opener = hook
    ? t(onNote ? 'reason_opener_note' : 'reason_opener', { what: hook.what })
    : t(onNote ? 'reason_opener_default_note' : 'reason_opener_default');
  if (!connectedOn)
    return advice(
      ctx,
      'send-first-message',
      dueOn(ctx, ctx.now),
      t('reason_first_message_undated', { name, opener }),
      EVIDENCE.firstMessage24to48h,
    );
  const due = dueOn(ctx, addExactHours(connectedOn, TIMING.firstMessageHours));
  return advice(
    ctx,
    'send-first-message',
    due,
    t(ctx.f.accepted ? 'reason_first_message_accepted' : 'reason_first_message_connected', {
      name,
      date: day(ctx, connectedOn),
      due: day(ctx, due),
      opener,
    }),
    EVIDENCE.firstMessage24to48h,
  );
};
