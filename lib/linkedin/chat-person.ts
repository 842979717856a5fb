/**
 * The other person in a conversation: the header name, and the profile link that names them. Pure: it
 * reads the container it is given.
 */
import { all, first, fold, labelOf, textOf } from './dom';
import { normaliseProfileUrl } from './profile-url';
import { cleanName, conversationRecipient } from './recipient';
import { sel } from './selectors';

export interface ChatPerson {
  name: string | null;
  profileUrl: string | null;
}

const CONVERSATION_WITH = /^conversation with (.+)$/i;

/**
 * The other person in a conversation container (overlay bubble, thread page section, InMail form, Sales
 * Navigator overlay): the header name, and the profile link that names them (null when the container links
 * no profile, or only links that cannot be told apart from the user's own).
 */
export function readChatPerson(container: Element): ChatPerson {
  // The conversation's own label first ("Conversation with {Name}": English, but it names exactly one
  // person), then the header/thread/lead name, then the same within the enclosing messaging container
  // (Sales Navigator's compose form sits inside #message-overlay, which holds the name).
  const labelled = container.closest('[aria-label]');
  const m = labelled ? CONVERSATION_WITH.exec(labelOf(labelled)) : null;
  let name = m?.[1] ? cleanName(m[1]) : null;
  name ??= conversationRecipient(container);
  if (!name) {
    const outer = container.parentElement?.closest(
      `${sel('messagingContainer')}, ${sel('salesNavContainer')}`,
    );
    if (outer) name = conversationRecipient(outer);
  }

  const links = all(container, sel('profileLink')).filter((a) =>
    normaliseProfileUrl(a.getAttribute('href') ?? ''),
  );
  const urlOf = (a: Element) => normaliseProfileUrl(a.getAttribute('href') ?? '');
  // 1. A link in the header (bubble title, thread link), or a link wrapping the header.
  for (const header of all(container, `${sel('bubbleTitle')}, ${sel('threadName')}`)) {
    const a = header.closest('a[href]') ?? first(header, 'a[href]');
    const u = a ? urlOf(a) : null;
    if (u) return { name, profileUrl: u };
  }
  // 2. A link whose text or label names the person.
  if (name) {
    const want = fold(name);
    for (const a of links) {
      const text = cleanName(textOf(a));
      if ((text && fold(text) === want) || fold(labelOf(a)).includes(want))
        return { name, profileUrl: urlOf(a) };
    }
  }
  // 3. All profile links agree (one person linked, possibly several times).
  const distinct = [...new Set(links.map(urlOf))];
  return { name, profileUrl: distinct.length === 1 ? (distinct[0] ?? null) : null };
}
