/**
 * The background's view of the tracker: every contact in memory, kept in step with the writer's
 * changes (a write re-reads one record, not 20,000), the incremental due index, and the summary key
 * pages read first (summary.ts). A restarted service worker reads everything once.
 *
 * Uses WXT's storage module only (no browser globals), so the fake browser tests it: the summary
 * must equal one built from scratch after every kind of write (tests/unit/tracker/summary.test.ts).
 */
import { storage } from 'wxt/utils/storage';
import { createDueIndex, type DueIndex } from './due-index';
import type { DueItem } from './reminders';
import type { TrackedContact } from './schema';
import type { Settings } from './settings';
import { CONTACT_PREFIX, readAllContacts, readContact } from './store';
import { encodeSummary, SUMMARY_KEY, SUMMARY_ROWS, sameSummary } from './summary';

/** More changed keys than this at once (an import, a restore): one read of everything is cheaper. */
const REREAD_ALL_AFTER = 200;
const SUMMARY_AREA_KEY = SUMMARY_KEY.slice('local:'.length);

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface Refreshed {
  contacts: TrackedContact[];
  /** How many items are due (the badge), and the first of them (dueItems order). */
  dueCount: number;
  due: DueItem[];
  /** When something next becomes due (for an alarm), or null. */
  next: string | null;
}

export class TrackerView {
  #cache: Map<string, TrackedContact> | null = null;
  #index: { settingsKey: string; due: DueIndex } | null = null;
  readonly #changed = new Set<string>();
  #lastSummary: ReturnType<typeof encodeSummary> | null = null;
  /** A request's note or date changed since notesChanged() was last asked (recent notes need redoing). */
  #notesChanged = true;

  /** The writer changed these contacts ('*': everything). */
  markChanged(ids: readonly string[]): void {
    for (const id of ids) this.#changed.add(id);
  }

  /**
   * A storage.onChanged batch (local area): follows contact keys written by anyone, and notices a
   * summary someone else removed or damaged. True when a refresh is needed.
   */
  storageChanged(changes: Changes): boolean {
    let touched = false;
    const summary = changes[SUMMARY_AREA_KEY];
    if (summary && JSON.stringify(summary.newValue) !== JSON.stringify(this.#lastSummary)) {
      this.#lastSummary = null;
      touched = true;
    }
    for (const key of Object.keys(changes)) {
      if (!key.startsWith(CONTACT_PREFIX) || key.endsWith('$')) continue;
      this.#changed.add(key.slice(CONTACT_PREFIX.length));
      touched = true;
    }
    return touched;
  }

  /** Every readable contact, re-reading only what changed since the last call. */
  async contacts(): Promise<TrackedContact[]> {
    const changed = this.#changed;
    if (!this.#cache || changed.has('*') || changed.size > REREAD_ALL_AFTER) {
      changed.clear();
      this.#cache = new Map((await readAllContacts()).contacts.map((c) => [c.id, c]));
      this.#notesChanged = true;
    }
    const ids = [...changed];
    changed.clear();
    for (const id of ids) {
      const { contact } = await readContact(id);
      const was = this.#cache.get(id);
      const before = was?.request;
      if (contact) this.#cache.set(id, contact);
      else this.#cache.delete(id);
      const after = contact?.request;
      // The recent notes carry the recipient's name too.
      if (
        before?.note !== after?.note ||
        before?.sentAt !== after?.sentAt ||
        (after && was?.name !== contact?.name)
      )
        this.#notesChanged = true;
    }
    return [...this.#cache.values()];
  }

  /**
   * Whether any request's note, sent date or recipient name changed since the last call (then the recent-notes list
   * is worth rebuilding; an edited headline or a snooze leaves it as it was). True after a full read.
   */
  markNotesChanged(): void {
    this.#notesChanged = true;
  }

  notesChanged(): boolean {
    const changed = this.#notesChanged;
    this.#notesChanged = false;
    return changed;
  }

  /** The due list at `now` (incremental), and the summary written when it changed. */
  async refresh(settings: Settings, now: Date): Promise<Refreshed> {
    const contacts = await this.contacts();
    // Settings objects are fresh on every read: compare by value, so the index survives.
    const settingsKey = JSON.stringify(settings);
    if (this.#index?.settingsKey !== settingsKey)
      this.#index = { settingsKey, due: createDueIndex(settings) };
    const { count: dueCount, items: due } = this.#index.due.head(contacts, now, SUMMARY_ROWS);
    // A turn between the two passes: a message waiting for the background is answered in between.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const next = this.#index.due.nextChangeAt(contacts, now);
    await this.#writeSummary(due, dueCount, contacts.length, now);
    return { contacts, dueCount, due, next };
  }

  async #writeSummary(due: DueItem[], dueCount: number, count: number, now: Date): Promise<void> {
    const next = encodeSummary(due, (id) => this.#cache?.get(id), count, now, dueCount);
    // Every open page is told of each write: skip one that changes nothing but the time.
    if (sameSummary(this.#lastSummary, next)) return;
    this.#lastSummary = next;
    try {
      await storage.setItem(SUMMARY_KEY, next);
    } catch (err) {
      this.#lastSummary = null;
      throw err;
    }
  }
}
