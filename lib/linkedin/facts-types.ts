/**
 * Facts a LinkedIn page shows about a person and the account, as the page readers report them
 * (page-facts.ts) and the background's advisor merges them (lib/tracker/merge-facts.ts). Observed,
 * never acted on; plain data, so they travel in a message.
 */
import type { RelationshipState } from './relationship';

/** Who wrote last in a visible conversation, and when the page says it was. */
export interface ThreadFacts {
  lastBy: 'me' | 'them';
  /** ISO instant of the last message as the page dates it; null when the page shows no usable time. */
  lastAt: string | null;
  /** 'minute': a clock time or a machine date; 'day': only the day ("Tue", "3 Mar"). */
  precision: 'minute' | 'day' | null;
  /** Messages (groups) the page shows from each side. */
  mine: number;
  theirs: number;
}

/** The profile's top card. */
export interface ProfileFacts {
  state: RelationshipState;
  degree: 1 | 2 | 3 | null;
  /** LinkedIn's own first-name field, where the page carries one. */
  firstName: string | null;
}

/** The invitation dialog's quota line ("1 personalized invitation remaining for this month"). */
export interface QuotaFacts {
  /** Personalised notes left this month, as LinkedIn counts them. */
  left: number;
}

/** One person the page shows: a profile, or the other side of a conversation. */
export interface PersonFacts {
  name: string | null;
  /** Normalised https://www.linkedin.com/in/<slug>/ when the page links it. */
  profileUrl: string | null;
  profile?: ProfileFacts;
  thread?: ThreadFacts;
}

export interface PageFacts {
  /** When the page was read (ISO). */
  at: string;
  /** The page's language (document lang), which its dates were read in. */
  lang: string | null;
  people: PersonFacts[];
  quota: QuotaFacts | null;
}
