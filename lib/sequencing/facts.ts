/**
 * The contact's state as the rules need it: instants instead of strings, messages in order, and the
 * few derived facts (connected? pending? the last touch?) computed once.
 */
import { addLocalDays, daysBetween, toInstant } from './dates.ts';
import { callName } from './names.ts';
import type { Contact } from './schema.ts';
import { isSenior } from './seniority.ts';
import { type ResolvedSettings, TIMING } from './settings.ts';

export interface Touch {
  sentAt: Date;
  kind: 'first' | 'follow-up';
}

export interface Facts {
  /** What the reasons call them: the first name, or the whole name when that is unclear. */
  name: string;
  headline: string | null;
  senior: boolean;
  highValue: boolean;
  /** 1st degree, or the request was accepted. */
  connected: boolean;
  /** They accepted your request (acceptedAt is known). */
  accepted: boolean;
  /** When they became a connection (acceptedAt, else connectedAt). */
  connectedOn: Date | null;
  request: { sentAt: Date; note: string | null; withdrawnAt: Date | null } | null;
  /** Oldest first. */
  messages: Touch[];
  repliedAt: Date | null;
  /** A reply known without its date: a conversation exists, but nothing can be dated from it. */
  undatedReply: boolean;
  /** Who wrote last, when the record says (a sheet's last_message_by). */
  lastBy: 'me' | 'them' | null;
  /** The latest sign of life between you: interaction, connection, message or reply. */
  lastTouch: Date | null;
  /**
   * The conversation came into the tracker as history: its last event is older than the record by
   * more than settings.historyAfterDays (an imported sheet, LinkedIn's Connections.csv). Its steps
   * are suggestions, never due tasks.
   */
  history: boolean;
  signals: {
    engagedWithMyContent: Date | null;
    iEngagedWithTheirs: Date | null;
    mutualConnection: string | null;
    sharedGroup: string | null;
    sharedEvent: string | null;
    /** Only a trigger inside its relevance window (TIMING.triggerFreshDays). */
    trigger: { kind: string; at: Date } | null;
    openProfile: boolean;
  };
}

/** "Ana Silva" → "Ana"; family-name-first names stay whole (names.ts). Kept here for older imports. */
export { callName } from './names.ts';

function latest(dates: readonly (Date | null)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

export function deriveFacts(contact: Contact, now: Date, settings: ResolvedSettings): Facts {
  const tz = settings.calendar.timeZone;
  const at = (iso: string | undefined): Date | null => (iso ? toInstant(iso, tz) : null);
  const messages = (contact.messages ?? [])
    .map((m) => ({ sentAt: toInstant(m.sentAt, tz), kind: m.kind }))
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  const connectedOn = at(contact.acceptedAt) ?? at(contact.connectedAt);
  const repliedAt = at(contact.repliedAt);
  const s = contact.signals;
  const trigger = s.trigger ? { kind: s.trigger.kind, at: toInstant(s.trigger.at, tz) } : null;
  let senior: boolean | undefined;
  const lastTouch = latest([
    at(contact.lastInteractionAt),
    connectedOn,
    messages.at(-1)?.sentAt ?? null,
    repliedAt,
  ]);
  const since = at(contact.trackedSince);
  const undatedReply = contact.replied === true && !repliedAt;
  const history =
    since !== null &&
    (lastTouch
      ? lastTouch.getTime() < addLocalDays(since, -settings.historyAfterDays, tz).getTime()
      : undatedReply);
  return {
    name: callName(contact.name, { firstName: contact.firstName ?? null }),
    headline: contact.headline?.trim() || null,
    // Only the first-approach and invitation rules ask; most contacts never get there.
    get senior() {
      senior ??= isSenior(contact.headline);
      return senior;
    },
    highValue: contact.highValue === true,
    connected: contact.degree === 1 || contact.acceptedAt !== undefined,
    accepted: contact.acceptedAt !== undefined,
    connectedOn,
    request: contact.request
      ? {
          sentAt: toInstant(contact.request.sentAt, tz),
          note: contact.request.note?.trim() || null,
          withdrawnAt: at(contact.request.withdrawnAt),
        }
      : null,
    messages,
    repliedAt,
    undatedReply,
    lastBy: contact.lastMessageBy ?? null,
    lastTouch,
    history,
    signals: {
      engagedWithMyContent: at(s.engagedWithMyContent),
      iEngagedWithTheirs: at(s.iEngagedWithTheirs),
      mutualConnection: s.mutualConnection?.trim() || null,
      sharedGroup: s.sharedGroup?.trim() || null,
      sharedEvent: s.sharedEvent?.trim() || null,
      trigger: trigger && daysBetween(trigger.at, now) <= TIMING.triggerFreshDays ? trigger : null,
      openProfile: s.openProfile === true,
    },
  };
}
