/**
 * What goes into the .ics export: every step that is due now (as the checklist shows it) and every
 * scheduled step still to come (a follow-up next Tuesday, a withdrawal when a request goes stale), so
 * the user's calendar holds them before they fall due. Pure.
 */
import { nextStep } from './next-step';
import { type DueItem, dueItemFor, dueKind } from './reminders';
import type { TrackedContact } from './schema';
import type { Settings } from './settings';

export function calendarItems(
  contacts: readonly TrackedContact[],
  now: Date,
  settings: Settings,
  zone: string,
): DueItem[] {
  const out: DueItem[] = [];
  for (const c of contacts) {
    const due = dueItemFor(c, now, settings, { fallbackTimeZone: zone });
    if (due) {
      out.push(due);
      continue;
    }
    if (c.status === 'ignored' || c.status === 'none') continue;
    try {
      // The same next step as every other surface (lib/tracker/next-step.ts).
      const a = nextStep({ record: c }, now, settings, zone);
      const kind = dueKind(a.action);
      if (!kind || kind === 'other' || !a.dueAt || new Date(a.dueAt).getTime() <= now.getTime()) continue;
      let dueAt = a.dueAt;
      if (c.snoozedUntil && c.snoozedUntil > dueAt) dueAt = new Date(c.snoozedUntil).toISOString();
      out.push({
        contactId: c.id,
        name: c.name,
        profileUrl: c.profileUrl,
        action: a.action,
        dueAt,
        overdueBy: 0,
        reason: a.reason,
        evidence: a.evidence,
        kind,
      });
    } catch {
      // A record the advisor cannot read has no date to put in a calendar.
    }
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}
