/**
 * A conversation on record and no step that applies: you answered last, it is imported history, or
 * a reply is known without its date. Nothing is due; once it goes quiet for a quarter, re-engaging
 * with a new reason is the next step (seed 000, "re-engaging a past connection").
 */
import { EVIDENCE } from '../../evidence.ts';
import { t } from '../../i18n/t.ts';
import { advice, type Ctx, day, dueOn, type Rule, watch } from '../context.ts';
import { addLocalDays } from '../dates.ts';
import { TIMING } from '../settings.ts';

export const conversationOpen: Rule = (ctx: Ctx) => {
  const { connected, messages, repliedAt, undatedReply, lastTouch, name, history, lastBy } = ctx.f;
  if (!connected && messages.length === 0 && !repliedAt && !undatedReply) return null;
  const quietFrom = lastTouch ? addLocalDays(lastTouch, TIMING.dormantDays, ctx.s.calendar.timeZone) : null;
  if (quietFrom) watch(ctx, quietFrom.getTime());
  const last = lastTouch ? day(ctx, lastTouch) : null;
  const reason = history
    ? last
      ? t('reason_history', { name, date: last })
      : t('reason_history_undated', { name })
    : lastBy === 'me'
      ? t('reason_answered', { name })
      : t('reason_conversation_open', { name });
  return advice(ctx, 'wait', quietFrom ? dueOn(ctx, quietFrom) : null, reason, EVIDENCE.reEngage);
};
