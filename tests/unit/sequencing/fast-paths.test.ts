/**
 * The fast date paths (lib/sequencing/zone.ts) against the straightforward TZDate code they replace,
 * on 20,000 varied synthetic contacts in several zones (their speed: `npm run bench`, area scaling).
 *
 * The reference is the same engine loaded a second time with zone.ts's getZone() mocked to know no
 * zone: every date helper then takes its TZDate branch, which is the code as it was before the fast
 * paths. Its due list is built the plain way, one advise() per contact (dueItemFor's rules).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { advise as fastAdvise } from '../../../lib/sequencing/advise';
import * as fastBusiness from '../../../lib/sequencing/business-days';
import * as fastDates from '../../../lib/sequencing/dates';
import { createDueIndex } from '../../../lib/tracker/due-index';
import type { DueItem } from '../../../lib/tracker/reminders';
import { dueItems, nextChangeAt } from '../../../lib/tracker/reminders';
import { type TrackedContact, toAdviceContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS, type Settings, toAdviceSettings } from '../../../lib/tracker/settings';
import { rng } from '../../random';
import { syntheticContacts } from '../../synthetic-contacts';

type Dates = typeof fastDates;
type Business = typeof fastBusiness;
type Advise = typeof fastAdvise;

let ref: { dates: Dates; business: Business; advise: Advise };

beforeAll(async () => {
  vi.resetModules();
  vi.doMock('../../../lib/sequencing/zone.ts', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../../../lib/sequencing/zone')>()),
    getZone: () => null,
  }));
  ref = {
    dates: await import('../../../lib/sequencing/dates'),
    business: await import('../../../lib/sequencing/business-days'),
    advise: (await import('../../../lib/sequencing/advise')).advise,
  };
  vi.doUnmock('../../../lib/sequencing/zone.ts');
});

afterAll(() => {
  vi.resetModules();
});

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/Berlin'];
// Tuesday 10 March 2026: two days after the US switch to summer time, near Europe's.
const NOW = new Date('2026-03-10T09:00:00.000Z');

const settingsFor = (timeZone: string): Settings => ({
  ...DEFAULT_SETTINGS,
  timeZone,
  holidays: ['2026-03-06', '2026-03-13', '2026-04-03'],
  inmailCredits: 2,
  accountType: 'premium',
});

/** dueItemFor's rules, written out plainly over the reference advise(). */
function referenceDueItems(
  contacts: readonly TrackedContact[],
  now: Date,
  settings: Settings,
  includeFirstApproach = false,
): DueItem[] {
  const deadlines = ['send-first-message', 'reply'];
  const firstApproach = [
    'engage-first',
    'send-request-blank',
    'send-request-with-note',
    'send-inmail',
    'send-message-request',
  ];
  const kinds: Record<string, DueItem['kind']> = {
    'send-first-message': 'first-message',
    'send-follow-up': 'follow-up',
    'withdraw-request': 'withdraw',
    reply: 'reply',
    'send-inmail': 'inmail',
    escalate: 'escalate',
    're-engage': 're-engage',
  };
  const out: DueItem[] = [];
  for (const c of contacts) {
    if (c.status === 'ignored') continue;
    if (c.snoozedUntil && new Date(c.snoozedUntil).getTime() > now.getTime()) continue;
    let a: ReturnType<Advise>;
    try {
      a = ref.advise(toAdviceContact(c), now, toAdviceSettings(settings));
    } catch {
      continue;
    }
    if (a.action === 'wait' || a.action === 'stop' || a.dueAt === null) continue;
    const first =
      firstApproach.includes(a.action) &&
      (c.status === 'none' || c.status === 'withdrawn') &&
      c.messages.length === 0;
    if (first && !includeFirstApproach) continue;
    const due = new Date(a.dueAt).getTime();
    if (!deadlines.includes(a.action) && due > now.getTime()) continue;
    if (
      c.doneActions?.some(
        (d) => d.action === a.action && (d.dueAt === a.dueAt || new Date(d.at).getTime() >= due),
      )
    )
      continue;
    out.push({
      contactId: c.id,
      name: c.name,
      profileUrl: c.profileUrl,
      action: a.action,
      dueAt: a.dueAt,
      overdueBy: Math.max(0, now.getTime() - due),
      reason: a.reason,
      evidence: a.evidence,
      kind: kinds[a.action] ?? 'other',
    });
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.name.localeCompare(b.name)));
}

