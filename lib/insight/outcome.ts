/**
 * What happened to one connection request, read off a tracked contact (pure). Dates without an offset
 * are read on the user's wall clock (toInstant); an unreadable date counts as missing.
 */
import { toInstant } from '../sequencing/dates.ts';
import type { TrackedContact } from '../tracker/schema';

export interface RequestOutcome {
  sentAt: Date;
  /** Accepted: an acceptance date, a reply, or a status that says so. */
  accepted: boolean;
  acceptedAt: Date | null;
  /** Replied after accepting (replies are counted over accepted requests). */
  replied: boolean;
  repliedAt: Date | null;
  /** The earliest message the user sent, if any. */
  firstMessageAt: Date | null;
  withdrawnAt: Date | null;
  /**
   * When the request stopped being pending (accepted, replied or withdrawn), or null while it is
   * pending. A request marked "ignored" stays pending: LinkedIn keeps it in the sent pile until it is
   * withdrawn. A resolved status without any date falls back to connectedAt, the first message, then
   * updatedAt (the latest the change can have happened).
   */
  resolvedAt: Date | null;
  /** A personalised note went with the request (non-blank). */
  hasNote: boolean;
}

function instant(iso: string | undefined, tz: string): Date | null {
  if (!iso) return null;
  const d = toInstant(iso, tz);
  return Number.isNaN(d.getTime()) ? null : d;
}

function earliest(...dates: (Date | null)[]): Date | null {
  let out: Date | null = null;
  for (const d of dates) if (d && (!out || d.getTime() < out.getTime())) out = d;
  return out;
}

/** The request's outcome, or null for a contact without a (readable) connection request. */
export function requestOutcome(c: TrackedContact, tz: string): RequestOutcome | null {
  const sentAt = instant(c.request?.sentAt, tz);
  if (!c.request || !sentAt) return null;
  const acceptedAt = instant(c.acceptedAt, tz);
  const repliedAt = instant(c.repliedAt, tz);
  const withdrawnAt = instant(c.request.withdrawnAt, tz);
  const firstMessageAt = earliest(...c.messages.map((m) => instant(m.sentAt, tz)));
  const accepted = !!acceptedAt || !!repliedAt || c.status === 'accepted' || c.status === 'replied';
  const replied = accepted && (!!repliedAt || c.status === 'replied');
  let resolvedAt = earliest(acceptedAt, repliedAt, withdrawnAt);
  if (!resolvedAt && (accepted || c.status === 'withdrawn'))
    resolvedAt = instant(c.connectedAt, tz) ?? firstMessageAt ?? instant(c.updatedAt, tz) ?? sentAt;
  return {
    sentAt,
    accepted,
    acceptedAt,
    replied,
    repliedAt,
    firstMessageAt,
    withdrawnAt,
    resolvedAt,
    hasNote: (c.request.note ?? '').trim().length > 0,
  };
}

/** Still pending at instant t: sent by then and not yet accepted, replied or withdrawn. */
export function pendingAt(o: RequestOutcome, t: Date): boolean {
  return o.sentAt.getTime() <= t.getTime() && (!o.resolvedAt || o.resolvedAt.getTime() > t.getTime());
}
