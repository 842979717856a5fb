/**
 * Pure changes to one contact record. The writer (writer.ts) reads the record, applies one of these,
 * and writes it back inside its queue. `now` is the moment of the change (updatedAt); `at` is when the
 * user did the thing on LinkedIn.
 */
import type { ActionId } from '../sequencing/types.ts';
import {
  type Channel,
  CONTACT_VERSION,
  datelessStatus,
  deriveStatus,
  HISTORY_LIMIT,
  OPTIONAL_SCALARS,
  type Status,
  type TrackedContact,
} from './schema';
import { normaliseProfileUrl } from './url';

export class TrackerError extends Error {
  override readonly name = 'TrackerError';
  constructor(
    readonly code: 'not-found' | 'bad-input' | 'no-request' | 'nothing-to-undo',
    message: string,
  ) {
    super(message);
  }
}

export interface RequestSentInput {
  name: string;
  profileUrl: string;
  /** The note text, or null / '' for a blank request. */
  note: string | null;
  sentAt: string;
  accountType: 'free' | 'premium' | null;
  version?: string;
  audience?: string;
  headline?: string;
  /** sentAt was read from a relative label. */
  approximate?: boolean;
}

export function idFor(profileUrl: string): string {
  const id = normaliseProfileUrl(profileUrl);
  if (!id) throw new TrackerError('bad-input', `"${profileUrl}" is not a LinkedIn profile URL`);
  return id;
}

export function newContact(name: string, profileUrl: string, now: Date): TrackedContact {
  const at = now.toISOString();
  return {
    v: CONTACT_VERSION,
    id: idFor(profileUrl),
    name: name.trim(),
    profileUrl: profileUrl.trim(),
    degree: null,
    messages: [],
    status: 'none',
    signals: {},
    createdAt: at,
    updatedAt: at,
  };
}

function touched(c: TrackedContact, now: Date, status?: Status): TrackedContact {
  const next = { ...c, updatedAt: now.toISOString() };
  next.status = status ?? deriveStatus(next);
  return next;
}

/**
 * The same request recorded again (a page that sent it again after the background was stopped before
 * it could answer): same time, same note, same labels. Recording it twice must change nothing.
 */
export function isSameRequest(existing: TrackedContact | null, input: RequestSentInput): boolean {
  const r = existing?.request;
  if (!existing || !r || r.withdrawnAt) return false;
  const note = input.note?.trim() ? input.note : null;
  return (
    r.sentAt === input.sentAt &&
    r.note === note &&
    (input.version === undefined || existing.version === input.version) &&
    (input.audience === undefined || existing.audience === input.audience)
  );
}

export function applyRequestSent(
  existing: TrackedContact | null,
  input: RequestSentInput,
  now: Date,
): TrackedContact {
  if (!input.name.trim()) throw new TrackerError('bad-input', 'name: expected a non-empty name');
  const base = existing ?? newContact(input.name, input.profileUrl, now);
  const note = input.note?.trim() ? input.note : null;
  const next: TrackedContact = {
    ...base,
    name: input.name.trim() || base.name,
    channel: 'request' as Channel,
    request: {
      sentAt: input.sentAt,
      note,
      accountType: input.accountType,
      ...(input.approximate ? { approximate: true } : {}),
    },
  };
  if (input.version !== undefined) next.version = input.version;
  if (input.audience !== undefined) next.audience = input.audience;
  if (input.headline !== undefined) next.headline = input.headline;
  // A new request starts a new wait: an old snooze no longer applies.
  delete next.snoozedUntil;
  return touched(next, now, next.acceptedAt ? undefined : 'pending');
}

