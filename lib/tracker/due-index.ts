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
import { addLocalDays, toInstant } from '../sequencing/dates.ts';
import { type ResolvedSettings, resolveSettings, TIMING } from '../sequencing/settings.ts';
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

function compareDue(a: DueItem, b: DueItem): number {
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
// The engine behind dueItemFor, dueItems, nextChangeAt and the due index.

/** The advisor's settings, resolved once per call instead of once per contact; null if unreadable. */
type Prepared = ResolvedSettings | null;

function prepare(settings: Settings, options: DueOptions): Prepared {
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
interface Assessment {
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

function assess(contact: TrackedContact, now: Date, prepared: Prepared, options: DueOptions): Assessment {
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
function materialise(a: Assessment, now: Date): DueItem | null {
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
 * A due list kept up to date incrementally, for the badge and pages that ask again and again.
 * `items(contacts, now)` equals `dueItems(contacts, now, settings, options)`, and `nextChangeAt`
 * equals `nextChangeAt(...)`, but a contact is only advised again when its record changed (a new
 * object whose fields differ, see sameRecord) or when `now` reached the instant its answer could
 * change (its dueAt, a snooze end, a rule threshold such as "stale after 21 days", a day count in the
 * reason, or the new year). Everything else is a lookup.
 *
 * Records are compared by identity first, then field by field, so both a store that replaces changed
 * records and one that reads fresh objects every time work. Settings are fixed per index: make a new
 * index when they change. A `now` earlier than a cached answer recomputes that contact.
 */
export interface DueIndex {
  items(contacts: readonly TrackedContact[], now: Date): DueItem[];
  /**
   * The number of due items and the first `n` of items(): the background's badge and summary need
   * no more, and building all of them (thousands at 20,000 contacts) after every write is garbage.
   */
  head(contacts: readonly TrackedContact[], now: Date, n: number): { count: number; items: DueItem[] };
  /** The number of due items (the badge), without building or sorting them. */
  count(contacts: readonly TrackedContact[], now: Date): number;
  nextChangeAt(contacts: readonly TrackedContact[], now: Date): string | null;
  /** Forget a contact's cached answer (e.g. after changing its record in place). */
  invalidate(id: string): void;
  /** How many contacts the last call advised again (for tests and measurements). */
  readonly recomputed: number;
}

interface IndexEntry {
  record: TrackedContact;
  a: Assessment;
  /** The pass that last saw this contact. */
  pass: number;
}

export function createDueIndex(settings: Settings, options: DueOptions = {}): DueIndex {
  const opts: DueOptions = { ...options };
  const prepared = prepare(settings, opts);
  const entries = new Map<string, IndexEntry>();
  let passNo = 0;
  let seenCount = 0;
  let recomputed = 0;
  // The last due list's fixed answers (dueAt not now) in input order, and the same sorted.
  let lastFixed: Assessment[] = [];
  let lastSorted: Assessment[] = [];

  function lookup(c: TrackedContact, now: Date): Assessment {
    const t = now.getTime();
    const e = entries.get(c.id);
    if (e) {
      if (e.pass !== passNo) {
        e.pass = passNo;
        seenCount++;
      }
      if (t >= e.a.from && t < e.a.until && (e.record === c || sameRecord(e.record, c))) {
        e.record = c;
        return e.a;
      }
      recomputed++;
      e.record = c;
      e.a = assess(c, now, prepared, opts);
      return e.a;
    }
    recomputed++;
    seenCount++;
    const a = assess(c, now, prepared, opts);
    entries.set(c.id, { record: c, a, pass: passNo });
    return a;
  }

  /** Visits every contact's assessment, then forgets contacts that are gone. */
  function pass(contacts: readonly TrackedContact[], now: Date, visit: (a: Assessment) => void): void {
    passNo++;
    seenCount = 0;
    recomputed = 0;
    for (const c of contacts) visit(lookup(c, now));
    if (entries.size > seenCount) for (const [id, e] of entries) if (e.pass !== passNo) entries.delete(id);
  }

  /** The first `limit` due items in items() order, materialising only those; and how many are due. */
  function ordered(contacts: readonly TrackedContact[], now: Date, limit: number) {
    const fixed: Assessment[] = [];
    const moving: Assessment[] = [];
    let rank = 0;
    pass(contacts, now, (a) => {
      if (!a.item) return;
      // "Act now" items are dated at each read; the others keep their dueAt.
      (a.dueIsNow ? moving : fixed).push(a);
      a.rank = rank++;
    });
    // The same answers in the same input order sort the same way (the sort is stable), so the
    // last order of the fixed items is reused; the moving ones are merged in by (dueAt, name, input
    // order), which is what sorting the whole list would give.
    const same = fixed.length === lastFixed.length && fixed.every((a, i) => a === lastFixed[i]);
    if (!same) {
      lastFixed = fixed;
      lastSorted = fixed.slice().sort((a, b) => compareDue(a.item as DueItem, b.item as DueItem));
    }
    const count = fixed.length + moving.length;
    const movers = moving.map((a) => [materialise(a, now) as DueItem, a.rank] as const);
    movers.sort((x, y) => compareDue(x[0], y[0]) || x[1] - y[1]);
    const out: DueItem[] = [];
    let i = 0;
    let j = 0;
    let f: DueItem | undefined;
    while (out.length < limit && (i < lastSorted.length || j < movers.length)) {
      const m = movers[j];
      if (i < lastSorted.length && !f) f = materialise(lastSorted[i] as Assessment, now) as DueItem;
      if (!m || (f && (compareDue(f, m[0]) || (lastSorted[i] as Assessment).rank - m[1]) < 0)) {
        out.push(f as DueItem);
        f = undefined;
        i++;
      } else {
        out.push(m[0]);
        j++;
      }
    }
    return { count, items: out };
  }

  return {
    items(contacts, now) {
      return ordered(contacts, now, Number.POSITIVE_INFINITY).items;
    },
    head(contacts, now, n) {
      return ordered(contacts, now, n);
    },
    count(contacts, now) {
      let n = 0;
      pass(contacts, now, (a) => {
        if (a.item) n++;
      });
      return n;
    },
    nextChangeAt(contacts, now) {
      let best: number | null = null;
      pass(contacts, now, (a) => {
        const t = a.next;
        if (t !== null && t > now.getTime() && (best === null || t < best)) best = t;
      });
      return best === null ? null : new Date(best).toISOString();
    },
    invalidate(id) {
      entries.delete(id);
    },
    get recomputed() {
      return recomputed;
    },
  };
}

/**
 * Whether two records of a contact give the same due item: every field advise() and dueItemFor()
 * read. (updatedAt, audience, version, channel and history do not matter; createdAt does: it dates
 * imported history.)
 */
export function sameRecord(a: TrackedContact, b: TrackedContact): boolean {
  if (
    a.id !== b.id ||
    a.name !== b.name ||
    a.profileUrl !== b.profileUrl ||
    a.status !== b.status ||
    a.degree !== b.degree ||
    a.headline !== b.headline ||
    a.highValue !== b.highValue ||
    a.connectedAt !== b.connectedAt ||
    a.lastInteractionAt !== b.lastInteractionAt ||
    a.acceptedAt !== b.acceptedAt ||
    a.repliedAt !== b.repliedAt ||
    a.lastMessageBy !== b.lastMessageBy ||
    a.firstName !== b.firstName ||
    a.createdAt !== b.createdAt ||
    a.snoozedUntil !== b.snoozedUntil
  )
    return false;
  const ra = a.request;
  const rb = b.request;
  if (ra !== rb) {
    if (!ra || !rb || ra.sentAt !== rb.sentAt || ra.note !== rb.note || ra.withdrawnAt !== rb.withdrawnAt)
      return false;
  }
  const ma = a.messages;
  const mb = b.messages;
  if (ma !== mb) {
    if (ma.length !== mb.length) return false;
    for (let i = 0; i < ma.length; i++) {
      const x = ma[i] as TrackedContact['messages'][number];
      const y = mb[i] as TrackedContact['messages'][number];
      if (x.sentAt !== y.sentAt || x.kind !== y.kind) return false;
    }
  }
  const sa = a.signals;
  const sb = b.signals;
  if (sa !== sb) {
    if (
      sa.engagedWithMyContent !== sb.engagedWithMyContent ||
      sa.iEngagedWithTheirs !== sb.iEngagedWithTheirs ||
      sa.mutualConnection !== sb.mutualConnection ||
      sa.sharedGroup !== sb.sharedGroup ||
      sa.sharedEvent !== sb.sharedEvent ||
      sa.openProfile !== sb.openProfile ||
      sa.trigger?.kind !== sb.trigger?.kind ||
      sa.trigger?.at !== sb.trigger?.at ||
      (sa.trigger === undefined) !== (sb.trigger === undefined)
    )
      return false;
  }
  const da = a.doneActions;
  const db = b.doneActions;
  if (da !== db) {
    if (!da || !db || da.length !== db.length) return false;
    for (let i = 0; i < da.length; i++) {
      const x = da[i] as NonNullable<TrackedContact['doneActions']>[number];
      const y = db[i] as NonNullable<TrackedContact['doneActions']>[number];
      if (x.action !== y.action || x.at !== y.at || x.dueAt !== y.dueAt) return false;
    }
  }
  return true;
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
