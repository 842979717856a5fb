/**
 * The tracked contact as stored (one storage key per contact, see store.ts). It is a superset of the
 * sequencing engine's Contact, so `advise(toAdviceContact(c), now, settings)` works on it directly.
 * Every date is an absolute ISO string; relative labels ("Sent 2 weeks ago") are converted once, on
 * the way in, and flagged `approximate`.
 */
import * as z from 'zod/mini';
import {
  type Contact as AdviceContact,
  RequestSchema as AdviceRequestSchema,
  DegreeSchema,
  isoDate,
  MessageSchema,
  SignalsSchema,
  text,
} from '../sequencing/schema.ts';
import { ACTION_IDS, type ActionId } from '../sequencing/types.ts';

// Signals and messages are the advisor's own shapes (sequencing/schema.ts).
export { isoDate, MessageSchema, SignalsSchema };

/**
 * The schema version written into every contact record as `v`. Bump it with a migration (migrations.ts).
 * v2: the same fields, stored compactly (codec.ts); this long form is what code and JSON exports use.
 */
export const CONTACT_VERSION = 2;

const nonEmpty = text.check(z.trim(), z.minLength(1, { error: 'expected non-empty text' }));

export const STATUSES = ['pending', 'accepted', 'replied', 'withdrawn', 'ignored', 'none'] as const;
export type Status = (typeof STATUSES)[number];
const StatusSchema = z.enum(STATUSES, { error: `expected one of ${STATUSES.join(', ')}` });