/** First or follow-up is decided from the history: the first message ever is 'first'. */
export function applyMessageSent(c: TrackedContact, at: string, now: Date): TrackedContact {
  // Idempotent: a message at the same instant is the same message sent again, never a second one.
  if (c.messages.some((m) => m.sentAt === at)) return c;
  const kind = c.messages.length === 0 ? 'first' : 'follow-up';
  const messages = [...c.messages, { sentAt: at, kind } as const].sort((a, b) =>
    a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0,
  );
  // Re-label after sorting, so a back-dated message does not leave two 'first's.
  const relabelled = messages.map((m, i) => ({
    sentAt: m.sentAt,
    kind: i === 0 ? ('first' as const) : ('follow-up' as const),
  }));
  const next = { ...c, messages: relabelled };
  // Who wrote last follows what is recorded once the record says it at all.
  if (c.lastMessageBy && !(c.repliedAt && c.repliedAt > at)) next.lastMessageBy = 'me';
  delete next.snoozedUntil;
  return touched(
    next,
    now,
    c.status === 'ignored' ? undefined : deriveStatus({ ...next, status: datelessStatus(c) }),
  );
}

/** Idempotent: the earliest acceptance seen wins (a 1st-degree profile seen later changes nothing). */
export function applyAccepted(c: TrackedContact, at: string, now: Date): TrackedContact {
  const acceptedAt = c.acceptedAt && c.acceptedAt <= at ? c.acceptedAt : at;
  const next: TrackedContact = { ...c, acceptedAt, degree: 1 };
  delete next.snoozedUntil;
  // Acceptance beats a withdrawal; a reply known without its date stays.
  return touched(
    next,
    now,
    deriveStatus({ ...next, status: c.status === 'replied' ? 'replied' : undefined }),
  );
}

export function applyReplied(c: TrackedContact, at: string, now: Date): TrackedContact {
  const repliedAt = c.repliedAt && c.repliedAt >= at ? c.repliedAt : at;
  const next = { ...c, repliedAt };
  const lastSent = c.messages.at(-1)?.sentAt;
  if (c.lastMessageBy && !(lastSent && lastSent > repliedAt)) next.lastMessageBy = 'them';
  delete next.snoozedUntil;
  return touched(next, now, 'replied');
}

export function applyWithdrawn(c: TrackedContact, at: string, now: Date): TrackedContact {
  if (!c.request) throw new TrackerError('no-request', `${c.name} has no request on record to withdraw`);
  const next = { ...c, request: { ...c.request, withdrawnAt: at } };
  delete next.snoozedUntil;
  return touched(next, now, 'withdrawn');
}

export function applySnooze(c: TrackedContact, until: string | null, now: Date): TrackedContact {
  const next = { ...c };
  if (until === null) delete next.snoozedUntil;
  else next.snoozedUntil = until;
  return touched(next, now, c.status);
}

/**
 * The user ticked off an advised step. Steps that change the record do so (a message, a withdrawal, a
 * reply of ours, a re-engagement); every tick is also kept in doneActions, which hides that advice.
 */
export function applyDone(
  c: TrackedContact,
  action: ActionId,
  at: string,
  now: Date,
  dueAt?: string,
): TrackedContact {
  // Idempotent: the same tick received twice is one tick.
  if (c.doneActions?.some((d) => d.action === action && d.at === at)) return c;
  let next = c;
  switch (action) {
    case 'send-first-message':
    case 'send-follow-up':
    case 'reply':
    case 'send-inmail':
    case 'send-message-request':
      next = applyMessageSent(c, at, now);
      break;
    case 'withdraw-request':
      next = c.request && !c.request.withdrawnAt ? applyWithdrawn(c, at, now) : c;
      break;
    case 're-engage':
      next = { ...c, lastInteractionAt: at };
      break;
    case 'engage-first':
      next = { ...c, signals: { ...c.signals, iEngagedWithTheirs: at } };
      break;
    default:
      break;
  }
  const done = [...(next.doneActions ?? []), { action, at, ...(dueAt ? { dueAt } : {}) }].slice(-50);
  return touched({ ...next, doneActions: done }, now, next.status);
}

