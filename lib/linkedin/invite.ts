/**
 * Who a Connect control is for. LinkedIn's note dialog rarely names the person, so the content script
 * remembers the Connect control the user clicked last (observing only; the click is theirs).
 */
import { readProfile } from './profile';
import { normaliseProfileUrl } from './profile-url';
import { inviteTriggerName } from './recipient';

/** The Connect control the user activated last: who and which profile. */
export interface InviteMemory {
  name: string | null;
  profileUrl: string | null;
  at: number;
}

/** Remembered Connect-control names expire: a later dialog is probably for someone else. */
export const INVITE_MEMORY_MS = 5 * 60_000;

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

/** The invitation a click on `target` starts, or undefined when it was not a Connect control. */
export function inviteFromClick(
  target: Element,
  doc: Document,
  url: string,
  now: number,
): InviteMemory | undefined {
  const name = inviteTriggerName(target, doc, url);
  if (name === undefined) return undefined;
  const href = target.closest('a')?.getAttribute('href') ?? null;
  const profileUrl = profileUrlFromInviteHref(href, url) ?? readProfile(doc, url)?.profileUrl ?? null;
  return { name, profileUrl, at: now };
}

/** The memory while it is fresh, else null. */
export function freshInvite(invite: InviteMemory | null, now: number): InviteMemory | null {
  return invite && now - invite.at < INVITE_MEMORY_MS ? invite : null;
}
