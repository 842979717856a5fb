/**
 * The user's recent connection notes, for the draft panel's template-similarity check. The background
 * keeps this short list up to date so a LinkedIn tab never has to read every tracked contact.
 */
import { storage } from 'wxt/utils/storage';
import type { TrackedContact } from './schema';

export const NOTE_HISTORY_KEY = 'local:noteHistory';
/** research/text-analysis.md: exact Jaccard stays well under a millisecond up to about 1,000 notes. */
export const NOTE_HISTORY_LIMIT = 1000;

export const noteHistoryItem = storage.defineItem<string[]>(NOTE_HISTORY_KEY, { fallback: [] });

/** The most recent non-empty notes, newest first. */
export function notesFrom(contacts: readonly TrackedContact[], limit = NOTE_HISTORY_LIMIT): string[] {
  // The background runs this after every write over every contact: pairs and a test for any
  // non-space character instead of trimming 20,000 notes.
  const pairs: { at: string; note: string }[] = [];
  for (const c of contacts) {
    const note = c.request?.note;
    if (note && NOT_BLANK.test(note)) pairs.push({ at: c.request?.sentAt ?? '', note });
  }
  return pairs
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .slice(0, limit)
    .map((p) => p.note);
}

const NOT_BLANK = /\S/;

/** Anything that is not a list of strings reads as an empty history (it is rebuilt by the background). */
export function repairNoteHistory(raw: unknown): string[] {
  return Array.isArray(raw)
    ? raw.filter((n): n is string => typeof n === 'string').slice(0, NOTE_HISTORY_LIMIT)
    : [];
}

export async function readNoteHistory(): Promise<string[]> {
  return repairNoteHistory(await noteHistoryItem.getValue());
}