/** Two messages are the same when they were sent at the same instant. */
function unionMessages(
  a: TrackedContact['messages'],
  b: TrackedContact['messages'],
): TrackedContact['messages'] {
  const seen = new Map<string, TrackedContact['messages'][number]>();
  for (const m of [...a, ...b]) if (!seen.has(m.sentAt)) seen.set(m.sentAt, m);
  return [...seen.values()]
    .sort((x, y) => (x.sentAt < y.sentAt ? -1 : x.sentAt > y.sentAt ? 1 : 0))
    .map((m, i) => ({ sentAt: m.sentAt, kind: i === 0 ? 'first' : 'follow-up' }));
}

export interface MergeConflict {
  field: string;
  existing: unknown;
  incoming: unknown;
}

// Conflicts are listed name, headline, degree, then the other single-value fields.
const SCALARS = ['name', 'headline', 'degree', ...OPTIONAL_SCALARS.filter((k) => k !== 'headline')] as const;

/**
 * Incoming data merged into an existing record (same id). Incoming values win where given and are
 * listed as conflicts where they replace a different value; messages and done actions are united;
 * createdAt keeps the earlier date. `updatedAt` is left to the caller.
 */
export function mergeContacts(
  existing: TrackedContact,
  incoming: TrackedContact,
): { merged: TrackedContact; conflicts: MergeConflict[] } {
  const conflicts: MergeConflict[] = [];
  const merged: TrackedContact = { ...existing };
  const m = merged as Record<string, unknown>;
  for (const key of SCALARS) {
    const inc = incoming[key];
    if (inc === undefined) continue;
    const cur = existing[key];
    if (cur !== undefined && cur !== inc && !(key === 'degree' && inc === null))
      conflicts.push({ field: key, existing: cur, incoming: inc });
    if (!(key === 'degree' && inc === null)) m[key] = inc;
  }
  if (incoming.request) {
    const cur = existing.request;
    if (cur) {
      for (const k of ['sentAt', 'note', 'withdrawnAt'] as const) {
        const inc = incoming.request[k];
        if (k === 'sentAt' && incoming.request.approximate && !cur.approximate) continue;
        if (inc !== undefined && cur[k] !== undefined && cur[k] !== inc)
          conflicts.push({ field: `request.${k}`, existing: cur[k], incoming: inc });
      }
      merged.request = { ...cur, ...incoming.request };
      if (cur.withdrawnAt && incoming.request.withdrawnAt === undefined)
        merged.request.withdrawnAt = cur.withdrawnAt;
      // An exact date beats an approximate one.
      if (incoming.request.approximate && !cur.approximate) {
        merged.request.sentAt = cur.sentAt;
        delete merged.request.approximate;
      }
    } else merged.request = { ...incoming.request };
  }
  merged.messages = unionMessages(existing.messages, incoming.messages);
  if (existing.doneActions || incoming.doneActions) {
    const all = [...(existing.doneActions ?? []), ...(incoming.doneActions ?? [])];
    const seen = new Set<string>();
    merged.doneActions = all.filter((d) => {
      const k = `${d.action}|${d.at}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  if (existing.history || incoming.history) {
    const seen = new Set<string>();
    merged.history = [...(existing.history ?? []), ...(incoming.history ?? [])]
      .filter((h) => {
        const k = `${h.at}|${h.kind}|${h.on ?? ''}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .slice(-HISTORY_LIMIT);
  }
  merged.signals = { ...existing.signals, ...incoming.signals };
  // ISO strings compare as text: the earlier creation time wins.
  merged.createdAt = existing.createdAt < incoming.createdAt ? existing.createdAt : incoming.createdAt;
  merged.status =
    incoming.status === 'ignored'
      ? 'ignored'
      : deriveStatus({ ...merged, status: datelessStatus(incoming) ?? datelessStatus(existing) });
  if (incoming.status !== merged.status && incoming.status !== 'none' && existing.status !== merged.status)
    conflicts.push({ field: 'status', existing: existing.status, incoming: incoming.status });
  return { merged, conflicts };
}
