/**
 * Everything the page shows that the next step depends on, read in one pass and reported
 * as plain data: the profile's relationship state, each visible conversation's last message (who and
 * when), and the invitation dialog's note quota. Observed, never acted on. Pure: it reads the
 * document it is given (the background runs it in the asking frame, entrypoints/page-facts.ts; a
 * card that knows its own box can call readPersonFacts directly).
 */

import { readChatPerson } from './chat-person';
import { findSurfaces } from './detect';
import { foldLoose as fold } from './dom';
import type { PageFacts, PersonFacts, ProfileFacts, QuotaFacts } from './facts-types';
import { readProfile } from './profile';
import { readNoteQuota } from './quota';
import { collectSearchRoots } from './roots';
import { sel } from './selectors';
import { readThread } from './thread';
import { hiddenReason } from './visibility';

function firstNameMeta(doc: Document): string | null {
  const v = doc.querySelector(sel('firstNameMeta'))?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
  return v && v.length <= 80 ? v : null;
}

function langOf(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang || null;
}

/** The profile's facts when the URL is a profile page. */
function profileFacts(doc: Document, url: string): PersonFacts | null {
  const p = readProfile(doc, url);
  if (!p) return null;
  const profile: ProfileFacts = { state: p.state, degree: p.degree, firstName: firstNameMeta(doc) };
  return { name: p.name, profileUrl: p.profileUrl, profile };
}

/** The conversation with its last message, for one conversation container. */
function conversationFacts(container: Element, now: Date, lang: string | null, form?: Element | null) {
  const chat = readChatPerson(container);
  const thread = readThread(container, chat, now, lang, form ?? container.querySelector('form'));
  const out: PersonFacts = { name: chat.name, profileUrl: chat.profileUrl };
  if (thread) out.thread = thread;
  return out;
}

/** The invitation dialog's quota line, from any open dialog on the page (shadow roots, frames too). */
function quotaFacts(doc: Document): QuotaFacts | null {
  for (const root of collectSearchRoots(doc)) {
    for (const dialog of root.querySelectorAll(sel('dialog'))) {
      if (hiddenReason(dialog)) continue;
      const q = readNoteQuota(dialog);
      if (q) return q;
    }
  }
  return null;
}

function samePerson(a: { name: string | null; profileUrl: string | null }, b: typeof a): boolean {
  if (a.profileUrl && b.profileUrl) return a.profileUrl === b.profileUrl;
  return !!a.name && !!b.name && fold(a.name) === fold(b.name);
}

/** Everything on the page: the profile, every conversation, the quota. Never throws. */
export function readPageFacts(doc: Document, url: string, now: Date): PageFacts {
  const lang = langOf(doc);
  const people: PersonFacts[] = [];
  const add = (p: PersonFacts) => {
    const same = people.find((q) => samePerson(q, p));
    if (!same) people.push(p);
    else {
      same.profileUrl ??= p.profileUrl;
      same.name ??= p.name;
      if (p.profile && !same.profile) same.profile = p.profile;
      if (p.thread && !same.thread) same.thread = p.thread;
    }
  };
  let quota: QuotaFacts | null = null;
  try {
    const profile = profileFacts(doc, url);
    if (profile) add(profile);
  } catch {
    // Unknown markup: no profile facts.
  }
  try {
    for (const s of findSurfaces(doc, { url }).surfaces) {
      if (s.kind !== 'message' && s.kind !== 'inmail' && s.kind !== 'salesnav') continue;
      const form = s.key.closest('form') ?? s.area;
      const facts = conversationFacts(s.container, now, lang, form);
      facts.name ??= s.recipient;
      if (facts.name || facts.profileUrl) add(facts);
    }
  } catch {
    // Unknown markup: no thread facts.
  }
  try {
    quota = quotaFacts(doc);
  } catch {
    quota = null;
  }
  return { at: now.toISOString(), lang, people, quota };
}

/** The facts about one person among a page's, matched by profile URL, else by name. */
export function factsFor(
  page: PageFacts | null | undefined,
  person: { name: string | null; profileUrl: string | null },
): PersonFacts | null {
  if (!page) return null;
  const hits = page.people.filter((p) => samePerson(p, person));
  if (hits.length === 0) return null;
  // The same person read twice (profile and a chat bubble): one record of both.
  const out: PersonFacts = { name: person.name, profileUrl: person.profileUrl };
  for (const h of hits) {
    out.profileUrl ??= h.profileUrl;
    if (h.profile && !out.profile) out.profile = h.profile;
    if (h.thread && !out.thread) out.thread = h.thread;
  }
  return out;
}

/** For a card that knows its box: the facts about its person, with the page's profile where it is theirs. */
export function readPersonFacts(
  doc: Document,
  url: string,
  person: { name: string | null; profileUrl: string | null },
  now: Date,
  container?: Element | null,
  /** The box's compose form, when the card knows it (its messages are outside it). */
  form?: Element | null,
): PersonFacts | null {
  const lang = langOf(doc);
  const out: PersonFacts = { name: person.name, profileUrl: person.profileUrl };
  const profile = profileFacts(doc, url);
  if (profile && samePerson(profile, person) && profile.profile) out.profile = profile.profile;
  if (container) {
    const c = conversationFacts(container, now, lang, form);
    if (c.thread) out.thread = c.thread;
  }
  return out.profile || out.thread ? out : null;
}
