import { EVIDENCE } from '../../evidence.ts';
import { t } from '../../i18n/t.ts';
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
    t('reason_reply', { name, replied: day(ctx, repliedAt), due: day(ctx, due) }),
    EVIDENCE.replyWithin24h,
  );
};
