/**
 * Sending a request again when the background did not answer.
 *
 * The background (Chrome's service worker, Firefox's event page) can be stopped at any moment: idle,
 * under memory pressure, or in the middle of a write. The writer answers only after the write is
 * stored, so a write that got an answer is stored; one that got none may or may not be. Sending it
 * again is safe for every request whose second application changes nothing (the writer makes them
 * so: a message at the same instant, the same request, the same tick are recorded once), and the
 * message itself wakes the background again. Undo is the exception: a second Undo would undo an
 * earlier request too, so it is sent once and a lost answer is reported.
 *
 * Only tracker writes are sent again: the other requests (advice, the sync plan, the focus report)
 * are asked again by their callers on the next change.
 *
 * Pure and without imports (a browser test runs this file as it is): the caller passes the function
 * that sends once (browser.runtime.sendMessage).
 */

/** Writes that would change more when the writer runs them twice. */
const ONCE_ONLY: ReadonlySet<string> = new Set(['tracker/undo-request']);

/** Whether a request of this kind (requests.ts) may be sent again after no answer. */
export function canResend(kind: string): boolean {
  return kind.startsWith('tracker/') && !ONCE_ONLY.has(kind);
}

/** Waits between attempts (ms): the background starts again in well under a second. */
const RESEND_DELAYS: readonly number[] = [50, 200, 600, 1500];

export interface ResendOptions {
  delays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `sendOnce` until it answers (anything but undefined). A thrown error or no answer counts as
 * "the background did not answer"; after the last attempt the last error is thrown (or, with no
 * error, undefined is returned, for the caller to report).
 */
export async function sendWithResend<T>(
  type: string,
  sendOnce: () => Promise<T | undefined>,
  options: ResendOptions = {},
): Promise<T | undefined> {
  const delays = canResend(type) ? (options.delays ?? RESEND_DELAYS) : [];
  const sleep = options.sleep ?? wait;
  let lastError: unknown = null;
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    if (attempt > 0) await sleep(delays[attempt - 1] as number);
    try {
      const answer = await sendOnce();
      if (answer !== undefined) return answer;
      lastError = null;
    } catch (err) {
      lastError = err;
    }
  }
  if (lastError !== null) throw lastError;
  return undefined;
}
