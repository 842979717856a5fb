/** Tracker writes go to the background, the one writer; reads come straight from storage. */
import { browser } from 'wxt/browser';
import type { TrackerRequest, TrackerResponse } from '../../lib/tracker/protocol';
import { sendWithResend } from '../../lib/tracker/retry';

export async function sendTracker(request: TrackerRequest): Promise<TrackerResponse> {
  try {
    const answer = await sendWithResend(request.type, () => browser.runtime.sendMessage(request));
    if (answer === undefined) throw new Error("the extension's background did not answer");
    return answer as TrackerResponse;
  } catch (err) {
    return { ok: false, type: request.type, error: { code: 'failed', message: (err as Error).message } };
  }
}
