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
import { advice, type Ctx, canInmail, day, inmailCost, type Rule } from '../context.ts';
import { addLocalDays } from '../dates.ts';
import { type Hook, noteClause, noteHooks, sharedContext } from '../hooks.ts';
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
  return withdrawn
    ? ` (You withdrew an earlier request on ${day(ctx, withdrawn)}; you can invite again now.)`
    : '';
}

function seniorLabel(ctx: Ctx): string {
  return ctx.f.headline
    ? `${ctx.f.name} is a senior executive (${ctx.f.headline})`
    : `${ctx.f.name} is senior`;
}

function inmailSenior(ctx: Ctx, hook: Hook | null): Advice {
  const opener = hook ? hook.what : 'a specific insight relevant to their role';
  return advice(
    ctx,
    'send-inmail',
    ctx.now,
    `${seniorLabel(ctx)}, and senior people accept few requests. Send an InMail that opens with ${opener}, under 150 words with one low-friction ask; ${inmailCost(ctx)}.${again(ctx)}`,
    EVIDENCE.seniorInmail,
    [
      hook?.kind === 'shared-group' || hook?.kind === 'shared-event'
        ? {
            action: 'send-message-request',
            reason: `Or message ${ctx.f.name} through ${hook.what} instead; no InMail credit needed.`,
          }
        : requestAlternative(hook),
      !hook && {
        action: 'engage-first',
        reason: `Comment on a recent post of ${ctx.f.name}'s first, so your name is familiar when the InMail lands.`,
      },
    ],
  );
}

/** The request to suggest as an alternative: with a note when there is a reason, else blank. */
function requestAlternative(hook: Hook | null): Alternative {
  return hook
    ? {
        action: 'send-request-with-note',
        reason: `Or send a connection request with ${noteClause(hook)}; it is free.`,
      }
    : {
        action: 'send-request-blank',
        reason: `Or send a blank connection request; it is free, but senior people accept few.`,
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
  const due = noteDue(ctx, hook);
  const when = due > ctx.now ? ` on ${day(ctx, due)}, once your name is familiar,` : '';
  const trigger = hook.kind === 'trigger' && canInmail(ctx);
  return advice(
    ctx,
    'send-request-with-note',
    due,
    `Send ${ctx.f.name} a connection request${when} with ${noteClause(hook)}.${again(ctx)}`,
    hook.evidence,
    [
      trigger && {
        action: 'send-inmail',
        reason: `The ${ctx.f.signals.trigger?.kind} is time-sensitive: an InMail reaches ${ctx.f.name} now without waiting for acceptance (${inmailCost(ctx)}).`,
      },
      shared && {
        action: 'send-message-request',
        reason: `Or message ${ctx.f.name} without connecting through ${shared.what}; no InMail credit needed.`,
      },
      {
        action: 'send-request-blank',
        reason: `If you cannot make the note specific to ${ctx.f.name}, send the request blank: generic notes do worse than none.`,
      },
    ],
  );
}

function messageRequest(ctx: Ctx, shared: Hook): Advice {
  return advice(
    ctx,
    'send-message-request',
    ctx.now,
    `Message ${ctx.f.name} without connecting through ${shared.what}: no request queue and no InMail credit. Mention it in your first line; message requests are easy to miss.${again(ctx)}`,
    EVIDENCE.sharedGroupMessage,
    [
      {
        action: 'send-request-with-note',
        reason: `Or send a connection request with ${noteClause(shared)}.`,
      },
    ],
  );
}

function engageFirst(ctx: Ctx): Advice {
  return advice(
    ctx,
    'engage-first',
    ctx.now,
    `${seniorLabel(ctx)}, senior people accept few cold requests, and you have no InMail credits. Like or comment thoughtfully on a recent post of ${ctx.f.name}'s first, then send the request 2–5 days later with a note that references it.${again(ctx)}`,
    EVIDENCE.warmEngagement,
    [
      {
        action: 'send-request-blank',
        reason: `Or send a blank request now; senior people accept few cold ones.`,
      },
    ],
  );
}

function blankRequest(ctx: Ctx): Advice {
  return advice(
    ctx,
    'send-request-blank',
    ctx.now,
    `You have no specific reason to connect with ${ctx.f.name} yet, so send the request without a note: blank requests are accepted more often than generic ones.${again(ctx)}`,
    EVIDENCE.blankBeatsGeneric,
    [
      {
        action: 'engage-first',
        reason: `Or warm up first: like or comment on a recent post of ${ctx.f.name}'s, then send the request 2–5 days later with a note that references it.`,
      },
      ctx.f.signals.openProfile && {
        action: 'send-inmail',
        reason: `${ctx.f.name} has an Open Profile, so you can message them for free without connecting.`,
      },
    ],
  );
}
