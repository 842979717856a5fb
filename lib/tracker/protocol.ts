/**
 * The typed message protocol for tracker writes. Tabs and pages send a TrackerRequest with
 * `browser.runtime.sendMessage`; the background validates it (parseTrackerRequest), hands it to its
 * one TrackerWriter (handleTrackerRequest) and answers with a TrackerResponse. Reads need no message:
 * pages read storage directly and watch it.
 */
import * as z from 'zod/mini';
import type { ActionId } from '../sequencing/types.ts';
import type { RequestSentInput } from './mutations';
import { TrackerError } from './mutations';
import { issueText } from './repair-contact';
import { ActionIdSchema, isoDate, type TrackedContact } from './schema';
import type { StoreProblem } from './store';
import type { ImportMode, ImportResult, TrackerWriter } from './writer';

const id = z.string().check(z.minLength(1, { error: 'expected a contact id' }));

const RequestSentInputSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { error: 'expected a non-empty name' })),
  profileUrl: z.string().check(z.minLength(1)),
  note: z.nullable(z.string()),
  sentAt: isoDate,
  accountType: z.nullable(z.enum(['free', 'premium'])),
  version: z.optional(z.string()),
  audience: z.optional(z.string()),
  headline: z.optional(z.string()),
  approximate: z.optional(z.boolean()),
});

export const TrackerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tracker/init') }),
  z.object({ type: z.literal('tracker/upsert'), contact: z.unknown() }),
  z.object({ type: z.literal('tracker/request-sent'), input: RequestSentInputSchema }),
  z.object({ type: z.literal('tracker/undo-request'), id }),
  z.object({ type: z.literal('tracker/message-sent'), id, at: isoDate }),
  z.object({ type: z.literal('tracker/accepted'), id, at: isoDate }),
  z.object({ type: z.literal('tracker/replied'), id, at: isoDate }),
  z.object({ type: z.literal('tracker/withdrawn'), id, at: isoDate }),
  z.object({ type: z.literal('tracker/snooze'), id, until: z.nullable(isoDate) }),
  z.object({
    type: z.literal('tracker/done'),
    id,
    action: ActionIdSchema,
    at: isoDate,
    dueAt: z.optional(isoDate),
  }),
  z.object({ type: z.literal('tracker/delete'), id }),
  z.object({
    type: z.literal('tracker/import'),
    records: z.array(z.unknown()),
    mode: z.enum(['merge', 'replace']),
  }),
  z.object({ type: z.literal('tracker/wipe') }),
]);

export type TrackerRequest =
  | { type: 'tracker/init' }
  | { type: 'tracker/upsert'; contact: unknown }
  | { type: 'tracker/request-sent'; input: RequestSentInput }
  | { type: 'tracker/undo-request'; id: string }
  | { type: 'tracker/message-sent'; id: string; at: string }
  | { type: 'tracker/accepted'; id: string; at: string }
  | { type: 'tracker/replied'; id: string; at: string }
  | { type: 'tracker/withdrawn'; id: string; at: string }
  | { type: 'tracker/snooze'; id: string; until: string | null }
  | { type: 'tracker/done'; id: string; action: ActionId; at: string; dueAt?: string }
  | { type: 'tracker/delete'; id: string }
  | { type: 'tracker/import'; records: unknown[]; mode: ImportMode }
  | { type: 'tracker/wipe' };

/** What each request answers with when it succeeds. */
export interface TrackerResults {
  'tracker/init': { problems: StoreProblem[]; count: number };
  'tracker/upsert': TrackedContact;
  'tracker/request-sent': TrackedContact;
  /** The restored record, or null when the undone request had created the contact. */
  'tracker/undo-request': TrackedContact | null;
  'tracker/message-sent': TrackedContact;
  'tracker/accepted': TrackedContact;
  'tracker/replied': TrackedContact;
  'tracker/withdrawn': TrackedContact;
  'tracker/snooze': TrackedContact;
  'tracker/done': TrackedContact;
  /** Whether there was a contact to delete. */
  'tracker/delete': boolean;
  'tracker/import': ImportResult;
  /** How many contacts were removed. */
  'tracker/wipe': number;
}

export type TrackerRequestType = TrackerRequest['type'];

export type TrackerErrorCode = TrackerError['code'] | 'invalid-request' | 'failed';

export type TrackerResponse<T extends TrackerRequestType = TrackerRequestType> =
  | { ok: true; type: T; result: TrackerResults[T] }
  | { ok: false; type: T | null; error: { code: TrackerErrorCode; message: string } };

/** Cheap check for the background's message router: is this meant for the tracker? */
export function isTrackerMessage(value: unknown): value is { type: `tracker/${string}` } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('tracker/')
  );
}

/** Validates a message; the error names the field ("input.sentAt: expected an ISO date"). */
export function parseTrackerRequest(
  raw: unknown,
): { ok: true; request: TrackerRequest } | { ok: false; error: string } {
  const r = TrackerRequestSchema.safeParse(raw);
  if (r.success) return { ok: true, request: r.data as TrackerRequest };
  return { ok: false, error: issueText(r.error) || 'invalid tracker request' };
}

/** Runs one validated request on the writer. Never throws: failures become { ok: false }. */
export async function handleTrackerRequest(writer: TrackerWriter, raw: unknown): Promise<TrackerResponse> {
  const parsed = parseTrackerRequest(raw);
  if (!parsed.ok) {
    const type = isTrackerMessage(raw) ? (raw.type as TrackerRequestType) : null;
    return { ok: false, type, error: { code: 'invalid-request', message: parsed.error } };
  }
  const req = parsed.request;
  try {
    return { ok: true, type: req.type, result: await run(writer, req) } as TrackerResponse;
  } catch (err) {
    const code: TrackerErrorCode = err instanceof TrackerError ? err.code : 'failed';
    return { ok: false, type: req.type, error: { code, message: (err as Error).message } };
  }
}

function run(w: TrackerWriter, r: TrackerRequest): Promise<TrackerResults[TrackerRequestType]> {
  switch (r.type) {
    case 'tracker/init':
      return w.init();
    case 'tracker/upsert':
      return w.upsertContact(r.contact);
    case 'tracker/request-sent':
      return w.recordRequestSent(r.input);
    case 'tracker/undo-request':
      return w.undoLastRequest(r.id);
    case 'tracker/message-sent':
      return w.recordMessageSent(r.id, r.at);
    case 'tracker/accepted':
      return w.markAccepted(r.id, r.at);
    case 'tracker/replied':
      return w.markReplied(r.id, r.at);
    case 'tracker/withdrawn':
      return w.markWithdrawn(r.id, r.at);
    case 'tracker/snooze':
      return w.snooze(r.id, r.until);
    case 'tracker/done':
      return w.markDone(r.id, r.action, r.at, r.dueAt);
    case 'tracker/delete':
      return w.deleteContact(r.id);
    case 'tracker/import':
      return w.importContacts(r.records, r.mode);
    case 'tracker/wipe':
      return w.wipeAll();
  }
}
