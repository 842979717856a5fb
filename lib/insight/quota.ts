/**
 * The free-account note quota (pure): personalised notes sent this calendar month, on the user's wall
 * clock, against the monthly quota setting (sources say 3, 5 or about 10; default 5, editable).
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth } from 'date-fns';
import { t, tp } from '../i18n/t';
import { LIMITS, type LimitEntry } from '../limits';
import { sayDayMonth } from '../sequencing/dates.ts';
import type { TrackedContact } from '../tracker/schema';
import type { Settings } from '../tracker/settings';
import { num } from './format';
import { requestOutcome } from './outcome';

export interface NoteQuota {
  /** Personalised notes counted against the quota this month. */
  used: number;
  quota: number;
  /** max(0, quota − used). */
  left: number;
  /** The quota applies: the settings say the account is free. */
  applies: boolean;
  account: Settings['accountType'];
  /** First instant of this month and of the next (when the quota comes back), user's zone. */
  monthStart: Date;
  resetsAt: Date;
  /** "1 personalised note left this month", "No personalised notes left this month; more on 1 May". */
  message: string;
  /** The figure's source: there is no seed for it, only the dated limits table. */
  limit: LimitEntry;
}

/** "1 personalised note left this month", "No personalised notes left this month; more on 1 April". */
export function notesLeftMessage(left: number, resetsOn?: string): string {
  if (left > 0) return tp('notes_left', left, { count: num(left) });
  return resetsOn ? t('notes_left_none_until', { date: resetsOn }) : t('notes_left_none');
}

/**
 * Notes counted: a non-blank note on a request sent this calendar month (in `tz`) from a free account,
 * meaning request.accountType 'free', or no account type recorded while the settings say free.
 */
export function notesUsedThisMonth(
  contacts: readonly TrackedContact[],
  now: Date,
  tz: string,
  settings: Pick<Settings, 'accountType' | 'monthlyFreeNotes'>,
): NoteQuota {
  const start = startOfMonth(new TZDate(now.getTime(), tz));
  const next = addMonths(start, 1);
  let used = 0;
  for (const c of contacts) {
    const o = requestOutcome(c, tz);
    if (!o?.hasNote) continue;
    if (o.sentAt.getTime() < start.getTime() || o.sentAt.getTime() >= next.getTime()) continue;
    const account = c.request?.accountType ?? settings.accountType;
    if (account === 'free') used++;
  }
  const quota = settings.monthlyFreeNotes;
  const left = Math.max(0, quota - used);
  const resetsOn = sayDayMonth(next.getDate(), next.getMonth());
  return {
    used,
    quota,
    left,
    applies: settings.accountType === 'free',
    account: settings.accountType,
    monthStart: new Date(start.getTime()),
    resetsAt: new Date(next.getTime()),
    message: notesLeftMessage(left, resetsOn),
    limit: LIMITS.freeNotesPerMonth,
  };
}
