/**
 * What is due, for the badge, the popup checklist, notifications and the calendar export. Pure: the
 * advisor decides each contact's next step; this keeps the steps the user must act on.
 *
 * "Due" means due or overdue: an overdue item is never dropped, it only grows its overdueBy.
 * - Deadlines (first message within 48 h of acceptance, reply within 24 h) are due from the moment
 *   they arise, and overdue after dueAt.
 * - Scheduled steps (follow-up, withdraw, InMail after a week, escalate, re-engage) are due from dueAt.
 * - 'wait' and 'stop' are never due items.
 * - A snoozed contact's items are hidden until snoozedUntil; an 'ignored' contact has none.
 * - A first approach (send a request, engage first…) to a contact with nothing sent or a withdrawn
 *   request is only listed with `includeFirstApproach` (tracking someone is not a promise to write).
 * - A step the user ticked off (doneActions) for the same dueAt, or at/after its dueAt, stays hidden.
 */
import type { Evidence } from '../evidence.ts';
import { adviseTimed, type TimedAdvice } from '../sequencing/advise.ts';
import { toInstant } from '../sequencing/dates.ts';
import { reinviteFrom } from '../sequencing/rules/invitation.ts';
import { type ResolvedSettings, resolveSettings } from '../sequencing/settings.ts';
import type { ActionId } from '../sequencing/types.ts';
import { type TrackedContact, toAdviceContact } from './schema';
import { type Settings, toAdviceSettings } from './settings';

export type DueKind =
  | 'first-message'
  | 'follow-up'
  | 'withdraw'
  | 'reply'
  | 'inmail'
  | 'escalate'
  | 're-engage'
  | 'other';

export interface DueItem {
  contactId: string;
  name: string;
  profileUrl: string;
  action: ActionId;
  /** ISO (UTC). For deadlines, the deadline; for scheduled steps, when it became due. */
  dueAt: string;
  /** Milliseconds past dueAt; 0 when not yet past it. */
  overdueBy: number;
  reason: string;
  evidence: Evidence;
  kind: DueKind;
}

export interface DueOptions {
  /** List first approaches to contacts with nothing sent (default false). */
  includeFirstApproach?: boolean;
  /** The zone used when settings.timeZone is null (defaults to the browser's). */
  fallbackTimeZone?: string;
}

const KIND: Record<ActionId, DueKind | null> = {
  'send-first-message': 'first-message',
  'send-follow-up': 'follow-up',
  'withdraw-request': 'withdraw',
  reply: 'reply',
  'send-inmail': 'inmail',
  escalate: 'escalate',
  're-engage': 're-engage',
  'engage-first': 'other',
  'send-request-blank': 'other',
  'send-request-with-note': 'other',
  'send-message-request': 'other',
  wait: null,
  stop: null,
};

/** Steps with a deadline: actionable now, due by dueAt. */
const DEADLINES = new Set<ActionId>(['send-first-message', 'reply']);
const FIRST_APPROACH = new Set<ActionId>([
  'engage-first',
  'send-request-blank',
  'send-request-with-note',
  'send-inmail',
  'send-message-request',
]);

export function dueKind(action: ActionId): DueKind | null {
  return KIND[action];
}

/** The contact's due item at `now`, or null. Never throws on a well-formed record. */
export function dueItemFor(
  contact: TrackedContact,
  now: Date,
  settings: Settings,
  options: DueOptions = {},
): DueItem | null {
  return materialise(assess(contact, now, prepare(settings, options), options), now);
}

/** Every due or overdue item, most overdue (earliest dueAt) first, then by name. */
export function dueItems(
  contacts: readonly TrackedContact[],
  now: Date,
  settings: Settings,
  options: DueOptions = {},
): DueItem[] {
  const prepared = prepare(settings, options);
  const out: DueItem[] = [];
  for (const c of contacts) {
    const item = materialise(assess(c, now, prepared, options), now);
    if (item) out.push(item);
  }
  return sortDue(out);
}

export function compareDue(a: DueItem, b: DueItem): number {
  return a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.name.localeCompare(b.name);
}

function sortDue(items: DueItem[]): DueItem[] {
  return items.sort(compareDue);
}

/** The toolbar badge text: '' for none, '99+' past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * When something next becomes due (a scheduled step's dueAt, a snooze ending), for the background's
 * alarm. null when nothing is scheduled. Items already due are not "next".
 */
