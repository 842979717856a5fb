/**
 * The one message protocol of the extension: every message the background, the LinkedIn tabs and the
 * extension pages exchange, each kind with the schema of its request and of its answer. The types are
 * inferred from the schemas; the background validates every request it receives with them
 * (serve.ts), and the client (utils/messaging.ts) is typed by them.
 *
 * Requests to the background are answered with an Answer (ok and the result, or a plain error).
 * Answers are typed, not validated: they come from our own background. Answer schemas made with
 * `z.custom` name the domain type they carry (defined, and repaired, where it lives).
 */
import * as z from 'zod/mini';
import type { AccountType, SurfaceKind } from '../limits';
import type { PersonFacts } from '../linkedin/facts-types';
import type { RelationshipState } from '../linkedin/relationship';
import type { AdviceAnswer, PagePerson, SignalName } from '../tracker/person-advice';
import { ActionIdSchema, isoDate, TrackedContactSchema } from '../tracker/schema';
import type { StoreProblem } from '../tracker/store';
import type { FoundInvitation, SentSyncPlan } from '../tracker/sync';
import type { ImportResult } from '../tracker/writer';

const SURFACE_KINDS = ['connection-note', 'message', 'inmail', 'salesnav', 'comment', 'post'] as const;
const SurfaceKindSchema = z.enum(SURFACE_KINDS satisfies readonly SurfaceKind[]);
const RELATIONSHIP_STATES = [
  'connectable',
  'pending',
  'first-degree',
  'follow-only',
  'incoming',
  'self',
  'unknown',
] as const satisfies readonly RelationshipState[];
const degree = z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)]));
const id = z.string().check(z.minLength(1, { error: 'expected a contact id' }));
const tabId = z.int();

/** Who a box or profile is about, as read from the page. */
const PagePersonSchema = z.object({
  name: z.nullable(z.string()),
  profileUrl: z.nullable(z.string()),
  headline: z.optional(z.nullable(z.string())),
  degree: z.optional(degree),
  state: z.optional(z.string()),
}) satisfies z.ZodMiniType<PagePerson>;

/** Signals the page cannot show; the user sets them with one click each. */
const SIGNAL_NAMES = ['engaged', 'mutual', 'trigger', 'highValue'] as const satisfies readonly SignalName[];

/** What the content script saw when the user focused an editable element on LinkedIn. */
export const FocusReportSchema = z.object({
  url: z.string(),
  recognised: z.boolean(),
  kind: z.optional(SurfaceKindSchema),
  /** Why the element got no panel (empty when recognised). */
  reasons: z.array(z.string()),
  /** Epoch ms. */
  at: z.number(),
  /** Sent when the page loads or changes, before any box was focused. */
  noBox: z.optional(z.boolean()),
  /** Who the page is about (a profile, a conversation), for the side panel's next step. */
  person: z.optional(z.nullable(PagePersonSchema)),
});
export type FocusReport = z.infer<typeof FocusReportSchema>;

/** What a LinkedIn page shows about one person (lib/linkedin/facts-types.ts), as a card sends it. */
const PersonFactsSchema = z.object({
  name: z.nullable(z.string()),
  profileUrl: z.nullable(z.string()),
  profile: z.optional(
    z.object({ state: z.enum(RELATIONSHIP_STATES), degree, firstName: z.nullable(z.string()) }),
  ),
  thread: z.optional(
    z.object({
      lastBy: z.enum(['me', 'them']),
      lastAt: z.nullable(isoDate),
      precision: z.nullable(z.enum(['minute', 'day'])),
      mine: z.number(),
      theirs: z.number(),
    }),
  ),
}) satisfies z.ZodMiniType<PersonFacts>;

/** The draft being written: its kind (for the score's verdict), empty or not, its hook, its greeting's name. */
const DraftSchema = z.object({
  surface: SurfaceKindSchema,
  empty: z.boolean(),
  hasHook: z.optional(z.boolean()),
  greeting: z.optional(z.nullable(z.string())),
});

const FoundInvitationSchema = z.object({
  name: z.string(),
  profileUrl: z.string(),
  sentLabel: z.string(),
  note: z.nullable(z.string()),
}) satisfies z.ZodMiniType<FoundInvitation>;

const RequestSentInputSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { error: 'expected a non-empty name' })),
  profileUrl: z.string().check(z.minLength(1)),
  note: z.nullable(z.string()),
  sentAt: isoDate,
  accountType: z.nullable(z.enum(['free', 'premium'] satisfies AccountType[])),
  version: z.optional(z.string()),
  audience: z.optional(z.string()),
  headline: z.optional(z.string()),
  approximate: z.optional(z.boolean()),
});

/** A contact as the tracker answers with it. */
const contact = TrackedContactSchema;
/** An error the user can read, or null when it worked (the advice actions). */
const done = z.object({ error: z.nullable(z.string()) });
const none = z.null();

/**
 * Every kind: `to` says who handles it (the background; a LinkedIn tab; the extension pages), then
 * the request's own fields and the answer's schema.
 */
