/**
 * The receiving end of requests.ts for the background: every message is validated with the protocol's
 * schemas before a handler sees it, and every request gets an Answer, a bad one a plain error that
 * names the field ("input.sentAt: expected an ISO date"). Never throws.
 */
import { issueText } from '../tracker/repair-contact';
import {
  type Answer,
  type BackgroundKind,
  MessageSchema,
  type ParsedRequestOf,
  PROTOCOL,
  type ResponseOf,
} from './requests';

/** Where a message came from (the parts of runtime.MessageSender the handlers use). */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

export type Handler<K extends BackgroundKind> = (
  request: ParsedRequestOf<K>,
  sender: MessageSender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;
export type Handlers = { [K in BackgroundKind]: Handler<K> };

type ParsedRequest = { [K in BackgroundKind]: ParsedRequestOf<K> }[BackgroundKind];

const kindOf = (raw: unknown): string | null =>
  typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string'
    ? (raw as { type: string }).type
    : null;

const isBackgroundKind = (kind: string | null): kind is BackgroundKind =>
  kind !== null && Object.hasOwn(PROTOCOL, kind) && PROTOCOL[kind as BackgroundKind].to === 'background';

/** Validates a request to the background. */
export function parseRequest(
  raw: unknown,
): { ok: true; request: ParsedRequest } | { ok: false; error: string } {
  const kind = kindOf(raw);
  if (kind !== null && Object.hasOwn(PROTOCOL, kind) && !isBackgroundKind(kind))
    return { ok: false, error: `${kind} is not a request for the background` };
  const r = MessageSchema.safeParse(raw);
  if (r.success) return { ok: true, request: r.data as ParsedRequest };
  return { ok: false, error: issueText(r.error) || 'invalid request' };
}

/** Validates the request, runs its handler and answers. Failures become { ok: false } with the error's code. */
export async function serve(
  handlers: Partial<Handlers>,
  raw: unknown,
  sender: MessageSender = {},
): Promise<Answer> {
  const kind = kindOf(raw);
  const type = isBackgroundKind(kind) ? kind : null;
  const parsed = parseRequest(raw);
  if (!parsed.ok) return { ok: false, type, error: { code: 'invalid-request', message: parsed.error } };
  const request = parsed.request;
  const handler = handlers[request.type] as Handler<BackgroundKind> | undefined;
  if (!handler)
    return {
      ok: false,
      type: request.type,
      error: { code: 'invalid-request', message: `${request.type} is not handled here` },
    };
  try {
    const result = await handler(request as never, sender);
    return { ok: true, type: request.type, result } as Answer;
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    return {
      ok: false,
      type: request.type,
      error: {
        code: typeof code === 'string' ? code : 'failed',
        message: (err as Error)?.message ?? String(err),
      },
    };
  }
}
