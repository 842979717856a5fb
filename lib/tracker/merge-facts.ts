/**
 * What the page shows about a person, merged into their record before advising. The page
 * wins where it is fresher than the record, and each change it makes is kept in the record's
 * history, which the dashboard shows. Pure: the background writes the result through its writer.
 *
 * - Profile: 1st degree marks a live request accepted (or a contact connected); "pending" with no
 *   live request on record adds one (its date unknown: when it was seen, flagged approximate);
 *   "Connect" offered while the record holds a live request means it is gone: withdrawn when seen.
 *   Those two only once the record's own change is a day old: a tab left open may show the page as it
 *   was before a request was sent (or withdrawn) elsewhere.
 * - Thread: they wrote last, after anything on record → their reply, dated as the page dates it
 *   (when seen, if the page shows no time); you wrote last after their last reply on record → your
 *   message, the same way. A day-precise time ("Tue") counts as fresher only on a later day.
 * - LinkedIn's first-name field fills firstName when the record has none.
 * The quota is not about the person: the background keeps it (page-quota.ts).
 */
import type { PersonFacts } from '../linkedin/facts-types';
import { applyAccepted, applyMessageSent, applyReplied, applyWithdrawn } from './mutations';
import { deriveStatus, HISTORY_LIMIT, type HistoryEntry, type TrackedContact } from './schema';

/** Two times closer than this are the same event (our send time vs. the page's minute). */
const SAME_EVENT_MS = 3 * 60_000;

export interface Merged {
  contact: TrackedContact;
  /** The history entries this merge added (empty when the page told us nothing new). */
  added: HistoryEntry[];
}

/** Whether the page's time is later than the record's, at the precision the page gives. */
function later(page: string, record: string | undefined, precision: 'minute' | 'day' | null): boolean {
  if (!record) return true;
  const p = Date.parse(page);
  const r = Date.parse(record);
  if (Number.isNaN(p) || Number.isNaN(r)) return false;
  // A day-precise page time is the start of that day (page-facts.ts): later only on a later day.
  return precision === 'day' ? p > r : p - r > SAME_EVENT_MS;
}

/**
 * A profile page can be older than our record: a tab left open shows "Connect" for a request just sent
 * from another page, "Pending" for one just withdrawn. The state contradicts the record only once the
 * record's own change is a day old (a page that old is reloaded or re-rendered by then).
 */
const SETTLE_MS = 86_400_000;
function settled(changedAt: string | undefined, now: Date): boolean {
  if (!changedAt) return true;
  const t = Date.parse(changedAt);
  return Number.isNaN(t) || now.getTime() - t >= SETTLE_MS;
}

function withHistory(c: TrackedContact, entries: HistoryEntry[]): TrackedContact {
  if (entries.length === 0) return c;
  return { ...c, history: [...(c.history ?? []), ...entries].slice(-HISTORY_LIMIT) };
}

/**
 * The record with what the page shows merged in. `now` is when the page was read (the time given to
 * changes the page cannot date). Returns the same object when nothing changed.
 */
export function mergePageFacts(c: TrackedContact, facts: PersonFacts, now: Date): Merged {
  const at = now.toISOString();
  const added: HistoryEntry[] = [];
  let next = c;

  const profile = facts.profile;
  if (profile) {
    const live = next.request && !next.request.withdrawnAt;
    const connected = next.degree === 1 || next.acceptedAt !== undefined;
    if (profile.state === 'first-degree' || profile.degree === 1) {
      if (live && !next.acceptedAt) {
        next = applyAccepted(next, at, now);
        added.push({ at, kind: 'accepted', source: 'profile' });
      } else if (!connected) {
        next = { ...next, degree: 1 };
        next.status = deriveStatus({ ...next, status: next.status === 'ignored' ? 'ignored' : undefined });
        added.push({ at, kind: 'degree', source: 'profile' });
      }
    } else if (
      profile.state === 'pending' &&
      !live &&
      !connected &&
      settled(next.request?.withdrawnAt, now)
    ) {
      next = { ...next, request: { sentAt: at, note: null, approximate: true } };
      next.status = deriveStatus({ ...next, status: next.status === 'ignored' ? 'ignored' : undefined });
      added.push({ at, kind: 'request', source: 'profile' });
    } else if (profile.state === 'connectable' && live && !connected && settled(next.request?.sentAt, now)) {
      next = applyWithdrawn(next, at, now);
      added.push({ at, kind: 'withdrawn', source: 'profile' });
    } else if (next.degree === null && profile.degree !== null) {
      next = { ...next, degree: profile.degree };
    }
    if (profile.firstName && !next.firstName) next = { ...next, firstName: profile.firstName };
  }

  const thread = facts.thread;
  if (thread) {
    const lastMine = next.messages.at(-1)?.sentAt;
    const lastTheirs = next.repliedAt;
    // Who wrote last by the record: its own word, else its dates.
    const dated: 'me' | 'them' | null =
      lastMine && lastTheirs
        ? lastTheirs > lastMine
          ? 'them'
          : 'me'
        : lastTheirs
          ? 'them'
          : lastMine
            ? 'me'
            : null;
    const side = next.lastMessageBy ?? dated;
    const them = thread.lastBy === 'them';
    const own = them ? lastTheirs : lastMine;
    const other = them ? lastMine : lastTheirs;
    const when = thread.lastAt;
    const newer = when !== null && later(when, own, thread.precision);
    if (newer || side !== thread.lastBy) {
      // The page's time when it is after the other side's last event; just after that event when the
      // page's day cannot tell them apart; when seen, when the page shows no time at all.
      const stamp = !when
        ? at
        : later(when, other, thread.precision) || !other
          ? when
          : new Date(Date.parse(other) + 60_000).toISOString();
      next = them ? applyReplied(next, stamp, now) : applyMessageSent(next, stamp, now);
      next = { ...next, lastMessageBy: thread.lastBy };
      added.push({
        at,
        kind: them ? 'replied' : 'message',
        source: 'thread',
        ...(when ? { on: stamp } : {}),
      });
    }
  }

  if (next === c) return { contact: c, added };
  return { contact: { ...withHistory(next, added), updatedAt: at }, added };
}
