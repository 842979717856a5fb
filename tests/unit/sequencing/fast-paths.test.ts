/**
 * The fast date paths (lib/sequencing/zone.ts) against the straightforward TZDate code they replace,
 * on 20,000 varied synthetic contacts in several zones, plus a generous time bound as a sanity check.
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
import { CONTACT_VERSION, type TrackedContact, toAdviceContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS, type Settings, toAdviceSettings } from '../../../lib/tracker/settings';
import { rng } from '../../random';

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
const H = 3_600_000;
const D = 24 * H;
// Tuesday 10 March 2026: two days after the US switch to summer time, near Europe's.
const NOW = new Date('2026-03-10T09:00:00.000Z');

/** 20,000 contacts in every state: pending, accepted, messaged, followed up, withdrawn, replied… */
function synthetic(n: number, now: Date, seed = 1): TrackedContact[] {
  const r = rng(seed);
  // Whole minutes; some local ("2026-03-03T10:00", read in the user's zone) and some bare days.
  const iso = (ms: number) => {
    const s = new Date(Math.round(ms / 60000) * 60000).toISOString();
    const x = r();
    return x < 0.15 ? s.slice(0, 16) : x < 0.25 ? s.slice(0, 10) : s;
  };
  const kinds = [
    'pending',
    'accepted',
    'messaged',
    'followed',
    'stopped',
    'withdrawn',
    'replied',
    'none',
    'ignored',
  ];
  const out: TrackedContact[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[Math.floor(r() * kinds.length)];
    const base = now.getTime() - Math.floor(r() * 150 * D) + Math.floor(r() * 3 * D);
    const url = `https://www.linkedin.com/in/p${i}`;
    const c: TrackedContact = {
      v: CONTACT_VERSION,
      id: url,
      name: `${['Ana', 'Dr. Bo', 'Cy', 'Dee Lee', 'Eve'][i % 5]} ${i % 997}`,
      profileUrl: url,
      degree: 2,
      messages: [],
      status: 'none',
      signals: {},
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-01-01T09:00:00.000Z',
    };
    if (r() < 0.2) c.highValue = true;
    if (r() < 0.3)
      c.headline = ['VP Engineering', 'CTO at Acme', 'Software engineer', 'Founder & CEO'][i % 4];
    if (r() < 0.2) c.signals.engagedWithMyContent = iso(base - 3 * D);
    if (r() < 0.1) c.signals.mutualConnection = 'Zed';
    if (r() < 0.1) c.signals.iEngagedWithTheirs = iso(base + 2 * D);
    if (r() < 0.05) c.signals.sharedGroup = 'TypeScript';
    if (r() < 0.08) c.signals.trigger = { kind: 'new role', at: iso(base - 40 * D) };
    if (r() < 0.1) c.signals.openProfile = true;
    const messages = (count: number, from: number) => {
      let t = from;
      return Array.from({ length: count }, (_, k) => {
        t += Math.floor((1 + r() * 8) * D);
        return { sentAt: iso(t), kind: k === 0 ? ('first' as const) : ('follow-up' as const) };
      });
    };
    switch (kind) {
      case 'pending':
        c.request = { sentAt: iso(base), note: r() < 0.5 ? 'Hi' : null };
        c.status = 'pending';
        break;
      case 'withdrawn':
        c.request = { sentAt: iso(base - 20 * D), note: null, withdrawnAt: iso(base) };
        c.status = 'withdrawn';
        break;
      case 'accepted':
        c.request = { sentAt: iso(base - 5 * D), note: null };
        c.acceptedAt = iso(base);
        c.degree = 1;
        c.status = 'accepted';
        break;
      case 'messaged':
      case 'followed':
      case 'stopped':
        c.request = { sentAt: iso(base - 5 * D), note: null };
        c.acceptedAt = iso(base - 2 * D);
        c.degree = 1;
        c.status = 'accepted';
        c.messages = messages(kind === 'messaged' ? 1 : kind === 'followed' ? 2 : 3, base - D);
        break;
      case 'replied':
        c.degree = 1;
        if (r() < 0.8) c.connectedAt = iso(base - 30 * D);
        c.messages = messages(1 + Math.floor(r() * 2), base - 10 * D);
        c.repliedAt = iso(base + Math.floor(r() * 20 * D) - 5 * D);
        c.status = 'replied';
        break;
      case 'ignored':
        c.status = 'ignored';
        c.request = { sentAt: iso(base), note: null };
        break;
      default:
        if (r() < 0.3) c.degree = 1;
    }
    if (r() < 0.05) c.snoozedUntil = new Date(now.getTime() + (r() - 0.5) * 10 * D).toISOString();
    if (r() < 0.05) c.lastInteractionAt = iso(base + D);
    if (r() < 0.05) c.doneActions = [{ action: 'send-follow-up', at: iso(base + 5 * D) }];
    out.push(c);
  }
  return out;
}

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

const CONTACTS = synthetic(20_000, NOW);

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

  it('stays well inside a generous time bound (a sanity check, not a benchmark)', { timeout: 30_000 }, () => {
    const settings = settingsFor('America/Los_Angeles');
    dueItems(CONTACTS.slice(0, 500), NOW, settings); // warm up
    let t0 = performance.now();
    const all = dueItems(CONTACTS, NOW, settings);
    const plain = performance.now() - t0;

    const index = createDueIndex(settings);
    t0 = performance.now();
    index.items(CONTACTS, NOW);
    const first = performance.now() - t0;
    const later = new Date(NOW.getTime() + 60_000);
    t0 = performance.now();
    const again = index.items(CONTACTS, later);
    const cached = performance.now() - t0;
    const recomputed = index.recomputed;
    const repeats: number[] = [];
    for (let k = 1; k <= 7; k++) {
      t0 = performance.now();
      index.items(CONTACTS, new Date(later.getTime() + k * 1000));
      repeats.push(performance.now() - t0);
    }
    const median = repeats.sort((a, b) => a - b)[3] as number;

    console.info(
      `20,000 contacts: dueItems ${plain.toFixed(0)} ms, due index first ${first.toFixed(0)} ms, ` +
        `a minute later ${cached.toFixed(1)} ms (${recomputed} advised again), then ${median.toFixed(1)} ms ` +
        `(median of 7 reads); ${all.length} due`,
    );
    expect(again).toEqual(dueItems(CONTACTS, later, settings));
    expect(plain).toBeLessThan(1500);
    expect(cached).toBeLessThan(500);
  });
});
