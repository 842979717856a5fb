/**
 * The one client of the message protocol (lib/protocol/requests.ts): every call is one line, typed by
 * the request's kind, e.g. `await send({ type: 'tracker/accepted', id, at })`. Requests go to the
 * background, which answers { ok, result } or a plain error; `send` resolves with the result or
 * rejects with a ProtocolError in plain words. Carries no schemas: tabs stay light (the background
 * validates).
 */
import { browser } from 'wxt/browser';
import type {
  Answer,
  BackgroundKind,
  Kind,
  PageKind,
  RequestOf,
  ResponseOf,
  TabKind,
} from '../lib/protocol/requests';
import { sendWithResend } from '../lib/protocol/resend';

type MessageOf<Ks extends Kind> = { [K in Ks]: RequestOf<K> }[Ks];
export type BackgroundRequest = MessageOf<BackgroundKind>;

/** What components take as a prop, so tests can inject a fake and pages the real one. */
export type Send = <R extends BackgroundRequest>(request: R) => Promise<ResponseOf<R['type']>>;

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const isAnswer = (v: unknown): v is Answer => typeof v === 'object' && v !== null && 'ok' in v;

/** Sends a request to the background (again, for tracker writes, when it was stopped before answering). */
export const send: Send = async (request) => {
  let answer: unknown;
  try {
    answer = await sendWithResend(request.type, () => browser.runtime.sendMessage(request));
  } catch (err) {
    throw new ProtocolError(`the extension's background did not answer (${errorText(err)})`, 'no-answer');
  }
  if (!isAnswer(answer)) throw new ProtocolError("the extension's background did not answer", 'no-answer');
  if (!answer.ok) throw new ProtocolError(answer.error.message, answer.error.code);
  return answer.result as never;
};

/** An error as one plain sentence fragment. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** From the background to a LinkedIn tab's content script: its answer, or undefined when none answered. */
export async function sendToTab<R extends MessageOf<TabKind>>(
  tabId: number,
  message: R,
): Promise<ResponseOf<R['type']> | undefined> {
  return browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** From the background to the open extension pages; nobody may be listening (side panel closed). */
export function notifyPages(message: MessageOf<PageKind>): void {
  browser.runtime.sendMessage(message).catch(() => {});
}

/** A listener answers with its kind's answer, or returns nothing for a kind that has none. */
type Listeners = {
  [K in TabKind | PageKind]?: (
    message: RequestOf<K>,
  ) => ResponseOf<K> extends undefined ? void : ResponseOf<K>;
};

/**
 * Handles the given kinds in a tab or a page (the background's own requests go to serve.ts). Returns
 * the function that stops listening.
 */
export function listen(listeners: Listeners): () => void {
  const onMessage = (raw: unknown) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(listeners, type)) return undefined;
    const listener = listeners[type as keyof Listeners] as ((m: unknown) => unknown) | undefined;
    const answer = listener?.(raw);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
