/**
 * Who a compose box or profile is about, what we know of them (tracker record + what the page shows +
 * the signals the user ticked), and the advisor's next step for them.
 */
import { storage } from 'wxt/utils/storage';
import type { SignalName, SignalToggles } from '../../components/AdviceCard';
import { t } from '../../lib/i18n/t';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import {
  normaliseProfileUrl,
  type PersonOnPage,
  readChatPerson,
  readProfile,
} from '../../lib/linkedin/person';
import { type Advice, advise } from '../../lib/sequencing';
import { newContact } from '../../lib/tracker/mutations';
import { type TrackedContact, toAdviceContact } from '../../lib/tracker/schema';
import { type Settings, toAdviceSettings } from '../../lib/tracker/settings';
import { contactKey, readContact } from '../../lib/tracker/store';
import { normaliseProfileUrl as trackerId } from '../../lib/tracker/url';
import { sendTracker } from './tracker-client';

export interface PagePerson {
  name: string | null;
  profileUrl: string | null;
  headline?: string | null;
  degree?: 1 | 2 | 3 | null;
  state?: PersonOnPage['state'];
}

/** The Connect control the user activated last: who and which profile. */
export interface InviteMemory {
  name: string | null;
  profileUrl: string | null;
  at: number;
}

/** The person a surface is about, from the page: chats name them; invitations come from the profile or the Connect control. */
export function personForSurface(
  surface: DetectedSurface,
  doc: Document,
  url: string,
  invite: InviteMemory | null,
): PagePerson | null {
  if (surface.kind === 'comment' || surface.kind === 'post') return null;
  if (surface.kind === 'connection-note') {
    const profile = readProfile(doc, url);
    if (invite?.profileUrl && (!profile || invite.profileUrl !== profile.profileUrl)) {
      return { name: surface.recipient ?? invite.name, profileUrl: invite.profileUrl, degree: 2 };
    }
    if (profile) {
      return {
        name: surface.recipient ?? profile.name,
        profileUrl: profile.profileUrl,
        headline: profile.headline,
        degree: profile.degree,
        state: profile.state,
      };
    }
    return { name: surface.recipient, profileUrl: invite?.profileUrl ?? null, degree: 2 };
  }
  const chat = readChatPerson(surface.container);
  return {
    name: chat.name ?? surface.recipient,
    profileUrl: chat.profileUrl,
    degree: surface.kind === 'message' ? 1 : null,
  };
}

/** "/preload/custom-invite/?vanityName=zoe" → the profile URL it invites. */
export function profileUrlFromInviteHref(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    const vanity = u.searchParams.get('vanityName');
    if (vanity) return normaliseProfileUrl(`/in/${vanity}/`, base);
    return normaliseProfileUrl(u.href);
  } catch {
    return null;
  }
}

export function contactIdFor(profileUrl: string | null): string | null {
  return profileUrl ? trackerId(profileUrl) : null;
}

export async function loadTracked(profileUrl: string | null): Promise<TrackedContact | null> {
  const id = contactIdFor(profileUrl);
  if (!id) return null;
  return (await readContact(id)).contact ?? null;
}

/** Calls back whenever this person's tracker record changes (in any tab). */
export function watchTracked(profileUrl: string | null, cb: () => void): () => void {
  const id = contactIdFor(profileUrl);
  if (!id) return () => {};
  return storage.watch(contactKey(id), cb);
}

export function signalsOf(tracked: TrackedContact | null): SignalToggles {
  const s = tracked?.signals ?? {};
  return {
    engaged: Boolean(s.engagedWithMyContent),
    mutual: Boolean(s.mutualConnection),
    trigger: Boolean(s.trigger),
    highValue: Boolean(tracked?.highValue),
  };
}

/** The advisor's next step, from the tracker record where there is one and the page's facts. */
export function adviceFor(
  person: PagePerson,
  tracked: TrackedContact | null,
  settings: Settings,
  now: Date,
): Advice {
  const base = tracked
    ? toAdviceContact(tracked)
    : { name: person.name ?? 'this person', degree: person.degree ?? null, signals: {} };
  if (person.headline) base.headline = person.headline;
  if (person.degree !== undefined && person.degree !== null) base.degree = person.degree;
  return advise(base, now, toAdviceSettings(settings));
}

/** One click sets what the page cannot show; it is remembered on the person's tracker record. */
export async function setSignal(
  person: PagePerson,
  tracked: TrackedContact | null,
  name: SignalName,
  value: boolean,
  now: Date,
): Promise<string | null> {
  if (!person.profileUrl || !person.name) return t('notice_unknown_profile_signal');
  const base = tracked ?? {
    ...newContact(person.name, person.profileUrl, now),
    degree: person.degree ?? null,
  };
  const signals = { ...base.signals };
  const at = now.toISOString();
  let highValue = base.highValue;
  if (name === 'engaged') {
    if (value) signals.engagedWithMyContent = at;
    else delete signals.engagedWithMyContent;
  } else if (name === 'mutual') {
    if (value) signals.mutualConnection = 'a mutual contact';
    else delete signals.mutualConnection;
  } else if (name === 'trigger') {
    if (value) signals.trigger = { kind: 'news', at };
    else delete signals.trigger;
  } else highValue = value;
  const next: TrackedContact = { ...base, signals, updatedAt: at };
  if (highValue !== undefined) next.highValue = highValue;
  const res = await sendTracker({ type: 'tracker/upsert', contact: next });
  return res.ok ? null : t('notice_signal_failed', { error: res.error.message });
}

/** "Track this person": a record with what the page shows, so reminders can follow. */
export async function trackPerson(person: PagePerson, now: Date): Promise<string | null> {
  if (!person.profileUrl || !person.name) return t('notice_unknown_profile');
  const contact: TrackedContact = {
    ...newContact(person.name, person.profileUrl, now),
    degree: person.degree ?? null,
  };
  if (person.headline) contact.headline = person.headline;
  const res = await sendTracker({ type: 'tracker/upsert', contact });
  return res.ok ? null : t('notice_track_failed', { error: res.error.message });
}
