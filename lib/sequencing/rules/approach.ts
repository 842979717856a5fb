/**
 * The first approach to someone you are not connected with and have not invited (seed 000's
 * scenario table, seed 001's "use InMail when"). In order:
 *   1. senior executive and an InMail can go out (credits or Open Profile) → InMail;
 *   2. a specific reason (their engagement, a mutual contact, a fresh trigger, their post you engaged
 *      with) → request with a note that references it;
 *   3. a shared group or event → message request;
 *   4. senior executive, no InMail, no reason → engage with their content first;
 *   5. otherwise → blank request (engaging first is the alternative).
 */
import { EVIDENCE } from '../../evidence.ts';
import { triggerWords } from '../../i18n/signal-words.ts';
import { t } from '../../i18n/t.ts';
import { advice, type Ctx, canInmail, day, dueOn, inmailCost, type Rule } from '../context.ts';
import { addLocalDays } from '../dates.ts';
import { type Hook, noteClause, noteHooks, sharedContext } from '../reasons.ts';
import { TIMING } from '../settings.ts';
import type { Advice, Alternative } from '../types.ts';

export const firstApproach: Rule = (ctx: Ctx) => {
  const note = noteHooks(ctx)[0] ?? null;
  const shared = sharedContext(ctx);
  if (ctx.f.senior && canInmail(ctx)) return inmailSenior(ctx, note ?? shared);
  if (note) return requestWithNote(ctx, note, shared);
  if (shared) return messageRequest(ctx, shared);
  if (ctx.f.senior) return engageFirst(ctx);
  return blankRequest(ctx);
};

/** Said when they were invited before and the block has lapsed. */
function again(ctx: Ctx): string {
  const withdrawn = ctx.f.request?.withdrawnAt;
  return withdrawn ? ` ${t('reason_invite_again', { date: day(ctx, withdrawn) })}` : '';
}

function seniorLabel(ctx: Ctx): string {
  return ctx.f.headline
    ? t('reason_senior_headline', { name: ctx.f.name, headline: ctx.f.headline })
    : t('reason_senior', { name: ctx.f.name });
}

function inmailSenior(ctx: Ctx, hook: Hook | null): Advice {
  const opener = hook ? hook.what : t('reason_insight_opener');
  return advice(
    ctx,
    'send-inmail',
    dueOn(ctx, ctx.now),
    t('reason_inmail_senior', { senior: seniorLabel(ctx), opener, cost: inmailCost(ctx) }) + again(ctx),
    EVIDENCE.seniorInmail,
    [
      hook?.kind === 'shared-group' || hook?.kind === 'shared-event'
        ? {
            action: 'send-message-request',
            reason: t('reason_alt_message_instead', { name: ctx.f.name, what: hook.what }),
          }
        : requestAlternative(hook),
      !hook && {
        action: 'engage-first',
        reason: t('reason_alt_engage_before_inmail', { name: ctx.f.name }),
      },
    ],
  );
}

/** The request to suggest as an alternative: with a note when there is a reason, else blank. */
function requestAlternative(hook: Hook | null): Alternative {
  return hook
    ? {
        action: 'send-request-with-note',
        reason: t('reason_alt_request_note_free', { clause: noteClause(hook) }),
      }
    : {
        action: 'send-request-blank',
        reason: t('reason_alt_request_blank_senior'),
      };
}

/** After engaging with their post, the request goes 2–5 days later (seed 000, stage 1). */
function noteDue(ctx: Ctx, hook: Hook): Date {
  if (hook.kind !== 'my-engagement' || !hook.at) return ctx.now;
  const from = addLocalDays(hook.at, TIMING.engageLeadDays, ctx.s.calendar.timeZone);
  if (Number.isNaN(from.getTime())) return new Date(Number.NaN);
  // ctx.now itself (not a copy) once the lead time is over: the step is due now, whenever now is.
  return from.getTime() > ctx.now.getTime() ? from : ctx.now;
}

function requestWithNote(ctx: Ctx, hook: Hook, shared: Hook | null): Advice {
  const due = dueOn(ctx, noteDue(ctx, hook));
  const trigger = hook.kind === 'trigger' && canInmail(ctx);
  return advice(
    ctx,
    'send-request-with-note',
    due,
    (due > ctx.now
      ? t('reason_request_note_later', { name: ctx.f.name, date: day(ctx, due), clause: noteClause(hook) })
      : t('reason_request_note', { name: ctx.f.name, clause: noteClause(hook) })) + again(ctx),
    hook.evidence,
    [
      trigger && {
        action: 'send-inmail',
        reason: t('reason_alt_trigger_inmail', {
          trigger: triggerWords(String(ctx.f.signals.trigger?.kind)),
          name: ctx.f.name,
          cost: inmailCost(ctx),
        }),
      },
      shared && {
        action: 'send-message-request',
        reason: t('reason_alt_message_request', { name: ctx.f.name, what: shared.what }),
      },
      {
        action: 'send-request-blank',
        reason: t('reason_alt_request_blank_generic', { name: ctx.f.name }),
      },
    ],
  );
}

function messageRequest(ctx: Ctx, shared: Hook): Advice {
  return advice(
    ctx,
    'send-message-request',
    dueOn(ctx, ctx.now),
    t('reason_message_request', { name: ctx.f.name, what: shared.what }) + again(ctx),
    EVIDENCE.sharedGroupMessage,
    [
      {
        action: 'send-request-with-note',
        reason: t('reason_alt_request_note', { clause: noteClause(shared) }),
      },
    ],
  );
}

function engageFirst(ctx: Ctx): Advice {
  return advice(
    ctx,
    'engage-first',
    dueOn(ctx, ctx.now),
    t('reason_engage_first', { senior: seniorLabel(ctx), name: ctx.f.name }) + again(ctx),
    EVIDENCE.warmEngagement,
    [
      {
        action: 'send-request-blank',
        reason: t('reason_alt_request_blank_now'),
      },
    ],
  );
}

function blankRequest(ctx: Ctx): Advice {
  return advice(
    ctx,
    'send-request-blank',
    dueOn(ctx, ctx.now),
    t('reason_blank_request', { name: ctx.f.name }) + again(ctx),
    EVIDENCE.blankBeatsGeneric,
    [
      {
        action: 'engage-first',
        reason: t('reason_alt_warm_up', { name: ctx.f.name }),
      },
      ctx.f.signals.openProfile && {
        action: 'send-inmail',
        reason: t('reason_alt_open_profile', { name: ctx.f.name }),
      },
    ],
  );
}
