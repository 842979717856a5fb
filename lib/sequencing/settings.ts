/** Settings with every default filled in, in one place. */
import type { AccountType } from '../limits.ts';
import { type BusinessCalendar, MONDAY_TO_FRIDAY } from './business-days.ts';
import type { Settings } from './schema.ts';

const DEFAULTS = {
  /** Seed 002 says withdraw unanswered requests; 99% of accepts come within 30 days (peers.md §4). */
  staleAfterDays: 21,
  /** Seed 000: follow up 4–5 business days after the last message. */
  followUpBusinessDays: 4,
  /** A conversation that came into the tracker this much older than the record is history. */
  historyAfterDays: 14,
  timeZone: 'UTC',
  workingDays: MONDAY_TO_FRIDAY,
} as const;

/** Fixed timings from the seeds (not settings: the seeds give them as rules). */
export const TIMING = {
  /** Seed 000 stage 3: first message within 24–48 hours of acceptance. */
  firstMessageHours: 48,
  /** Seed 004: respond within 24 hours. */
  replyHours: 24,
  /** Seed 001 combined strategy: InMail a request still pending after a week. */
  pendingInmailDays: 7,
  /** Seed 000 stage 5: escalate 7–10 days after the first message. */
  escalateDays: 7,
  /** LinkedIn blocks re-inviting for up to three weeks after a withdrawal (linkedin-dom.md §2). */
  reinviteBlockDays: 21,
  /** Seed 000 stage 1: engage 2–5 days before the request. */
  engageLeadDays: 2,
  /** "No interaction for months": a quarter without contact makes a connection dormant. */
  dormantDays: 90,
  /** Seed 000: a trigger's relevance window is short; an older one is no longer a reason. */
  triggerFreshDays: 60,
} as const;

export interface ResolvedSettings {
  /** Credits that can be spent: a free account has none whatever the count says (seed 001). */
  inmailCredits: number;
  staleAfterDays: number;
  accountType: AccountType | null;
  followUpBusinessDays: number;
  historyAfterDays: number;
  calendar: BusinessCalendar;
}

export function resolveSettings(settings: Settings = {}): ResolvedSettings {
  const accountType = settings.accountType ?? null;
  return {
    inmailCredits: accountType === 'free' ? 0 : (settings.inmailCredits ?? 0),
    staleAfterDays: settings.staleAfterDays ?? DEFAULTS.staleAfterDays,
    accountType,
    followUpBusinessDays: settings.followUpBusinessDays ?? DEFAULTS.followUpBusinessDays,
    historyAfterDays: settings.historyAfterDays ?? DEFAULTS.historyAfterDays,
    calendar: {
      workingDays: settings.workingDays ?? DEFAULTS.workingDays,
      timeZone: settings.timeZone ?? DEFAULTS.timeZone,
      holidays: settings.holidays ?? [],
    },
  };
}
