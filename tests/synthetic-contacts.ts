/**
 * Synthetic tracked contacts in every state, in several shapes of date (whole instants, local times,
 * bare days): the date fast paths' equivalence tests and the bench's due-list figures use the same ones.
 */
import { CONTACT_VERSION, type TrackedContact } from '../lib/tracker/schema';
import { rng } from './random';

const H = 3_600_000;
const D = 24 * H;

/** 20,000 contacts in every state: pending, accepted, messaged, followed up, withdrawn, replied… */
export function syntheticContacts(n: number, now: Date, seed = 1): TrackedContact[] {
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
