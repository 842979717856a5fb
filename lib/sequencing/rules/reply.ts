import { EVIDENCE } from '../../evidence.ts';
import { advice, type Ctx, day, type Rule } from '../context.ts';
import { addExactHours } from '../dates.ts';
import { TIMING } from '../settings.ts';

/** They replied after your last message (or wrote first): answer within 24 hours (seed 004). */
export const replyPromptly: Rule = (ctx: Ctx) => {
  const { repliedAt, messages, name } = ctx.f;
  const last = messages.at(-1);
  if (!repliedAt || (last && last.sentAt >= repliedAt)) return null;
  const due = addExactHours(repliedAt, TIMING.replyHours);
  return advice(
    ctx,
    'reply',
    due,
    `${name} replied on ${day(ctx, repliedAt)}: answer by ${day(ctx, due)}, within 24 hours, to keep the conversation moving. Add one useful thought before asking for anything.`,
    EVIDENCE.replyWithin24h,
  );
};
