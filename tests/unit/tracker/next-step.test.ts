/**
 * One function, one answer: the next step the background gives a LinkedIn tab, the popup's
 * checklist item and the dashboard's "Next step" are the same action and due date for the same record
 * at the same moment, over a few hundred varied records and time zones.
 */
import { describe, expect, it } from 'vitest';
import { calendarItems } from '../../../lib/tracker/calendar';
import { nextStep } from '../../../lib/tracker/next-step';
import { dueItemFor } from '../../../lib/tracker/reminders';
import type { TrackedContact } from '../../../lib/tracker/schema';
import type { Settings } from '../../../lib/tracker/settings';
import { nextStepFor as tableStep } from '../../../lib/tracker/table-model';
import { rng } from '../../random';
import { contact, NOW, SETTINGS } from './helpers';

const D = 86_400_000;

function people(n: number): TrackedContact[] {
  const r = rng(12);
  const at = (days: number) => new Date(NOW.getTime() + Math.round(days * D)).toISOString();
  return Array.from({ length: n }, (_, i) => {
    const back = -60 * r();
    const over: Partial<TrackedContact> = { createdAt: at(back - (r() < 0.3 ? -40 : 5)) };
    const pick = i % 7;
    if (pick === 0) Object.assign(over, { request: { sentAt: at(back), note: null }, status: 'pending' });
    if (pick === 1)
      Object.assign(over, {
        request: { sentAt: at(back - 2), note: null },
        acceptedAt: at(back),
        degree: 1,
        status: 'accepted',
      });
    if (pick === 2)
      Object.assign(over, {
        degree: 1,
        acceptedAt: at(back - 3),
        messages: [{ sentAt: at(back), kind: 'first' }],
        status: 'accepted',
        ...(r() < 0.5 ? { repliedAt: at(back + 2), status: 'replied' } : {}),
        ...(r() < 0.3 ? { lastMessageBy: r() < 0.5 ? 'me' : 'them' } : {}),
      });
    if (pick === 3) Object.assign(over, { degree: 1, status: 'replied', acceptedAt: at(back) });
    if (pick === 4)
      Object.assign(over, { firstName: 'Kai', name: 'Müller Kai', signals: { mutualConnection: 'Ana' } });
    if (pick === 5) Object.assign(over, { headline: 'CEO', highValue: true });
    if (pick === 6)
      Object.assign(over, {
        request: { sentAt: at(back - 25), note: null, withdrawnAt: at(back) },
        status: 'withdrawn',
      });
    return contact(`p-${i}`, over);
  });
}

const ZONES: Settings[] = [
  SETTINGS,
  { ...SETTINGS, timeZone: 'America/Los_Angeles' },
  { ...SETTINGS, timeZone: 'Asia/Tokyo', workingDays: [1, 2, 3, 4] },
  { ...SETTINGS, timeZone: 'Asia/Jerusalem', workingDays: [0, 1, 2, 3, 4] },
];

describe('the same answer on every surface', () => {
  it.each(ZONES.map((s) => [s.timeZone, s] as const))(
    'card, checklist and table agree (%s)',
    (zone, settings) => {
      const contacts = people(210);
      for (const days of [0, 1.3, 4.6, 11]) {
        const now = new Date(NOW.getTime() + days * D);
        for (const c of contacts) {
          const card = nextStep({ record: c }, now, settings, 'UTC');
          const item = dueItemFor(c, now, settings, { includeFirstApproach: true, fallbackTimeZone: 'UTC' });
          if (item) {
            expect([item.action, item.dueAt, item.reason], `${c.id} in ${zone}`).toEqual([
              card.action,
              card.dueAt,
              card.reason,
            ]);
          }
          const row = tableStep(c, now, settings, 'UTC');
          if (row && !c.snoozedUntil) expect([row.action, row.dueAt]).toEqual([card.action, card.dueAt]);
          if (card.dueAt) expect(card.dueDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        // The calendar export holds the same steps and dates.
        for (const entry of calendarItems(contacts, now, settings, 'UTC')) {
          const c = contacts.find((x) => x.id === entry.contactId) as TrackedContact;
          const card = nextStep({ record: c }, now, settings, 'UTC');
          expect(entry.action).toBe(card.action);
          if (!c.snoozedUntil) expect(entry.dueAt).toBe(card.dueAt);
        }
      }
    },
  );
});
