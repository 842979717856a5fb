/**
 * The benches' tracker: 20,000 deterministic synthetic contacts built with the tracker's own mutations
 * (newContact, applyRequestSent, applyAccepted, …): a realistic mix of pending, accepted, messaged,
 * replied, withdrawn, ignored and snoozed, ~60% of the requests with a stored note.
 */
import {
  applyAccepted,
  applyMessageSent,
  applyReplied,
  applyRequestSent,
  applySnooze,
  applyWithdrawn,
  newContact,
} from '../../lib/tracker/mutations';
import type { TrackedContact } from '../../lib/tracker/schema';
import { FIRST_NAMES, storedNotes } from './texts';
import { pick, rng } from './util';

export const CONTACTS = 20_000;
const DAY = 86_400_000;

// The benchmark texts' first names and two more.
const FIRST = [...FIRST_NAMES, 'Jonas', 'Aiko'];
const LAST = [
  'Pérez-Ortega',
  'Nielsen',
  'Núñez',
  'Nguyễn',
  'Yılmaz',
  'Raghunathan',
  'Sokolov',
  "O'Brien",
  'Ångström',
  'Mensah',
  'Wei',
  'Haddad',
];
const HEADLINES = [
  'Staff Engineer at Fjordbank',
  'Talent Partner at Bosphorus Ventures',
  'Head of Data at Kaveri AI',
  'Founder, Brasa Labs',
  'Engineering Manager at Harbour Analytics',
];

/** Deterministic synthetic contacts relative to `now`, valid TrackedContact records. */
export function syntheticContacts(count: number, now: Date): TrackedContact[] {
  const r = rng(42);
  const notes = storedNotes(count, 11);
  const iso = (t: number) => new Date(Math.min(t, now.getTime() - 60_000)).toISOString();
  const out: TrackedContact[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
    const profileUrl = `https://www.linkedin.com/in/bench-${i.toString(36)}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}/`;
    const sent = now.getTime() - Math.floor(r() * 180 * DAY);
    const created = new Date(sent - DAY);
    const roll = r();
    if (roll < 0.05) {
      out.push(newContact(name, profileUrl, created));
      continue;
    }
    let c = applyRequestSent(
      null,
      {
        name,
        profileUrl,
        note: r() < 0.6 ? (notes[i] as string) : null,
        sentAt: iso(sent),
        accountType: r() < 0.7 ? 'free' : 'premium',
        headline: pick(r, HEADLINES),
        ...(r() < 0.5
          ? { audience: pick(r, ['CTOs at seed-stage startups', 'Recruiters', 'Design leads']) }
          : {}),
        ...(r() < 0.5 ? { version: pick(r, ['v1-talk', 'v2-question', 'v3-blank']) } : {}),
      },
      created,
    );
    const accepted = sent + Math.floor(r() * 14 * DAY);
    if (roll < 0.5) {
      // pending
    } else if (roll < 0.6) c = applyWithdrawn(c, iso(sent + 21 * DAY + r() * 30 * DAY), now);
    else {
      c = applyAccepted(c, iso(accepted), now);
      if (roll > 0.7) c = applyMessageSent(c, iso(accepted + r() * 2 * DAY), now);
      if (roll > 0.82) c = applyMessageSent(c, iso(accepted + (3 + r() * 10) * DAY), now);
      if (roll > 0.9) c = applyReplied(c, iso(accepted + (4 + r() * 20) * DAY), now);
      if (roll > 0.97) c = { ...c, status: 'ignored' };
    }
    if (r() < 0.03) c = applySnooze(c, new Date(now.getTime() + 7 * DAY).toISOString(), now);
    out.push(JSON.parse(JSON.stringify(c)) as TrackedContact);
  }
  return out;
}
