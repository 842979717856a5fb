import { EVIDENCE } from '../../evidence.ts';
import { t } from '../../i18n/t.ts';
import { advice, type Ctx, day, dueOn, type Rule } from '../context.ts';
import { addExactHours } from '../dates.ts';
import { TIMING } from '../settings.ts';

/** They replied after your last message (or wrote first): answer within 24 hours (seed 004). */
export const replyPromptly: Rule = (ctx: Ctx) => {
  const { repliedAt, messages, name, lastBy } = ctx.f;
  const last = messages.at(-1);
  // The record says the user wrote last (a sheet's last_message_by), or the reply is history.
  if (lastBy === 'me' || ctx.f.history) return null;
  if (!repliedAt) {
    // "Replied" without a date and "they wrote last": answer, but there is no date to be due by.
    if (ctx.f.undatedReply && lastBy === 'them')
      return advice(ctx, 'reply', null, t('reason_reply_undated', { name }), EVIDENCE.replyWithin24h);
    return null;
  }
  if (last && last.sentAt >= repliedAt) return null;
  const due = dueOn(ctx, addExactHours(repliedAt, TIMING.replyHours));
  return advice(
    ctx,
    'reply',
    due,
    t('reason_reply', { name, replied: day(ctx, repliedAt), due: day(ctx, due) }),
    EVIDENCE.replyWithin24h,
  );
};
