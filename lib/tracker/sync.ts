/**
 * Sent-invitations sync (pure). The Sent page lists pending invitations with relative labels ("Sent 2
 * weeks ago"). We turn each label into an absolute date ONCE, at import, marked approximate, and never
 * re-parse it later. Missing requests are only reported when the user says the list is fully loaded.
 */
import { subDays, subHours, subMinutes, subMonths, subWeeks, subYears } from 'date-fns';
import type { TrackedContact } from './schema';
import { CONTACT_VERSION } from './schema';
import { normaliseProfileUrl } from './url';

export interface FoundInvitation {
  name: string;
  profileUrl: string;
  /** The page's label, e.g. "Sent 2 weeks ago". */
  sentLabel: string;
  /** The note shown with the invitation, if any. */
  note: string | null;
}

export interface ParsedLabel {
  /** ISO instant. */
  at: string;
  approximate: true;
  /** The unit the label counted in: how rough `at` is. */
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
}

type Unit = ParsedLabel['unit'];

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  ein: 1,
  einem: 1,
  einer: 1,
  eine: 1,
  una: 1,
  uno: 1,
  two: 2,
  deux: 2,
  zwei: 2,
  dos: 2,
  three: 3,
  trois: 3,
  drei: 3,
  tres: 3,
};

/** Unit words (English, French, German, Spanish; singular, plural, abbreviations). */
const UNITS: [RegExp, Unit][] = [
  [/^(?:minutes?|mins?|m|minuten?|minutos?)$/, 'minute'],
  [/^(?:hours?|hrs?|h|heures?|stunden?|horas?)$/, 'hour'],
  [/^(?:days?|d|jours?|tagen?|tag|días?|dias?)$/, 'day'],
  [/^(?:weeks?|wks?|w|semaines?|wochen?|semanas?)$/, 'week'],
  [/^(?:months?|mos?|mois|monaten?|monat|mes|meses)$/, 'month'],
  [/^(?:years?|yrs?|y|ans?|années?|jahren?|jahr|años?)$/, 'year'],
];

const TODAY = /\b(?:today|just now|aujourd[’']hui|heute|hoy)\b/i;
const YESTERDAY = /\b(?:yesterday|hier|gestern|ayer)\b/i;

function unitOf(word: string): Unit | null {
  for (const [re, unit] of UNITS) if (re.test(word)) return unit;
  return null;
}

function subtract(now: Date, n: number, unit: Unit): Date {
  switch (unit) {
    case 'minute':
      return subMinutes(now, n);
    case 'hour':
      return subHours(now, n);
    case 'day':
      return subDays(now, n);
    case 'week':
      return subWeeks(now, n);
    case 'month':
      return subMonths(now, n);
    case 'year':
      return subYears(now, n);
  }
}

/**
 * "Sent today / yesterday / 3 days ago / a week ago / 2 weeks ago / a month ago / 1 year ago" (and
 * "2w", "Envoyée il y a 2 semaines", "Vor 3 Wochen gesendet", "Enviada hace 2 semanas") → an
 * approximate absolute date, or null when the label is not understood.
 */
export function parseSentLabel(label: string, now: Date): ParsedLabel | null {
  const text = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (YESTERDAY.test(text)) return { at: subDays(now, 1).toISOString(), approximate: true, unit: 'day' };
  if (TODAY.test(text)) return { at: now.toISOString(), approximate: true, unit: 'day' };
  // A count then a unit: "3 days", "a week", "il y a 2 semaines", "vor einem monat", "hace 3 días",
  // or written together: "2w", "1mo".
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const compact = /^(\d+)(\p{L}+)$/u.exec(word);
    const [countWord, unitWord] = compact
      ? [compact[1] as string, compact[2] as string]
      : [word, words[i + 1] ?? ''];
    const unit = unitOf(unitWord);
    if (!unit) continue;
    const n = /^\d+$/.test(countWord) ? Number(countWord) : WORD_NUMBERS[countWord];
    if (n === undefined || n > 10_000) continue;
    return { at: subtract(now, n, unit).toISOString(), approximate: true, unit };
  }
  return null;
}

export interface SyncNew {
  id: string;
  name: string;
  profileUrl: string;
  sentLabel: string;
  /** False when the label was not understood: sentAt is then `now`, and the UI should say so. */
  labelUnderstood: boolean;
  /** A ready record (pending, approximate sentAt) for TrackerWriter.importContacts. */
  contact: TrackedContact;
}

export interface SyncMatch {
  id: string;
  found: FoundInvitation;
  tracked: TrackedContact;
  /** The tracker does not think this request is pending (e.g. it was marked withdrawn). */
  statusMismatch: boolean;
}

export interface SentSyncPlan {
  /** Invitations on the page with a usable profile URL (duplicates counted once). */
  found: number;
  new: SyncNew[];
  alreadyTracked: SyncMatch[];
  /** Tracked pending requests not on the page: only when the list is complete; ask accepted or withdrawn. */
  missing: TrackedContact[];
  /** Rows without a LinkedIn profile URL. */
  skipped: FoundInvitation[];
}

export function planSentSync(
  tracked: readonly TrackedContact[],
  found: readonly FoundInvitation[],
  now: Date,
  listComplete: boolean,
): SentSyncPlan {
  const byId = new Map(tracked.map((c) => [c.id, c]));
  const plan: SentSyncPlan = { found: 0, new: [], alreadyTracked: [], missing: [], skipped: [] };
  const onPage = new Set<string>();
  const at = now.toISOString();
  for (const f of found) {
    const id = normaliseProfileUrl(f.profileUrl);
    if (!id || !f.name.trim()) {
      plan.skipped.push(f);
      continue;
    }
    if (onPage.has(id)) continue;
    onPage.add(id);
    plan.found++;
    const t = byId.get(id);
    if (t) {
      plan.alreadyTracked.push({ id, found: f, tracked: t, statusMismatch: t.status !== 'pending' });
      continue;
    }
    const parsed = parseSentLabel(f.sentLabel, now);
    const sentAt = parsed?.at ?? at;
    const note = f.note?.trim() ? f.note : null;
    plan.new.push({
      id,
      name: f.name.trim(),
      profileUrl: f.profileUrl,
      sentLabel: f.sentLabel,
      labelUnderstood: parsed !== null,
      contact: {
        v: CONTACT_VERSION,
        id,
        name: f.name.trim(),
        profileUrl: f.profileUrl,
        degree: null,
        channel: 'request',
        request: { sentAt, note, approximate: true },
        messages: [],
        status: 'pending',
        signals: {},
        createdAt: at,
        updatedAt: at,
      },
    });
  }
  if (listComplete)
    plan.missing = tracked.filter(
      (c) => c.status === 'pending' && c.request && !c.request.withdrawnAt && !onPage.has(c.id),
    );
  return plan;
}
