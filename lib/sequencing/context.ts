/** What every rule gets, and the helpers that turn a decision into an Advice. */
import type { Evidence } from '../evidence.ts';
import { t, tp } from '../i18n/t.ts';
import { addBusinessDays, isBusinessDay } from './business-days.ts';
import { addLocalDays, instantOf, localDay, sayDate } from './dates.ts';
import type { Facts } from './facts.ts';
import type { ResolvedSettings } from './settings.ts';
import type { ActionId, Advice, Alternative } from './types.ts';

export interface Ctx {
  f: Facts;
  s: ResolvedSettings;
  now: Date;
  /** Filled in when the caller wants to know how long the advice holds (see adviseTimed). */
  h?: Horizon;
}

/**
 * How long an advice stays the same as `now` moves on: `until`, the earliest instant after now at
 * which a rule's comparison with now flips, a daily count in a reason changes, or dueAt passes; and
 * `dueIsNow` when dueAt is now itself ("act now"), which moves with the clock.
 */
export interface Horizon {
  until: number;
  dueIsNow: boolean;
}

/** Records that the advice may change at instant t (ignored unless t is after now). */
export function watch(ctx: Ctx, t: number): void {
  const h = ctx.h;
  if (h && t > ctx.now.getTime() && t < h.until) h.until = t;
}

/** One step of the decision list: the advice when the rule applies, else null. */
export type Rule = (ctx: Ctx) => Advice | null;

export function advice(
  ctx: Ctx,
  action: ActionId,
  dueAt: Date | null,
  reason: string,
  evidence: Evidence,
  alternatives: readonly (Alternative | null | false)[] = [],
): Advice {
  const alts = alternatives.filter((a): a is Alternative => !!a && a.action !== action).slice(0, 2);
  if (ctx.h && dueAt !== null) {
    if (dueAt === ctx.now) ctx.h.dueIsNow = true;
    else {
      // dueAt itself (due items appear) and the instant after it (overdue turns true).
      watch(ctx, dueAt.getTime());
      watch(ctx, dueAt.getTime() + 1);
    }
  }
  if (dueAt === null) return { action, dueAt: null, reason, evidence, alternatives: alts };
  return {
    action,
    dueAt: dueAt.toISOString(),
    reason,
    evidence,
    alternatives: alts,
    overdue: ctx.now.getTime() > dueAt.getTime(),
  };
}

/**
 * When a step is due on the user's calendar: the instant itself on a working day; on a day off, the
 * next working day at the same local time, or from its start for a step due "now" (Saturday → due
 * Monday, never "due today" on a Saturday). Reasons must name the date this returns.
 */
export function dueOn(ctx: Ctx, at: Date): Date {
  if (Number.isNaN(at.getTime())) return at;
  const cal = ctx.s.calendar;
  const now = at === ctx.now;
  let working: boolean;
  try {
    working = isBusinessDay(at, cal);
  } catch {
    return at;
  }
  if (working) {
    // "Now" stays now only while today is a working day: look again at the next local midnight.
    if (now) watch(ctx, startOfDay(addLocalDays(ctx.now, 1, cal.timeZone), cal.timeZone));
    return at;
  }
  if (!cal.workingDays.some((d) => d >= 0 && d <= 6)) return at;
  // A rule's own date moved to Monday: the rule may choose differently once that date passes.
  if (!now) watch(ctx, at.getTime());
  const next = addBusinessDays(at, 1, cal);
  return now ? new Date(startOfDay(next, cal.timeZone)) : next;
}

/** The instant the local day of `date` starts in the zone. */
function startOfDay(date: Date, timeZone: string): number {
  return instantOf(localDay(date, timeZone), timeZone);
}

/** "3 March" in the user's zone. */
export function day(ctx: Ctx, date: Date): string {
  return sayDate(date, ctx.now, ctx.s.calendar.timeZone);
}

/** "Thursday 12 March": for days the user should act on. */
export function weekday(ctx: Ctx, date: Date): string {
  return sayDate(date, ctx.now, ctx.s.calendar.timeZone, true);
}

/** An InMail can go out: a credit to spend, or an Open Profile that takes free messages (seed 003). */
export function canInmail(ctx: Ctx): boolean {
  return ctx.s.inmailCredits > 0 || ctx.f.signals.openProfile;
}

/** How the InMail is paid for, in plain words. */
export function inmailCost(ctx: Ctx): string {
  if (ctx.f.signals.openProfile) return t('reason_cost_open_profile', { name: ctx.f.name });
  const n = ctx.s.inmailCredits;
  return tp('reason_cost_credit', n, { count: n });
}