export function nextChangeAt(
  contacts: readonly TrackedContact[],
  now: Date,
  settings: Settings,
  options: DueOptions = {},
): string | null {
  const prepared = prepare(settings, options);
  let best: number | null = null;
  for (const c of contacts) {
    const t = assess(c, now, prepared, options).next;
    if (t !== null && t > now.getTime() && (best === null || t < best)) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
}

// ---------------------------------------------------------------------------------------------
// The engine behind dueItemFor, dueItems, nextChangeAt and the due index (due-index.ts).

/** The advisor's settings, resolved once per call instead of once per contact; null if unreadable. */
export type Prepared = ResolvedSettings | null;

export function prepare(settings: Settings, options: DueOptions): Prepared {
  try {
    return resolveSettings(toAdviceSettings(settings, options.fallbackTimeZone));
  } catch {
    return null;
  }
}

/**
 * One contact at `from`: its due item (dueAt filled in at read time when it is "now"), the time it
 * holds until (for now in [from, until) the answer is the same, overdueBy aside), and what it adds to
 * nextChangeAt.
 */
export interface Assessment {
  from: number;
  until: number;
  item: DueItem | null;
  /** The item's dueAt is the instant it is read at (an "act now" step). */
  dueIsNow: boolean;
  dueMs: number;
  /** nextChangeAt's candidate: the snooze end or the advice's dueAt; null for none. */
  next: number | null;
  /** Scratch for the due index: the item's place in the input of the current read. */
  rank: number;
}

const FOREVER = Number.POSITIVE_INFINITY;

export function assess(
  contact: TrackedContact,
  now: Date,
  prepared: Prepared,
  options: DueOptions,
): Assessment {
  const at = now.getTime();
  const quiet = (until: number, next: number | null = null): Assessment => ({
    from: at,
    until,
    item: null,
    dueIsNow: false,
    dueMs: Number.NaN,
    next,
    rank: 0,
  });
  if (contact.status === 'ignored') return quiet(FOREVER);
  if (contact.snoozedUntil) {
    const until = toInstant(contact.snoozedUntil, 'UTC').getTime();
    if (until > at) return quiet(until, until);
  }
  // An unreadable record or settings: no item and no schedule, checked again on every read.
  if (!prepared) return quiet(at);
  let timed: TimedAdvice;
  try {
    timed = adviseTimed(toAdviceContact(contact), now, prepared);
  } catch {
    return quiet(at);
  }
  const { advice, dueIsNow } = timed;
  let until = timed.until;
  const watch = (t: number) => {
    if (t > at && t < until) until = t;
  };
  if (contact.snoozedUntil) watch(toInstant(contact.snoozedUntil, 'UTC').getTime());
  const next = advice.dueAt !== null && !dueIsNow ? new Date(advice.dueAt).getTime() : null;
  const kind = KIND[advice.action];
  if (!kind || advice.dueAt === null) return quiet(until, next);
  const firstApproach =
    FIRST_APPROACH.has(advice.action) &&
    (contact.status === 'none' || contact.status === 'withdrawn') &&
    contact.messages.length === 0;
  if (firstApproach && !options.includeFirstApproach) return quiet(until, next);
  const due = new Date(advice.dueAt).getTime();
  if (!DEADLINES.has(advice.action) && due > at) return quiet(until, next);
  let done = false;
  for (const d of contact.doneActions ?? []) {
    if (d.action !== advice.action) continue;
    const doneAt = new Date(d.at).getTime();
    if (d.dueAt === advice.dueAt || doneAt >= due) done = true;
    if (dueIsNow) {
      // "Done at or after now" and "done for this very dueAt" change as now moves on.
      watch(doneAt + 1);
      if (d.dueAt !== undefined) {
        const t = new Date(d.dueAt).getTime();
        watch(t);
        watch(t + 1);
      }
    }
  }
  if (done) return quiet(until, next);
  return {
    from: at,
    until,
    item: {
      contactId: contact.id,
      name: contact.name,
      profileUrl: contact.profileUrl,
      action: advice.action,
      dueAt: advice.dueAt,
      overdueBy: 0,
      reason: advice.reason,
      evidence: advice.evidence,
      kind,
    },
    dueIsNow,
    dueMs: due,
    next,
    rank: 0,
  };
}

/** The assessment's item as read at `now` (a fresh object: callers may keep or change it). */
export function materialise(a: Assessment, now: Date): DueItem | null {
  const item = a.item;
  if (!item) return null;
  return {
    contactId: item.contactId,
    name: item.name,
    profileUrl: item.profileUrl,
    action: item.action,
    dueAt: a.dueIsNow ? now.toISOString() : item.dueAt,
    overdueBy: a.dueIsNow ? 0 : Math.max(0, now.getTime() - a.dueMs),
    reason: item.reason,
    evidence: item.evidence,
    kind: item.kind,
  };
}

/**
 * The ISO instant from which the user can invite again after a withdrawal (the advisor's own
 * reinviteFrom), or null with no withdrawal.
 */
export function canReinviteAfter(contact: TrackedContact, timeZone = 'UTC'): string | null {
  const withdrawnAt = contact.request?.withdrawnAt;
  if (!withdrawnAt) return null;
  return reinviteFrom(toInstant(withdrawnAt, timeZone), timeZone).toISOString();
}

/** True while a new invitation to this contact would be blocked. */
export function isReinviteBlocked(contact: TrackedContact, now: Date, timeZone = 'UTC'): boolean {
  const after = canReinviteAfter(contact, timeZone);
  return after !== null && now.getTime() < new Date(after).getTime();
}
