/** The tracker's requests, each run by the background's one writer. */
import type { TrackerWriter } from '../tracker/writer';
import type { Handlers } from './serve';

export type TrackerKind = Extract<keyof Handlers, `tracker/${string}`>;

export function trackerHandlers(w: TrackerWriter): Pick<Handlers, TrackerKind> {
  return {
    'tracker/init': () => w.init(),
    'tracker/upsert': (r) => w.upsertContact(r.contact),
    'tracker/request-sent': (r) => w.recordRequestSent(r.input),
    'tracker/undo-request': (r) => w.undoLastRequest(r.id),
    'tracker/message-sent': (r) => w.recordMessageSent(r.id, r.at),
    'tracker/accepted': (r) => w.markAccepted(r.id, r.at),
    'tracker/replied': (r) => w.markReplied(r.id, r.at),
    'tracker/withdrawn': (r) => w.markWithdrawn(r.id, r.at),
    'tracker/snooze': (r) => w.snooze(r.id, r.until),
    'tracker/done': (r) => w.markDone(r.id, r.action, r.at, r.dueAt),
    'tracker/delete': (r) => w.deleteContact(r.id),
    'tracker/import': (r) => w.importContacts(r.records, r.mode),
    'tracker/wipe': () => w.wipeAll(),
  };
}
