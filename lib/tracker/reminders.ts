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
import { advise } from '../sequencing/advise.ts';
import { addLocalDays, toInstant } from '../sequencing/dates.ts';
import { TIMING } from '../sequencing/settings.ts';
import type { ActionId, Advice } from '../sequencing/types.ts';
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
  if (contact.status === 'ignored') return null;
  if (contact.snoozedUntil && toInstant(contact.snoozedUntil, 'UTC').getTime() > now.getTime()) return null;
  let advice: Advice;
  try {
    advice = advise(toAdviceContact(contact), now, toAdviceSettings(settings, options.fallbackTimeZone));
  } catch {
    return null;
  }
  const kind = KIND[advice.action];
  if (!kind || advice.dueAt === null) return null;
  const firstApproach =
    FIRST_APPROACH.has(advice.action) &&
    (contact.status === 'none' || contact.status === 'withdrawn') &&
    contact.messages.length === 0;
  if (firstApproach && !options.includeFirstApproach) return null;
  const due = new Date(advice.dueAt).getTime();
  if (!DEADLINES.has(advice.action) && due > now.getTime()) return null;
  const done = contact.doneActions?.some(
    (d) => d.action === advice.action && (d.dueAt === advice.dueAt || new Date(d.at).getTime() >= due),
  );
  if (done) return null;
  return {
    contactId: contact.id,
    name: contact.name,
    profileUrl: contact.profileUrl,
    action: advice.action,
    dueAt: advice.dueAt,
    overdueBy: Math.max(0, now.getTime() - due),
    reason: advice.reason,
    evidence: advice.evidence,
    kind,
  };
}

/** Every due or overdue item, most overdue (earliest dueAt) first, then by name. */
export function dueItems(
  contacts: readonly TrackedContact[],
  now: Date,
  settings: Settings,
  options: DueOptions = {},
): DueItem[] {
  const out: DueItem[] = [];
  for (const c of contacts) {
    const item = dueItemFor(c, now, settings, options);
    if (item) out.push(item);
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.name.localeCompare(b.name)));
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
  let best: number | null = null;
  const consider = (t: number) => {
    if (t > now.getTime() && (best === null || t < best)) best = t;
  };
  for (const c of contacts) {
    if (c.status === 'ignored') continue;
    if (c.snoozedUntil) {
      const until = toInstant(c.snoozedUntil, 'UTC').getTime();
      if (until > now.getTime()) {
        consider(until);
        continue;
      }
    }
    try {
      const a = advise(toAdviceContact(c), now, toAdviceSettings(settings, options.fallbackTimeZone));
      if (a.dueAt) consider(new Date(a.dueAt).getTime());
    } catch {
      // A record the advisor cannot read has no schedule.
    }
  }
  return best === null ? null : new Date(best).toISOString();
}

/**
 * After a withdrawal LinkedIn blocks a new invitation for up to three weeks: the ISO instant from
 * which the user can re-invite (withdrawnAt + 21 days on the wall clock), or null with no withdrawal.
 */
export function canReinviteAfter(contact: TrackedContact, timeZone = 'UTC'): string | null {
  const withdrawnAt = contact.request?.withdrawnAt;
  if (!withdrawnAt) return null;
  return addLocalDays(toInstant(withdrawnAt, timeZone), TIMING.reinviteBlockDays, timeZone).toISOString();
}

/** True while a new invitation to this contact would be blocked. */
export function reinviteBlocked(contact: TrackedContact, now: Date, timeZone = 'UTC'): boolean {
  const after = canReinviteAfter(contact, timeZone);
  return after !== null && now.getTime() < new Date(after).getTime();
}
