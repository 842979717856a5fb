/**
 * The one writer. The background service worker owns a single TrackerWriter; every tab and page asks
 * it to change the tracker through the message protocol (protocol.ts). All mutations run one at a
 * time through a promise queue, and each reads the record fresh inside its turn, so two LinkedIn tabs
 * recording at once never lose each other's updates (read-modify-write never interleaves).
 */
import { storage } from 'wxt/utils/storage';
import type { PersonFacts } from '../linkedin/facts-types';
import type { ActionId } from '../sequencing/types.ts';
import { encodeContact } from './codec';
import { mergePageFacts } from './merge-facts';
import {
  applyAccepted,
  applyDone,
  applyMessageSent,
  applyReplied,
  applyRequestSent,
  applySnooze,
  applyWithdrawn,
  idFor,
  isSameRequest,
  mergeContacts,
  type RequestSentInput,
  TrackerError,
} from './mutations';
import { sameRecord } from './record-compare';
import { repairContact } from './repair-contact';
import { CONTACT_VERSION, type TrackedContact } from './schema';
import {
  contactKey,
  quarantineValues,
  readAllWithFixes,
  readContact,
  removeContacts,
  type StoreProblem,
  TRACKER_META_KEY,
  trackerKeys,
  UNDO_KEY,
  writeContacts,
} from './store';

export type ImportMode = 'merge' | 'replace';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

interface UndoEntry {
  id: string;
  /** The record before the request was recorded; null when the request created it. */
  before: TrackedContact | null;
  at: string;
}

/** Undo entries kept (the panel offers Undo for a few seconds; a short journal is plenty). */
const UNDO_LIMIT = 20;

export interface WriterOptions {
  /** The clock for updatedAt and quarantine times (tests pass a fixed one). */
  now?: () => Date;
  /** Called after each successful change with the ids it touched ('*' for wipe/replace). */
  onChange?: (ids: string[]) => void;
}

export class TrackerWriter {
  #queue: Promise<unknown> = Promise.resolve();
  readonly #now: () => Date;
  readonly #onChange: (ids: string[]) => void;

  constructor(options: WriterOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#onChange = options.onChange ?? (() => {});
  }

  /** Runs fn after every earlier request has finished; a failure does not block later ones. */
  #run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(fn);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Waits for everything queued so far. */
  idle(): Promise<void> {
    return this.#run(async () => undefined);
  }