export const PROTOCOL = {
  // The LinkedIn tabs and the side panel.
  'focus-report': { to: 'background', request: { report: FocusReportSchema }, answer: none },
  /** The report for a tab, or (no tabId) the latest from any tab. */
  'get-focus-report': {
    to: 'background',
    request: { tabId: z.optional(tabId) },
    answer: z.nullable(z.object({ tabId, report: FocusReportSchema })),
  },
  /** The content script asks for the coaching UI in its frame (true once injected). */
  'ui/load': { to: 'background', request: {}, answer: z.boolean() },
  /**
   * The next step for the person on screen, from the background's one advisor. `facts`: what the page
   * shows about them (without it the background reads the asking frame); `draft`: the box being
   * written in; `tabId`: for the side panel, the LinkedIn tab whose page to read.
   */
  'advice/get': {
    to: 'background',
    request: {
      person: PagePersonSchema,
      draftHasHook: z.optional(z.boolean()),
      facts: z.optional(z.nullable(PersonFactsSchema)),
      tabId: z.optional(tabId),
      draft: z.optional(DraftSchema),
    },
    answer: z.custom<AdviceAnswer>(),
  },
  /** Sets one of the signals the page cannot show. */
  'advice/signal': {
    to: 'background',
    request: { person: PagePersonSchema, signal: z.enum(SIGNAL_NAMES), value: z.boolean() },
    answer: done,
  },
  /** "Track this person". */
  'advice/track': { to: 'background', request: { person: PagePersonSchema }, answer: done },
  /** Plans the Sent-invitations sync against what is tracked. */
  'sync/plan': {
    to: 'background',
    request: { found: z.array(FoundInvitationSchema), listComplete: z.boolean() },
    answer: z.custom<SentSyncPlan>(),
  },

  // Tracker writes: the background is the one writer. Reads need no message (pages read storage).
  'tracker/init': {
    to: 'background',
    request: {},
    answer: z.object({ problems: z.array(z.custom<StoreProblem>()), count: z.number() }),
  },
  /** A whole contact, validated and repaired by the writer. */
  'tracker/upsert': { to: 'background', request: { contact: z.unknown() }, answer: contact },
  'tracker/request-sent': { to: 'background', request: { input: RequestSentInputSchema }, answer: contact },
  /** The restored record, or null when the undone request had created the contact. */
  'tracker/undo-request': { to: 'background', request: { id }, answer: z.nullable(contact) },
  'tracker/message-sent': { to: 'background', request: { id, at: isoDate }, answer: contact },
  'tracker/accepted': { to: 'background', request: { id, at: isoDate }, answer: contact },
  'tracker/replied': { to: 'background', request: { id, at: isoDate }, answer: contact },
  'tracker/withdrawn': { to: 'background', request: { id, at: isoDate }, answer: contact },
  'tracker/snooze': { to: 'background', request: { id, until: z.nullable(isoDate) }, answer: contact },
  'tracker/done': {
    to: 'background',
    request: { id, action: ActionIdSchema, at: isoDate, dueAt: z.optional(isoDate) },
    answer: contact,
  },
  /** Whether there was a contact to delete. */
  'tracker/delete': { to: 'background', request: { id }, answer: z.boolean() },
  'tracker/import': {
    to: 'background',
    request: { records: z.array(z.unknown()), mode: z.enum(['merge', 'replace']) },
    answer: z.custom<ImportResult>(),
  },
  /** How many contacts were removed. */
  'tracker/wipe': { to: 'background', request: {}, answer: z.number() },

  // From the background to a LinkedIn tab.
  /** Is a live content script here? (before the background injects one) */
  'content/ping': { to: 'tab', request: {}, answer: z.literal(true) },
  /** The keyboard shortcut: show or hide the panel details in this tab. */
  'toggle-panel': { to: 'tab', request: {}, answer: z.undefined() },

  // From the background to the extension pages (the side panel).
  'focus-report-updated': {
    to: 'pages',
    request: { tabId, report: FocusReportSchema },
    answer: z.undefined(),
  },
} as const;

type Protocol = typeof PROTOCOL;
export type Kind = keyof Protocol;
/** The kinds a receiver handles. */
export type KindTo<To extends Protocol[Kind]['to']> = {
  [K in Kind]: Protocol[K]['to'] extends To ? K : never;
}[Kind];
export type BackgroundKind = KindTo<'background'>;
export type TabKind = KindTo<'tab'>;
export type PageKind = KindTo<'pages'>;

/** Each kind's message schema: its `type` and its request's fields. */
type RequestSchemas = {
  [K in Kind]: { type: z.ZodMiniLiteral<K> } & Protocol[K]['request'] extends infer S extends z.core.$ZodShape
    ? z.ZodMiniObject<S, z.core.$strip>
    : never;
};
type RequestSchemaOf<K extends Kind> = RequestSchemas[K];

/** The one discriminated union of every message. */
export const MessageSchema = z.discriminatedUnion(
  'type',
  (Object.keys(PROTOCOL) as Kind[]).map((kind) =>
    z.object({ type: z.literal(kind), ...PROTOCOL[kind].request }),
  ) as unknown as [RequestSchemaOf<Kind>, ...RequestSchemaOf<Kind>[]],
);

/** A message of this kind as its sender builds it (optional fields may be left out). */
export type RequestOf<K extends Kind> = z.input<RequestSchemaOf<K>>;
/** The same message once validated (defaults and trims applied). */
export type ParsedRequestOf<K extends Kind> = z.output<RequestSchemaOf<K>>;
export type Message = { [K in Kind]: RequestOf<K> }[Kind];
export type ResponseOf<K extends Kind> = z.output<Protocol[K]['answer']>;

/** What the background answers to every request: the result, or what went wrong in plain words. */
export type Answer<K extends BackgroundKind = BackgroundKind> =
  | { ok: true; type: K; result: ResponseOf<K> }
  | { ok: false; type: K | null; error: { code: string; message: string } };
