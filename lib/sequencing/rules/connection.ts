/** Rules for people you are already connected with and have not messaged yet, or not for months. */
import { EVIDENCE } from '../../evidence.ts';
import { advice, type Ctx, day, type Rule, watch } from '../context.ts';
import { addExactHours, addLocalDays } from '../dates.ts';
import { bestHook } from '../hooks.ts';
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
  const newReason = hook ? hook.what : 'a recent post, role change or company news of theirs';
  return advice(
    ctx,
    're-engage',
    dormantFrom,
    `You and ${name} have not been in touch since ${day(ctx, lastTouch)}, over three months. You are already connected, so no request is needed: send a direct message with a new reason to reconnect, such as ${newReason}.`,
    EVIDENCE.reEngage,
  );
};

/** Connected and not messaged yet: the first message is due within 48 hours of acceptance (seed 000). */
export const firstMessage: Rule = (ctx: Ctx) => {
  const { connected, connectedOn, messages, name, request } = ctx.f;
  if (!connected || messages.length > 0) return null;
  const hook = bestHook(ctx);
  const opener = hook ? `open with ${hook.what}` : 'open with one specific observation about their work';
  const onNote = request?.note ? ' and build on the note you sent with your request' : '';
  if (!connectedOn)
    return advice(
      ctx,
      'send-first-message',
      ctx.now,
      `You are connected with ${name} but have no message on record. Send a short first message: ${opener}${onNote}, and no pitch.`,
      EVIDENCE.firstMessage24to48h,
    );
  const due = addExactHours(connectedOn, TIMING.firstMessageHours);
  const joined = ctx.f.accepted ? `${name} accepted on` : `You connected with ${name} on`;
  return advice(
    ctx,
    'send-first-message',
    due,
    `${joined} ${day(ctx, connectedOn)}; send your first message by ${day(ctx, due)} while your profile is fresh. Keep it short: ${opener}${onNote}, and no pitch.`,
    EVIDENCE.firstMessage24to48h,
  );
};