const CONTACTS = syntheticContacts(20_000, NOW);

describe('fast date paths agree with TZDate', () => {
  it('the reference really is the TZDate path', () => {
    expect(ref.advise).not.toBe(fastAdvise);
  });

  it.each(ZONES.concat(['America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']))(
    'toInstant, addLocalDays, localDay, sayDate, business days in %s, around DST changes too',
    (zone) => {
      const r = rng(zone.length);
      const cal = { workingDays: [1, 2, 3, 4, 5], timeZone: zone, holidays: ['2026-03-30', '2026-10-26'] };
      // Every 37 minutes across both 2026 DST seasons, plus random instants over three years.
      const points: number[] = [];
      for (const [from, to] of [
        ['2026-03-05', '2026-04-08'],
        ['2026-09-30', '2026-11-05'],
      ] as const)
        for (let t = Date.parse(from); t < Date.parse(to); t += 37 * 60_000) points.push(t);
      for (let i = 0; i < 500; i++)
        points.push(Date.parse('2025-01-01') + Math.floor(r() * 3 * 365 * 24 * 60) * 60_000);
      for (const t of points) {
        const d = new Date(t);
        const local = d.toISOString().slice(0, 16);
        expect(fastDates.toInstant(local, zone).getTime(), local).toBe(
          ref.dates.toInstant(local, zone).getTime(),
        );
        const days = [1, 2, 7, 21, 90, -3][t % 6] as number;
        expect(fastDates.addLocalDays(d, days, zone).getTime()).toBe(
          ref.dates.addLocalDays(d, days, zone).getTime(),
        );
        expect(fastDates.localDay(d, zone)).toBe(ref.dates.localDay(d, zone));
        expect(fastDates.sayDate(d, NOW, zone, t % 2 === 0)).toBe(
          ref.dates.sayDate(d, NOW, zone, t % 2 === 0),
        );
        expect(fastBusiness.isBusinessDay(d, cal)).toBe(ref.business.isBusinessDay(d, cal));
        const n = [4, 5, 1, -4][t % 4] as number;
        expect(fastBusiness.addBusinessDays(d, n, cal).getTime()).toBe(
          ref.business.addBusinessDays(d, n, cal).getTime(),
        );
      }
    },
    30_000,
  );
});

describe('20,000 contacts', () => {
  it.each(ZONES)(
    'advise() gives the same action, dueAt, overdue and reason in %s (sample)',
    { timeout: 30_000 },
    (zone) => {
      const settings = toAdviceSettings(settingsFor(zone));
      for (let i = 0; i < CONTACTS.length; i += 7) {
        const c = toAdviceContact(CONTACTS[i] as TrackedContact);
        expect(fastAdvise(c, NOW, settings)).toEqual(ref.advise(c, NOW, settings));
      }
    },
  );

  it.each(ZONES)(
    'dueItems, nextChangeAt and the due index equal the plain reference in %s',
    { timeout: 30_000 },
    (zone) => {
      const settings = settingsFor(zone);
      const sample = CONTACTS.filter((_, i) => i % 5 === 0);
      const expected = referenceDueItems(sample, NOW, settings);
      expect(expected.length).toBeGreaterThan(500);
      expect(dueItems(sample, NOW, settings)).toEqual(expected);
      expect(createDueIndex(settings).items(sample, NOW)).toEqual(expected);
      expect(dueItems(sample, NOW, settings, { includeFirstApproach: true })).toEqual(
        referenceDueItems(sample, NOW, settings, true),
      );
      const next = nextChangeAt(sample, NOW, settings);
      expect(next).not.toBeNull();
      expect(createDueIndex(settings).nextChangeAt(sample, NOW)).toBe(next);
    },
  );

  it('the due index read again a minute later equals a fresh dueItems', { timeout: 30_000 }, () => {
    const settings = settingsFor('America/Los_Angeles');
    const index = createDueIndex(settings);
    expect(index.items(CONTACTS, NOW)).toEqual(dueItems(CONTACTS, NOW, settings));
    const later = new Date(NOW.getTime() + 60_000);
    expect(index.items(CONTACTS, later)).toEqual(dueItems(CONTACTS, later, settings));
    // Only the contacts whose answer can change within that minute were advised again.
    expect(index.recomputed).toBeLessThan(CONTACTS.length / 10);
  });
});