export const CHANNELS = ['request', 'inmail', 'message-request'] as const;
export type Channel = (typeof CHANNELS)[number];
const ChannelSchema = z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` });

/** Who wrote the last message in the conversation: the user or the person (a sheet's last_message_by). */
export const MESSAGE_SIDES = ['me', 'them'] as const;

export const ActionIdSchema = z.enum(ACTION_IDS as [ActionId, ...ActionId[]], {
  error: 'expected an advice action id',
});

/** The advisor's request, plus what the tracker records about it; the note is always written down. */
export const RequestSchema = z.extend(AdviceRequestSchema, {
  /** The note sent with the request; null for a blank request. */
  note: z.nullable(z.string({ error: 'expected text or null' })),
  /** sentAt came from a relative label ("Sent 2 weeks ago") and is only roughly right. */
  approximate: z.optional(z.boolean({ error: 'expected true or false' })),
  /** The account type when the request went out (free accounts have a monthly note quota). */
  accountType: z.optional(z.nullable(z.enum(['free', 'premium'], { error: 'expected "free" or "premium"' }))),
});

export const DoneActionSchema = z.object(
  {
    action: ActionIdSchema,
    at: isoDate,
    /** The dueAt of the advice that was ticked off, when known: the same advice stays hidden. */
    dueAt: z.optional(isoDate),
  },
  { error: 'expected an object { action, at, dueAt? }' },
);

/** What the page showed that changed the record (observed, never acted on): the dashboard's history. */
export const HISTORY_KINDS = ['accepted', 'replied', 'message', 'withdrawn', 'request', 'degree'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
export const HISTORY_SOURCES = ['profile', 'thread', 'dialog'] as const;
/** Entries kept per contact: the latest changes are what a user checks. */
export const HISTORY_LIMIT = 20;

export const HistoryEntrySchema = z.object(
  {
    /** When the page was read. */
    at: isoDate,
    kind: z.enum(HISTORY_KINDS, { error: `expected one of ${HISTORY_KINDS.join(', ')}` }),
    /** The date the page gave the event (a reply's time), when it gave one. */
    on: z.optional(isoDate),
    /** Where on the page: the profile's top card, a conversation thread, the invitation dialog. */
    source: z.enum(HISTORY_SOURCES, { error: `expected one of ${HISTORY_SOURCES.join(', ')}` }),
  },
  { error: 'expected an object { at, kind, on?, source }' },
);

export const TrackedContactSchema = z.object(
  {
    v: z.literal(CONTACT_VERSION, { error: `expected schema version ${CONTACT_VERSION}` }),
    /** The normalised profile URL (url.ts): the record's key. */
    id: nonEmpty,
    name: nonEmpty,
    /** The URL as first seen (may carry a country host or trailing slash). */
    profileUrl: nonEmpty,
    headline: z.optional(text),
    degree: DegreeSchema,
    highValue: z.optional(z.boolean({ error: 'expected true or false' })),
    /** The audience label chosen in the panel ("CTOs at seed-stage startups"). */
    audience: z.optional(text),
    /** The message-version label chosen in the panel ("v2-question"). */
    version: z.optional(text),
    channel: z.optional(ChannelSchema),
    connectedAt: z.optional(isoDate),
    lastInteractionAt: z.optional(isoDate),
    request: z.optional(RequestSchema),
    acceptedAt: z.optional(isoDate),
    messages: z.array(MessageSchema, { error: 'expected a list of messages' }),
    repliedAt: z.optional(isoDate),
    /**
     * Who wrote last, when known (imported from a sheet's last_message_by): 'me' means the user has
     * already answered their latest message. Optional, added 2026-12 without a schema bump: records
     * without it read as before.
     */
    lastMessageBy: z.optional(z.enum(MESSAGE_SIDES, { error: 'expected "me" or "them"' })),
    /**
     * LinkedIn's first-name field (a Connections.csv "First Name" column, the profile page's own): what
     * the advice calls them. Optional, added 2026-12 without a schema bump.
     */
    firstName: z.optional(nonEmpty),
    /** Changes the page made to this record, oldest first (at most HISTORY_LIMIT). Added 2026-12. */
    history: z.optional(z.array(HistoryEntrySchema, { error: 'expected a list of history entries' })),
    status: StatusSchema,
    signals: SignalsSchema,
    snoozedUntil: z.optional(isoDate),
    doneActions: z.optional(z.array(DoneActionSchema, { error: 'expected a list of done actions' })),
    createdAt: isoDate,
    updatedAt: isoDate,
  },
  { error: 'expected an object' },
);

export type TrackedContact = z.output<typeof TrackedContactSchema>;

/** The optional single-value fields: repaired one by one (repair-contact.ts), merged one by one (mutations.ts). */
export const OPTIONAL_SCALARS = [
  'headline',
  'highValue',
  'audience',
  'version',
  'channel',
  'connectedAt',
  'lastInteractionAt',
  'acceptedAt',
  'repliedAt',
  'lastMessageBy',
  'firstName',
  'snoozedUntil',
] as const satisfies readonly (keyof TrackedContact)[];
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** The advisor's view of a tracked contact: only the fields `advise()` reads. */
export function toAdviceContact(c: TrackedContact): AdviceContact {
  const out: AdviceContact = {
    name: c.name,
    degree: c.degree,
    messages: c.messages.map((m) => ({ sentAt: m.sentAt, kind: m.kind })),
    signals: { ...c.signals },
  };
  if (c.headline !== undefined) out.headline = c.headline;
  if (c.highValue !== undefined) out.highValue = c.highValue;
  if (c.connectedAt !== undefined) out.connectedAt = c.connectedAt;
  if (c.lastInteractionAt !== undefined) out.lastInteractionAt = c.lastInteractionAt;
  if (c.request) {
    out.request = { sentAt: c.request.sentAt, note: c.request.note };
    if (c.request.withdrawnAt !== undefined) out.request.withdrawnAt = c.request.withdrawnAt;
    // Withdrawn on a date nobody wrote down (an imported sheet): at the latest when the record last
    // changed, as insight/outcome.ts reads it; never advised to withdraw again.
    else if (c.status === 'withdrawn') out.request.withdrawnAt = c.updatedAt;
  }
  if (c.acceptedAt !== undefined) out.acceptedAt = c.acceptedAt;
  if (c.repliedAt !== undefined) out.repliedAt = c.repliedAt;
  // A reply the record states without its date (a sheet's "Replied: yes").
  else if (c.status === 'replied') out.replied = true;
  if (c.lastMessageBy !== undefined) out.lastMessageBy = c.lastMessageBy;
  if (c.firstName !== undefined) out.firstName = c.firstName;
  // Conversations that came into the tracker long after they happened are history (facts.ts).
  out.trackedSince = c.createdAt;
  return out;
}

/** A reply or withdrawal the record states without its date, to pass on when the status is re-derived. */
export function datelessStatus(c: TrackedContact): Status | undefined {
  if (c.status === 'replied' && !c.repliedAt) return 'replied';
  if (c.status === 'withdrawn' && c.request && !c.request.withdrawnAt) return 'withdrawn';
  return undefined;
}

/**
 * The status the dates imply. 'ignored' is the user's word and is kept; everything else follows the
 * record: a reply beats acceptance, acceptance beats a withdrawal, a live request is pending.
 * A reply or a withdrawal known without its date (a sheet's "Replied: yes", "Status: withdrawn") is
 * the user's word too, and kept: pass the status to keep it, leave it out for the dates alone.
 */
export function deriveStatus(c: Omit<TrackedContact, 'status'> & { status?: Status }): Status {
  if (c.status === 'ignored') return 'ignored';
  if (c.repliedAt || c.status === 'replied') return 'replied';
  if (c.acceptedAt || (c.request && c.degree === 1)) return 'accepted';
  if (c.request?.withdrawnAt || (c.request && c.status === 'withdrawn')) return 'withdrawn';
  if (c.request) return 'pending';
  return 'none';
}
