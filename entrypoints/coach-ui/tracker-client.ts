/** Tracker writes go to the background, the one writer; reads come straight from storage. */
import { browser } from 'wxt/browser';
import type { TrackerRequest, TrackerResponse } from '../../lib/tracker/protocol';

export async function sendTracker(request: TrackerRequest): Promise<TrackerResponse> {
  try {
    return (await browser.runtime.sendMessage(request)) as TrackerResponse;
  } catch (err) {
    return { ok: false, type: request.type, error: { code: 'failed', message: (err as Error).message } };
  }
}
