/**
 * The advisor's view of one person: their tracker record (if any) plus what the page shows and the
 * signals the user ticked. Pure; the background answers LinkedIn tabs with it, so the content script
 * carries neither the advisor nor the tracker's schemas.
 */
import { EVIDENCE } from '../evidence';
import { type Advice, advise } from '../sequencing';
import { newContact } from './mutations';
import { type Status, type TrackedContact, toAdviceContact } from './schema';
import { type Settings, toAdviceSettings } from './settings';

/** Who a box or profile is about, as read from the page. */
export interface PagePerson {
  name: string | null;
  profileUrl: string | null;
  headline?: string | null;
  degree?: 1 | 2 | 3 | null;
  state?: string;
}

/** Signals the page cannot show; the user sets them with one click each. */
export interface SignalToggles {
  engaged: boolean;
  mutual: boolean;
  trigger: boolean;
  highValue: boolean;
}

export type SignalName = keyof SignalToggles;

/** The little a tab needs to know about a tracked person. */
export interface TrackedSummary {
  id: string;
  name: string;
  status: Status;
  signals: SignalToggles;
}

export interface AdviceAnswer {
  advice: Advice | null;
  /** The storage key of this person's record, to watch for changes made anywhere. */
  watchKey: string | null;
  tracked: TrackedSummary | null;
}

export function signalsOf(tracked: TrackedContact | null): SignalToggles {
  const s = tracked?.signals ?? {};
  return {
    engaged: Boolean(s.engagedWithMyContent),
    mutual: Boolean(s.mutualConnection),
    trigger: Boolean(s.trigger),
    highValue: Boolean(tracked?.highValue),
  };
}

export function summaryOf(tracked: TrackedContact | null): TrackedSummary | null {
  return tracked
    ? { id: tracked.id, name: tracked.name, status: tracked.status, signals: signalsOf(tracked) }
    : null;
}

/**
 * The advisor's next step, from the tracker record where there is one and the page's facts. When the
 * note being drafted already references something specific (the draft engine found a hook), "send it
 * blank" would contradict the panel: seed 000 says a specific reason belongs in a short note.
 */
export function adviceFor(
  person: PagePerson,
  tracked: TrackedContact | null,
  settings: Settings,
  now: Date,
  draft?: { hasHook: boolean },
): Advice {
  const base = tracked
    ? toAdviceContact(tracked)
    : { name: person.name ?? 'this person', degree: person.degree ?? null, signals: {} };
  if (person.headline) base.headline = person.headline;
  if (person.degree !== undefined && person.degree !== null) base.degree = person.degree;
  const advice = advise(base, now, toAdviceSettings(settings));
  if (!draft?.hasHook || advice.action !== 'send-request-blank') return advice;
  const first = base.name.split(/\s+/)[0] ?? base.name;
  return {
    ...advice,
    action: 'send-request-with-note',
    reason: `Your note gives ${first} a specific reason to connect: keep it under 200 characters and send it with the request.`,
    evidence: EVIDENCE.noteUnder200,
    alternatives: [
      {
        action: 'send-request-blank',
        reason: 'If the reference is thin, send the request blank: blank requests beat generic notes.',
      },
    ],
  };
}

/** A new record for a person the page names; null when the page does not say whose profile it is. */
export function newTrackedFor(person: PagePerson, now: Date): TrackedContact | null {
  if (!person.profileUrl || !person.name) return null;
  const contact: TrackedContact = {
    ...newContact(person.name, person.profileUrl, now),
    degree: person.degree ?? null,
  };
  if (person.headline) contact.headline = person.headline;
  return contact;
}

/** The record with one signal set or cleared (a new record when the person was not tracked yet). */
export function withSignal(
  person: PagePerson,
  tracked: TrackedContact | null,
  name: SignalName,
  value: boolean,
  now: Date,
): TrackedContact | null {
  const base = tracked ?? newTrackedFor(person, now);
  if (!base) return null;
  const signals = { ...base.signals };
  const at = now.toISOString();
  let highValue = base.highValue;
  if (name === 'engaged') {
    if (value) signals.engagedWithMyContent = at;
    else delete signals.engagedWithMyContent;
  } else if (name === 'mutual') {
    if (value) signals.mutualConnection = 'a mutual contact';
    else delete signals.mutualConnection;
  } else if (name === 'trigger') {
    if (value) signals.trigger = { kind: 'news', at };
    else delete signals.trigger;
  } else highValue = value;
  const next: TrackedContact = { ...base, signals, updatedAt: at };
  if (highValue !== undefined) next.highValue = highValue;
  return next;
}