  async #get(id: string): Promise<TrackedContact> {
    const { contact } = await readContact(id);
    if (!contact) throw new TrackerError('not-found', `No tracked contact ${id}`);
    return contact;
  }

  async #put(contact: TrackedContact): Promise<TrackedContact> {
    await writeContacts([contact]);
    this.#onChange([contact.id]);
    return contact;
  }

  /**
   * Start-up: migrate records to the current version, save repairs, and set unreadable records aside
   * under quarantine keys. Returns what it found, for the UI to report.
   */
  init(): Promise<{ problems: StoreProblem[]; count: number }> {
    return this.#run(async () => {
      const { contacts, problems, fixes } = await readAllWithFixes();
      const at = this.#now().toISOString();
      // Keep the original of every repaired record too, so nothing the user had is lost.
      const repairedKeys = new Set(problems.filter((p) => p.action === 'repaired').map((p) => p.key));
      const originals =
        repairedKeys.size > 0
          ? await storage.getItems([...repairedKeys].map((k) => `local:${k}` as const))
          : [];
      await quarantineValues(
        [
          ...fixes.quarantine,
          ...originals.map((o) => ({
            key: o.key.slice('local:'.length),
            raw: o.value,
            reason: problems.find((p) => `local:${p.key}` === o.key)?.reason ?? 'repaired',
          })),
        ],
        at,
      );
      await writeContacts(fixes.rewrite);
      await storage.removeItems(fixes.quarantine.map((q) => `local:${q.key}` as const));
      await storage.setItem(TRACKER_META_KEY, { contactVersion: CONTACT_VERSION, checkedAt: at });
      if (fixes.rewrite.length || fixes.quarantine.length) this.#onChange(['*']);
      return { problems, count: contacts.length };
    });
  }

  /** Adds or replaces a whole record (dashboard add/edit). It is validated; updatedAt is set. */
  upsertContact(record: unknown): Promise<TrackedContact> {
    return this.#run(async () => {
      const r = repairContact(record);
      if (!r.ok) throw new TrackerError('bad-input', r.reason);
      if (r.repaired.length) throw new TrackerError('bad-input', `invalid fields: ${r.repaired.join(', ')}`);
      const id = idFor(r.contact.profileUrl);
      return this.#put({ ...r.contact, id, updatedAt: this.#now().toISOString() });
    });
  }

  /** The user pressed LinkedIn's Send in the invite dialog. Creates the contact when it is new. */
  recordRequestSent(input: RequestSentInput): Promise<TrackedContact> {
    return this.#run(async () => {
      const now = this.#now();
      const id = idFor(input.profileUrl);
      const before = (await readContact(id)).contact;
      // Sent again after a lost answer: already recorded, and no second Undo entry.
      if (before && isSameRequest(before, input)) return before;
      const next = applyRequestSent(before, input, now);
      // The record and its undo entry in one storage call: one round trip, and never one without the other.
      const journal = [...(await this.#undoJournal()), { id, before, at: now.toISOString() }].slice(
        -UNDO_LIMIT,
      );
      await storage.setItems([
        { key: UNDO_KEY, value: journal },
        { key: contactKey(next.id), value: encodeContact(next) },
      ]);
      this.#onChange([next.id]);
      return next;
    });
  }

  /** Reverts the last recordRequestSent for this contact (deletes the contact if that created it). */
  undoLastRequest(id: string): Promise<TrackedContact | null> {
    return this.#run(async () => {
      const journal = await this.#undoJournal();
      const index = journal.findLastIndex((e) => e.id === id);
      const entry = journal[index];
      if (!entry) throw new TrackerError('nothing-to-undo', `No recorded request to undo for ${id}`);
      journal.splice(index, 1);
      await storage.setItem(UNDO_KEY, journal);
      if (entry.before === null) {
        await removeContacts([id]);
        this.#onChange([id]);
        return null;
      }
      const restored = repairContact(entry.before);
      if (!restored.ok) throw new TrackerError('nothing-to-undo', `The saved state of ${id} is unreadable`);
      return this.#put({ ...restored.contact, updatedAt: this.#now().toISOString() });
    });
  }

  recordMessageSent(id: string, at: string): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applyMessageSent(c, at, now));
  }
  markAccepted(id: string, at: string): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applyAccepted(c, at, now));
  }
  markReplied(id: string, at: string): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applyReplied(c, at, now));
  }
  markWithdrawn(id: string, at: string): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applyWithdrawn(c, at, now));
  }
  /** Hides the contact's due items until `until` (null clears the snooze). */
  snooze(id: string, until: string | null): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applySnooze(c, until, now));
  }
  /** Ticks off an advised step; `dueAt` is the advice's, so that advice stays hidden. */
  markDone(id: string, action: ActionId, at: string, dueAt?: string): Promise<TrackedContact> {
    return this.#change(id, (c, now) => applyDone(c, action, at, now, dueAt));
  }

  #change(id: string, fn: (c: TrackedContact, now: Date) => TrackedContact): Promise<TrackedContact> {
    return this.#run(async () => {
      const before = await this.#get(id);
      const next = fn(before, this.#now());
      // An idempotent change that found its work done (sent twice) writes nothing.
      return next === before ? before : this.#put(next);
    });
  }

  /**
   * What a LinkedIn page shows about this person, merged in where it is fresher than the record
   * (merge-facts.ts), with the change kept in the record's history. Read fresh inside the queue, so
   * a merge never overwrites a change made meanwhile; nothing is written when the page adds nothing.
   */
  mergePageFacts(id: string, facts: PersonFacts, at: string): Promise<TrackedContact> {
    return this.#run(async () => {
      const before = await this.#get(id);
      const { contact } = mergePageFacts(before, facts, new Date(at));
      return contact === before ? before : this.#put({ ...contact, updatedAt: this.#now().toISOString() });
    });
  }

  deleteContact(id: string): Promise<boolean> {
    return this.#run(async () => {
      const { contact } = await readContact(id);
      await removeContacts([id]);
      this.#onChange([id]);
      return contact !== null;
    });
  }

  /**
   * Writes validated records (from parseJsonExport / parseCsv / planSentSync) in one batch.
   * merge: same id → merged (mergeContacts), new ids added; replace: every contact is removed first.
   * The records are checked again; one bad record rejects the whole import (nothing is written).
   */
  importContacts(records: readonly unknown[], mode: ImportMode): Promise<ImportResult> {
    return this.#run(async () => {
      const incoming: TrackedContact[] = [];
      for (const [i, raw] of records.entries()) {
        const r = repairContact(raw);
        if (!r.ok || r.repaired.length)
          throw new TrackerError(
            'bad-input',
            `record ${i + 1}: ${r.ok ? `invalid ${r.repaired.join(', ')}` : r.reason}`,
          );
        incoming.push(r.contact);
      }
      const now = this.#now().toISOString();
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      if (mode === 'replace') {
        const keys = (await trackerKeys()).filter((k) => k.startsWith('contact:'));
        await storage.removeItems(keys.map((k) => `local:${k}` as const));
        await writeContacts(incoming);
        result.added = incoming.length;
        this.#onChange(['*']);
        return result;
      }
      const { contacts } = await readAllWithFixes();
      const byId = new Map(contacts.map((c) => [c.id, c]));
      const writes: TrackedContact[] = [];
      for (const inc of incoming) {
        const cur = byId.get(inc.id);
        if (!cur) {
          writes.push(inc);
          byId.set(inc.id, inc);
          result.added++;
          continue;
        }
        const { merged } = mergeContacts(cur, inc);
        if (sameRecord(merged, cur)) result.unchanged++;
        else {
          const next = { ...merged, updatedAt: now };
          writes.push(next);
          byId.set(inc.id, next);
          result.updated++;
        }
      }
      await writeContacts(writes);
      if (writes.length) this.#onChange(writes.map((w) => w.id));
      return result;
    });
  }

  /** Removes every tracker key: contacts, quarantine, undo journal, meta. Settings stay. */
  wipeAll(): Promise<number> {
    return this.#run(async () => {
      const keys = await trackerKeys();
      await storage.removeItems(keys.map((k) => `local:${k}` as const));
      this.#onChange(['*']);
      return keys.filter((k) => k.startsWith('contact:')).length;
    });
  }

  async #undoJournal(): Promise<UndoEntry[]> {
    const raw = await storage.getItem<unknown>(UNDO_KEY);
    return Array.isArray(raw)
      ? raw.filter(
          (e): e is UndoEntry =>
            e !== null && typeof e === 'object' && typeof (e as UndoEntry).id === 'string' && 'before' in e,
        )
      : [];
  }
}
