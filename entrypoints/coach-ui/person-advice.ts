/**
 * Who a compose box or profile is about (read from the page), and the background's answers about
 * them: the next step, their tracker summary, and one-click signals. The advisor and the tracker's
 * schemas live in the background, so this tab stays light.
 */
import { storage } from 'wxt/utils/storage';
import { t } from '../../lib/i18n/t';
import { readChatPerson } from '../../lib/linkedin/chat-person';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import type { InviteMemory } from '../../lib/linkedin/invite';
import { readProfile } from '../../lib/linkedin/profile';
import type { RequestOf } from '../../lib/protocol/requests';
import type { AdviceAnswer, PagePerson, SignalName } from '../../lib/tracker/person-advice';
import { send } from '../../utils/messaging';

export type { PagePerson };

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

const NO_ANSWER: AdviceAnswer = { advice: null, watchKey: null, tracked: null };

type AdviceRequest = RequestOf<'advice/get'>;

/**
 * The next step for this person and what the tracker knows of them. A draft card tells the advisor
 * about its draft (for the score's verdict and the greeting's name) and may bring what the page shows
 * about the person (`facts`); without facts the background reads the frame itself.
 */
export async function requestAdvice(
  person: PagePerson,
  extra: Pick<AdviceRequest, 'draft' | 'facts'> = {},
): Promise<AdviceAnswer> {
  return send({ type: 'advice/get', person, ...extra }).catch(() => NO_ANSWER);
}

/** Calls back whenever the watched record changes (in any tab). */
export function watchKey(key: string | null, cb: () => void): () => void {
  if (!key) return () => {};
  return storage.watch(key as `local:${string}`, cb);
}

/** One click sets what the page cannot show; it is remembered on the person's tracker record. */
export async function setSignal(
  person: PagePerson,
  name: SignalName,
  value: boolean,
): Promise<string | null> {
  const res = await send({ type: 'advice/signal', person, signal: name, value }).catch(() => null);
  if (!res) return t('notice_signal_failed', { error: 'no answer from the extension' });
  if (res.error === 'unknown-profile') return t('notice_unknown_profile_signal');
  return res.error ? t('notice_signal_failed', { error: res.error }) : null;
}

/** "Track this person": a record with what the page shows, so reminders can follow. */
export async function trackPerson(person: PagePerson): Promise<string | null> {
  const res = await send({ type: 'advice/track', person }).catch(() => null);
  if (!res) return t('notice_track_failed', { error: 'no answer from the extension' });
  if (res.error === 'unknown-profile') return t('notice_unknown_profile');
  return res.error ? t('notice_track_failed', { error: res.error }) : null;
}
