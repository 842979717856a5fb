/**
 * The due list kept up to date incrementally (the background's badge, alarm and summary): the same
 * answers as reminders.ts's dueItems and nextChangeAt, advising a contact again only when its record
 * or the time its answer holds until changes.
 */
import {
  type Assessment,
  assess,
  compareDue,
  type DueItem,
  type DueOptions,
  materialise,
  prepare,
} from './reminders';
import type { TrackedContact } from './schema';
import type { Settings } from './settings';

/**
 * A due list kept up to date incrementally, for the badge and pages that ask again and again.
 * `items(contacts, now)` equals `dueItems(contacts, now, settings, options)`, and `nextChangeAt`
 * equals `nextChangeAt(...)`, but a contact is only advised again when its record changed (a new
 * object whose fields differ, see sameDueInputs) or when `now` reached the instant its answer could
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
      if (t >= e.a.from && t < e.a.until && (e.record === c || sameDueInputs(e.record, c))) {
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
export function sameDueInputs(a: TrackedContact, b: TrackedContact): boolean {
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
