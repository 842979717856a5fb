/**
 * THE next step for a person: one function over one contact record, used by the background
 * for LinkedIn tabs (draft card, profile card, side panel), by the popup's checklist and the
 * dashboard (through reminders.ts, which calls the same advisor on the same record) and by the
 * `advise` command line. Pure.
 *
 *   record (or, for someone not tracked, what the page shows)
 *     + page facts merged in (merge-facts.ts; the page wins when fresher)
 *     + what the user is drafting (a specific reference turns "send it blank" into "send it with the
 *       note"; the greeting they wrote is how they call the person)
 *     → advise() (lib/sequencing) → the step, its due date on a working day, why, and the figure.
 *
 * Someone not tracked gets a suggestion without a due date: nothing was promised, nothing is late.
 */
import { EVIDENCE } from '../evidence';
import { t } from '../i18n/t';
import type { PersonFacts } from '../linkedin/facts-types';
import { type Advice, advise } from '../sequencing';
import { localDay } from '../sequencing/dates.ts';
import { callName } from '../sequencing/names.ts';
import { type Merged, mergePageFacts } from './merge-facts';
import { newContact } from './mutations';
import type { PagePerson } from './person-advice';
import { type TrackedContact, toAdviceContact } from './schema';
import { type Settings, systemTimeZone, toAdviceSettings } from './settings';

/** What the user is writing, as the draft card knows it. */
export interface DraftFacts {
  /** The draft references something specific (the draft engine found a hook). */
  hasHook?: boolean;
  /** The name in the user's greeting ("Minh" in "Chào anh Minh,"), or the greeting line. */
  greeting?: string | null;
}

export interface NextStep extends Advice {
  /** The person has a tracker record. Without one, dueAt is null: a suggestion, not a task. */
  tracked: boolean;
  /** The zone the due date is shown in (the user's setting, else the browser's). */
  timeZone: string;
  /** The local day the step is due in that zone, "YYYY-MM-DD"; null without a due date. */
  dueDay: string | null;
  /** What the reasons call them. */
  callName: string;
  /**
   * For a 'wait': what is awaited. 'request': the invitation is pending; 'reinvite': LinkedIn blocks a
   * new one for now; 'answer': you wrote last. Null otherwise (a conversation at rest, history).
   */
  waiting: 'request' | 'reinvite' | 'answer' | null;
}

export interface NextStepInput {
  /** The tracker record, or null for someone not tracked. */
  record: TrackedContact | null;
  /** Who the page is about (for someone not tracked: name, headline, degree). */
  person?: PagePerson | null;
  /** What the page shows about them, read just now. */
  facts?: PersonFacts | null;
  draft?: DraftFacts | null;
}

export interface NextStepResult {
  step: NextStep;
  /** The record with the page's facts merged in, when that changed it (for the background to write). */
  merged: Merged | null;
}

/** A record for advising someone not tracked: what the page shows, dated so nothing reads as history. */
function pageOnlyRecord(
  person: PagePerson | null | undefined,
  facts: PersonFacts | null | undefined,
  now: Date,
) {
  const name = person?.name?.trim() || facts?.name?.trim() || t('next_step_this_person');
  const c: TrackedContact = newContact(name, person?.profileUrl ?? 'https://www.linkedin.com/in/-/', now);
  // What the page shows happened before we read it: the record is as old as its first event.
  const first = facts?.thread?.lastAt;
  if (first && first < c.createdAt) c.createdAt = first;
  return c;
}

/**
 * The next step for one person at `now`, and the merged record when the page told us something new.
 * Never throws on a well-formed record; settings are the user's (tracker) settings.
 */
export function nextStepFor(
  input: NextStepInput,
  now: Date,
  settings: Settings,
  fallbackTimeZone: string = systemTimeZone(),
): NextStepResult {
  const tracked = input.record !== null;
  let record = input.record ?? pageOnlyRecord(input.person, input.facts, now);
  let merged: Merged | null = null;
  if (input.facts) {
    const m = mergePageFacts(record, input.facts, now);
    if (m.contact !== record) {
      record = m.contact;
      if (tracked) merged = m;
    }
  }
  const contact = toAdviceContact(record);
  const person = input.person;
  if (!tracked && person) {
    if (person.headline) contact.headline = person.headline;
    if (person.degree !== undefined && person.degree !== null && contact.degree !== 1)
      contact.degree = person.degree;
  } else if (person?.headline && !contact.headline) contact.headline = person.headline;
  const name = callName(record.name, {
    firstName: record.firstName ?? null,
    greeting: input.draft?.greeting ?? null,
  });
  contact.firstName = name;
  const adviceSettings = toAdviceSettings(settings, fallbackTimeZone);
  const timeZone = adviceSettings.timeZone as string;
  let advice = advise(contact, now, adviceSettings);
  if (input.draft?.hasHook && advice.action === 'send-request-blank') advice = withTheNote(advice, name);
  const step: NextStep = {
    ...advice,
    tracked,
    timeZone,
    dueDay: null,
    callName: name,
    waiting: waitingFor(advice, record),
  };
  if (!tracked) {
    // A suggestion for someone not tracked carries no due date at all.
    step.dueAt = null;
    delete step.overdue;
  } else if (step.dueAt) step.dueDay = localDay(new Date(step.dueAt), timeZone);
  return { step, merged };
}

/** Just the step (dashboard, command line, tests). */
export function nextStep(
  input: NextStepInput,
  now: Date,
  settings: Settings,
  fallbackTimeZone?: string,
): NextStep {
  return nextStepFor(input, now, settings, fallbackTimeZone).step;
}

function waitingFor(advice: Advice, c: TrackedContact): NextStep['waiting'] {
  if (advice.action !== 'wait') return null;
  if (advice.evidence === EVIDENCE.acceptanceCurve) return 'request';
  if (advice.evidence === EVIDENCE.reinviteBlocked) return 'reinvite';
  const mine = c.messages.at(-1)?.sentAt;
  const wroteLast = c.lastMessageBy
    ? c.lastMessageBy === 'me'
    : !!mine && (!c.repliedAt || mine > c.repliedAt);
  return wroteLast ? 'answer' : null;
}

/**
 * The note being drafted references something specific: "send it blank" would contradict the card
 * (seed 000: a specific reason belongs in a short note).
 */
function withTheNote(advice: Advice, name: string): Advice {
  return {
    ...advice,
    action: 'send-request-with-note',
    reason: t('reason_draft_has_hook', { name }),
    evidence: EVIDENCE.noteUnder200,
    alternatives: [{ action: 'send-request-blank', reason: t('reason_alt_blank_if_thin') }],
  };
}
