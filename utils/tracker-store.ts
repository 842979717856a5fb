/**
 * The pages' view of the tracker: every contact, the settings, and what could not be read. Reads go
 * straight to storage: first the background's summary key (the first due rows, shown as `preview`
 * at once), then every contact and the quarantine in one read; the store then follows
 * `browser.storage.onChanged` and applies only the keys that changed, so a write in a LinkedIn tab
 * shows up here at once without re-reading 20,000 records. Writes never happen here: they go to the
 * background through send (or, for settings, saveSettings in settings-adapter.ts).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrackedContact } from '../lib/tracker/schema';
import { DEFAULT_SETTINGS, type Settings } from '../lib/tracker/settings';
import { readSettingsReport } from '../lib/tracker/storage';
import {
  CONTACT_PREFIX,
  QUARANTINE_PREFIX,
  type QuarantineEntry,
  readContactsAndQuarantine,
  readContactsFrom,
  readQuarantine,
  type StoreProblem,
} from '../lib/tracker/store';
import { readSummary, SUMMARY_KEY, type TrackerSummary } from '../lib/tracker/summary';

export interface TrackerState {
  status: 'loading' | 'ready' | 'error';
  /** Every readable contact (a new array after each change; order as read). */
  contacts: TrackedContact[];
  byId: ReadonlyMap<string, TrackedContact>;
  /** Problems found while reading (repaired or unreadable records), in storage-key order. */
  problems: StoreProblem[];
  /** Records the writer set aside because they could not be read. */
  quarantined: QuarantineEntry[];
  settings: Settings;
  /** Settings fields that were reset to defaults because their stored value was unreadable. */
  settingsRepaired: string[];
  error: string | null;
  /**
   * While loading: the background's summary (counts and the first due rows), so a page shows them
   * before every contact is read. null once everything is read, or when there is none.
   */
  preview: TrackerSummary | null;
}

export type TrackerStore = StoreApi<TrackerState> & {
  /**
   * Loads everything and starts following storage. Returns a stop function. Starting again while
   * started only counts (a page may start it before React renders, then again in an effect).
   */
  start(): () => void;
  /** Reads everything again (after a failure, or on request). */
  reload(): Promise<void>;
};

const SETTINGS_KEY = 'settings';

export function initialTrackerState(): TrackerState {
  return {
    status: 'loading',
    contacts: [],
    byId: new Map(),
    problems: [],
    quarantined: [],
    settings: { ...DEFAULT_SETTINGS },
    settingsRepaired: [],
    error: null,
    preview: null,
  };
}

/** A summary that could not be read: the page reads every contact anyway, and the background rewrites it. */
const SUMMARY_PROBLEM_KEY = SUMMARY_KEY.slice('local:'.length);

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export function createTrackerStore(): TrackerStore {
  const store = createStore<TrackerState>(() => initialTrackerState());
  let loading: Promise<void> | null = null;
  let pending: Changes[] = [];
  let starts = 0;

  /** The summary first (one small key), so the first rows show while every contact is read. */
  async function readPreview(): Promise<StoreProblem | null> {
    let raw: unknown;
    try {
      raw = await storage.getItem(SUMMARY_KEY);
    } catch {
      return null;
    }
    const r = readSummary(raw, new Date());
    if (r.ok) {
      if (store.getState().status === 'loading') store.setState({ preview: r.summary });
      return null;
    }
    return r.missing
      ? null
      : { key: SUMMARY_PROBLEM_KEY, reason: `summary unreadable (${r.reason})`, action: 'repaired' };
  }

  async function reload(): Promise<void> {
    const run = (async () => {
      try {
        const [summaryProblem, settings] = await Promise.all([readPreview(), readSettingsReport()]);
        if (store.getState().status === 'loading') store.setState({ settings: settings.value });
        const { quarantined, ...read } = await readContactsAndQuarantine();
        const byId = new Map(read.contacts.map((c) => [c.id, c]));
        store.setState({
          status: 'ready',
          preview: null,
          contacts: read.contacts,
          byId,
          // A damaged summary is rebuilt from these contacts by the background: nothing is lost.
          problems: summaryProblem ? [...read.problems, summaryProblem] : read.problems,
          quarantined,
          settings: settings.value,
          settingsRepaired: settings.repaired,
          error: null,
        });
      } catch (err) {
        store.setState({ status: 'error', error: `could not read the tracker: ${(err as Error).message}` });
      }
    })();
    loading = run;
    await run;
    if (loading === run) loading = null;
    const queued = pending;
    pending = [];
    for (const c of queued) void apply(c);
  }

  async function apply(changes: Changes): Promise<void> {
    if (loading) {
      pending.push(changes);
      return;
    }
    const state = store.getState();
    const byId = new Map(state.byId);
    const problems = new Map(state.problems.map((p) => [p.key, p]));
    let contactsChanged = false;
    let settingsChanged = false;
    let quarantineChanged = false;
    let summaryRebuilt = false;
    const updates: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(CONTACT_PREFIX) && !key.endsWith('$')) {
        contactsChanged = true;
        problems.delete(key);
        const id = key.slice(CONTACT_PREFIX.length);
        if (change.newValue === undefined || change.newValue === null) byId.delete(id);
        else updates[key] = change.newValue;
      } else if (key === SETTINGS_KEY || key === `${SETTINGS_KEY}$`) settingsChanged = true;
      else if (key.startsWith(QUARANTINE_PREFIX)) quarantineChanged = true;
      else if (
        key === SUMMARY_PROBLEM_KEY &&
        problems.has(key) &&
        readSummary(change.newValue, new Date()).ok
      ) {
        // The background has rebuilt it: the "being rebuilt" note has done its job.
        problems.delete(key);
        summaryRebuilt = true;
      }
    }
    if (contactsChanged) {
      const read = readContactsFrom(updates);
      for (const key of Object.keys(updates)) byId.delete(key.slice(CONTACT_PREFIX.length));
      for (const c of read.contacts) byId.set(c.id, c);
      for (const p of read.problems) problems.set(p.key, p);
      store.setState({ byId, contacts: [...byId.values()], problems: [...problems.values()] });
    } else if (summaryRebuilt) store.setState({ problems: [...problems.values()] });
    if (settingsChanged) {
      const s = await readSettingsReport();
      store.setState({ settings: s.value, settingsRepaired: s.repaired });
    }
    if (quarantineChanged) {
      const quarantined = await readQuarantine().catch(() => store.getState().quarantined);
      store.setState({ quarantined });
    }
  }

  // A burst of writes (an import, a sync, busy tabs, a background catching up) arrives as many change
  // events: they are applied together once the burst has been delivered, so the page re-renders once
  // rather than once per write (hundreds of synchronous store updates in a row overran React's
  // nested-update limit and blanked the popup). Later changes of a key replace earlier ones.
  let batch: Changes | null = null;
  function listener(changes: Changes, area: string) {
    if (area !== 'local') return;
    if (batch) {
      Object.assign(batch, changes);
      return;
    }
    batch = { ...changes };
    setTimeout(() => {
      const merged = batch;
      batch = null;
      if (merged) void apply(merged);
    }, 0);
  }

  return Object.assign(store, {
    reload,
    start() {
      if (starts++ === 0) {
        browser.storage.onChanged.addListener(listener);
        void reload();
      }
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        if (--starts === 0) browser.storage.onChanged.removeListener(listener);
      };
    },
  });
}
