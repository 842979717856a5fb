/**
 * Input shapes for the advisor (zod/mini: this ships in the extension) and parseAdviceInput, whose
 * errors name the field path: "contact.request.sentAt: expected an ISO date". The tracker's stored
 * record (tracker/schema.ts) is built from these shapes, so the two cannot drift apart.
 */
import * as z from 'zod/mini';
import { isIsoDate, isIsoDay, isValidTimeZone } from './dates.ts';

export const isoDate = z
  .string({ error: 'expected an ISO date' })
  .check(z.refine(isIsoDate, { error: 'expected an ISO date' }));

export const text = z.string({ error: 'expected text' });

export const DegreeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.null()], {
  error: 'expected 1, 2, 3 or null',
});

export const SignalsSchema = z.object(
  {
    /** They liked or commented on the user's content. */
    engagedWithMyContent: z.optional(isoDate),
    /** The user liked or commented on theirs (stage 1 of seed 000). */
    iEngagedWithTheirs: z.optional(isoDate),
    /** Name of a mutual contact. */
    mutualConnection: z.optional(text),
    sharedGroup: z.optional(text),
    sharedEvent: z.optional(text),
    /** A role change, funding round, company news… */
    trigger: z.optional(z.object({ kind: text, at: isoDate }, { error: 'expected an object { kind, at }' })),
    /** Anyone can message an Open Profile for free (seed 003). */
    openProfile: z.optional(z.boolean({ error: 'expected true or false' })),
  },
  { error: 'expected an object' },
);

export const MessageSchema = z.object(
  {
    sentAt: isoDate,
    kind: z.enum(['first', 'follow-up'], { error: 'expected "first" or "follow-up"' }),
  },
  { error: 'expected an object { sentAt, kind }' },
);

export const RequestSchema = z.object(
  {
    sentAt: isoDate,
    /** The note sent with the request; null (or absent) for a blank request. */
    note: z._default(z.nullable(z.string({ error: 'expected text or null' })), null),
    withdrawnAt: z.optional(isoDate),
  },
  { error: 'expected an object { sentAt, note, withdrawnAt? }' },
);

export const ContactSchema = z.object(
  {
    name: text.check(z.trim(), z.minLength(1, { error: 'expected a non-empty name' })),
    headline: z.optional(text),
    degree: DegreeSchema,
    highValue: z.optional(z.boolean({ error: 'expected true or false' })),
    connectedAt: z.optional(isoDate),
    lastInteractionAt: z.optional(isoDate),
    request: z.optional(RequestSchema),
    acceptedAt: z.optional(isoDate),
    messages: z.optional(z.array(MessageSchema, { error: 'expected a list of messages' })),
    repliedAt: z.optional(isoDate),
    /** A reply known without its date (a sheet's "Replied: yes"): a conversation exists. */
    replied: z.optional(z.boolean({ error: 'expected true or false' })),
    /** Who wrote the last message, when known: 'me' means the user has answered already. */
    lastMessageBy: z.optional(z.enum(['me', 'them'], { error: 'expected "me" or "them"' })),
    /** What to call them: LinkedIn's first-name field, or the name the user greets them with. */
    firstName: z.optional(text),
    /**
     * When the record began (the tracker's createdAt). A conversation whose last event is older than
     * this by more than settings.historyAfterDays came in as history (an import), not as a task.
     */
    trackedSince: z.optional(isoDate),
    signals: z._default(SignalsSchema, {}),
  },
  { error: 'expected an object' },
);

const whole = (min: number, max: number, what: string) =>
  z
    .number({ error: `expected ${what}` })
    .check(
      z.int({ error: `expected ${what}` }),
      z.gte(min, { error: `expected ${what}` }),
      z.lte(max, { error: `expected ${what}` }),
    );

export const SettingsSchema = z.object(
  {
    inmailCredits: z.optional(whole(0, 10_000, 'a whole number of credits, 0 or more')),
    staleAfterDays: z.optional(whole(1, 365, 'a whole number of days from 1 to 365')),
    accountType: z.optional(z.enum(['free', 'premium'], { error: 'expected "free" or "premium"' })),
    workingDays: z.optional(
      z
        .array(whole(0, 6, 'a weekday number from 0 (Sunday) to 6 (Saturday)'), {
          error: 'expected a list of weekday numbers, 0 (Sunday) to 6 (Saturday)',
        })
        .check(z.minLength(1, { error: 'expected at least one working day' })),
    ),
    timeZone: z.optional(
      text.check(z.refine(isValidTimeZone, { error: 'expected an IANA time zone such as "Europe/Berlin"' })),
    ),
    followUpBusinessDays: z.optional(whole(1, 30, 'a whole number of business days from 1 to 30')),
    historyAfterDays: z.optional(whole(1, 365, 'a whole number of days from 1 to 365')),
    holidays: z.optional(
      z.array(
        z
          .string({ error: 'expected a day as YYYY-MM-DD' })
          .check(z.refine(isIsoDay, { error: 'expected a day as YYYY-MM-DD' })),
        {
          error: 'expected a list of days as YYYY-MM-DD',
        },
      ),
    ),
  },
  { error: 'expected an object' },
);

export type Contact = z.output<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;
export type Signals = z.output<typeof SignalsSchema>;
export type Settings = z.output<typeof SettingsSchema>;

const AdviceInputSchema = z.object(
  { contact: ContactSchema, settings: z._default(SettingsSchema, {}) },
  { error: 'expected an object { contact, settings }' },
);

/** Bad advisor input. `message` names each field path; `issues` keeps them apart for a UI. */
export class AdviceInputError extends Error {
  override readonly name = 'AdviceInputError';
  constructor(readonly issues: readonly { path: string; message: string }[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
  }
}

/** Validates `{ contact, settings? }`; throws AdviceInputError naming the field on bad input. */
export function parseAdviceInput(raw: unknown): { contact: Contact; settings: Settings } {
  const result = AdviceInputSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new AdviceInputError(
    result.error.issues.map((issue) => ({
      path: pathText(issue.path),
      message: describe(issue, valueAt(raw, issue.path)),
    })),
  );
}

/** "contact.messages[0].kind" */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod/mini ships no English messages; our schemas carry their own, and a missing field says so. */
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  const message =
    issue.message && issue.message !== 'Invalid input'
      ? issue.message
      : issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : 'invalid value';
  return issue.code === 'invalid_type' && value === undefined ? `missing (${message})` : message;
}
