/**
 * The person on screen, as LinkedIn tabs and the background talk about them: who the page names, the
 * signals the user ticks, and the background's answer. The next step itself comes from next-step.ts
 * (the one advisor); the content script carries neither the advisor nor the tracker's schemas.
 */
import type { DraftVerdict } from './draft-verdict';
import { newContact } from './mutations';
import type { NextStep } from './next-step';
import type { Status, TrackedContact } from './schema';

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
  /** The next step (with its zone and due day); null when the background could not answer. */
  advice: NextStep | null;
  /**
   * For a draft box: whether this draft should go out now by the next step (shown beside the score;
   * components/NextStepNote.tsx). Absent unless the request named the box's kind.
   */
  draft?: DraftVerdict | null;
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
