/**
 * Every tracker write from a page goes to the background's one TrackerWriter as a typed message
 * (lib/tracker/protocol.ts). sendTracker resolves with the result or rejects with the writer's own
 * message in plain words, so a page can say what failed and keep what it showed.
 */
import { browser } from 'wxt/browser';
import type { TrackerRequest, TrackerResponse, TrackerResults } from '../tracker/protocol';
import { sendWithResend } from '../tracker/retry';

export type TrackerRequestOf<T extends TrackerRequest['type']> = Extract<TrackerRequest, { type: T }>;

/** What components take as a prop, so tests can inject a fake and pages the real one. */
export type TrackerSender = <T extends TrackerRequest['type']>(
  request: TrackerRequestOf<T>,
) => Promise<TrackerResults[T]>;

export class TrackerSendError extends Error {
  override readonly name = 'TrackerSendError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export const sendTracker: TrackerSender = async (request) => {
  let response: TrackerResponse | undefined;
  try {
    // Sent again when the background was stopped before it answered (retry.ts says which are safe).
    response = await sendWithResend(
      request.type,
      () => browser.runtime.sendMessage(request as TrackerRequest) as Promise<TrackerResponse | undefined>,
    );
  } catch (err) {
    throw new TrackerSendError(
      `the extension's background did not answer (${(err as Error).message})`,
      'no-answer',
    );
  }
  if (!response || typeof response !== 'object' || !('ok' in response))
    throw new TrackerSendError("the extension's background did not answer", 'no-answer');
  if (!response.ok) throw new TrackerSendError(response.error.message, response.error.code);
  // biome-ignore lint/suspicious/noExplicitAny: the response type follows the request type
  return response.result as any;
};

/** An error as one plain sentence fragment. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
