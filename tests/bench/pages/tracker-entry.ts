/**
 * Bundled with esbuild (iife, global __ccTracker) and evaluated in one of the extension's own pages,
 * so it reads the real chrome.storage.local the extension uses. Runs the tracker's own code: the
 * store's snapshot reader (validate + repair every record) and the reminders' dueItems.
 */
import { dueItems } from '../../../lib/tracker/reminders';
import { repairSettings } from '../../../lib/tracker/settings';
import { readContactsFrom } from '../../../lib/tracker/store';
import { readSummary } from '../../../lib/tracker/summary';

interface ChromeStorage {
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
  runtime: { sendMessage(msg: unknown): Promise<unknown>; lastError?: unknown };
}
const chrome = (globalThis as unknown as { chrome: ChromeStorage }).chrome;

/** Writes records in batches (one storage.local.set per batch). */
export async function seed(
  entries: [string, unknown][],
  batch: number,
): Promise<{ ms: number; written: number; error: string | null }> {
  const t0 = performance.now();
  let written = 0;
  try {
    for (let i = 0; i < entries.length; i += batch) {
      const part = entries.slice(i, i + batch);
      await chrome.storage.local.set(Object.fromEntries(part));
      written += part.length;
    }
  } catch (err) {
    return { ms: performance.now() - t0, written, error: (err as Error).message };
  }
  return { ms: performance.now() - t0, written, error: null };
}

export const bytesInUse = () => chrome.storage.local.getBytesInUse(null);
export const clear = () => chrome.storage.local.clear();

/** readAllContacts + settings + the due list, timed in parts. */
export async function readAndDue() {
  const t0 = performance.now();
  const snapshot = await chrome.storage.local.get(null);
  const t1 = performance.now();
  const { contacts, problems } = readContactsFrom(snapshot);
  const settings = repairSettings(snapshot.settings).value;
  const t2 = performance.now();
  const due = dueItems(contacts, new Date(), settings);
  const t3 = performance.now();
  return {
    getMs: t1 - t0,
    parseMs: t2 - t1,
    dueMs: t3 - t2,
    contacts: contacts.length,
    problems: problems.length,
    due: due.length,
    sample: contacts[contacts.length >> 1] ?? null,
  };
}

/** One message round trip to the background, timed in the page. */
export async function roundTrip(msg: unknown): Promise<{ ms: number; ok: boolean; error?: string }> {
  const t0 = performance.now();
  const res = (await chrome.runtime.sendMessage(msg)) as { ok?: boolean; error?: { message: string } } | null;
  const ms = performance.now() - t0;
  return res && typeof res === 'object' && 'ok' in res
    ? { ms, ok: res.ok === true, ...(res.error ? { error: res.error.message } : {}) }
    : { ms, ok: true };
}

/** One storage.local.set of a value, timed in the page: what any write costs before our code. */
export async function setOne(key: string, value: unknown): Promise<number> {
  const t0 = performance.now();
  await chrome.storage.local.set({ [key]: value });
  return performance.now() - t0;
}

/** The due list as pages get it first: the background's summary key, read and validated. */
export async function summaryDue() {
  const t0 = performance.now();
  const { trackerSummary } = await chrome.storage.local.get('trackerSummary');
  const r = readSummary(trackerSummary, new Date());
  const ms = performance.now() - t0;
  return r.ok
    ? { ms, ok: true, rows: r.summary.rows.length, dueCount: r.summary.dueCount, count: r.summary.count }
    : { ms, ok: false, reason: r.reason };
}
