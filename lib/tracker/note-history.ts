/**
 * The user's recent connection notes, for the draft panel's template-similarity check. The background
 * keeps this short list up to date so a LinkedIn tab never has to read every tracked contact.
 *
 * Each entry is { text, sentAt, name } (the warning names the earlier note it matches, to
 * whom and when). Stores written before that hold plain strings; they read as notes without a date or
 * recipient until the background writes the list again.
 */
import { storage } from 'wxt/utils/storage';
import type { HistoryNote } from '../draft/types';
import type { TrackedContact } from './schema';

const NOTE_HISTORY_KEY = 'local:noteHistory';
/** research/text-analysis.md: the check stays well under a millisecond up to about 1,000 notes. */
export const NOTE_HISTORY_LIMIT = 1000;
/** Longer names are cut: the warning quotes the name, nothing else reads it. */
const NAME_MAX = 120;

export const noteHistoryItem = storage.defineItem<HistoryNote[]>(NOTE_HISTORY_KEY, { fallback: [] });

const NOT_BLANK = /\S/;

/** The most recent non-empty notes with their date and recipient, newest first. */
export function historyFrom(contacts: readonly TrackedContact[], limit = NOTE_HISTORY_LIMIT): HistoryNote[] {
  // The background runs this after every write over every contact: a test for any non-space
  // character instead of trimming 20,000 notes.
  const notes: HistoryNote[] = [];
  for (const c of contacts) {
    const text = c.request?.note;
    if (text && NOT_BLANK.test(text))
      notes.push({ text, sentAt: c.request?.sentAt ?? null, name: c.name.slice(0, NAME_MAX) });
  }
  return notes.sort((a, b) => ((a.sentAt ?? '') < (b.sentAt ?? '') ? 1 : -1)).slice(0, limit);
}

/** The texts only (newest first). */
export function notesFrom(contacts: readonly TrackedContact[], limit = NOTE_HISTORY_LIMIT): string[] {
  return historyFrom(contacts, limit).map((n) => n.text);
}

const text = (v: unknown): v is string => typeof v === 'string';

/**
 * The stored list as it can be trusted: plain strings (the older shape) become notes without a date or
 * recipient, entries that are neither are dropped, a date that does not parse or a name that is not
 * text is left out; anything that is not a list reads as empty (the background rebuilds it).
 */
export function repairNoteHistory(raw: unknown): HistoryNote[] {
  if (!Array.isArray(raw)) return [];
  const out: HistoryNote[] = [];
  for (const entry of raw) {
    if (out.length >= NOTE_HISTORY_LIMIT) break;
    if (text(entry)) {
      out.push({ text: entry, sentAt: null, name: null });
      continue;
    }
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    if (!text(e.text)) continue;
    const sentAt = text(e.sentAt) && !Number.isNaN(Date.parse(e.sentAt)) ? e.sentAt : null;
    const name = text(e.name) && e.name.trim() ? e.name.slice(0, NAME_MAX) : null;
    out.push({ text: e.text, sentAt, name });
  }
  return out;
}

export async function readNoteHistory(): Promise<HistoryNote[]> {
  return repairNoteHistory(await noteHistoryItem.getValue());
}

/** Same notes, dates and names in the same order. */
export function sameHistory(a: readonly HistoryNote[], b: readonly HistoryNote[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as HistoryNote;
    const y = b[i] as HistoryNote;
    if (
      x.text !== y.text ||
      (x.sentAt ?? null) !== (y.sentAt ?? null) ||
      (x.name ?? null) !== (y.name ?? null)
    )
      return false;
  }
  return true;
}

/**
 * The background's step: rebuilds the list from every contact and writes it only when it differs
 * (every LinkedIn tab watches the key). A list in the older shape reads without dates, so it differs
 * and is written again with dates and names.
 */
export async function refreshNoteHistory(contacts: readonly TrackedContact[]): Promise<void> {
  const notes = historyFrom(contacts);
  if (!sameHistory(notes, await readNoteHistory())) await noteHistoryItem.setValue(notes);
}
