/** Who a draft is for, when the page shows it. Names are read from structure, never from English labels alone. */
import { sel } from './selectors';

/** Trims, collapses white space, drops pronoun and status suffixes: "Zoë Ångström (she/her) • 2nd" → "Zoë Ångström". */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.replace(/\s+/g, ' ').trim();
  name = name.split(/\s[•·|]\s|\n/)[0] ?? name;
  name = name.replace(/\s*\((?:[^)]{1,20})\)\s*$/, '').trim();
  if (name.length < 2 || name.length > 80) return null;
  return name;
}

/** "(3) Zoë Ångström | LinkedIn" → "Zoë Ångström". The "| LinkedIn" suffix is not translated. */
export function nameFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(title.trim());
  return m ? cleanName(m[1]) : null;
}

function firstText(scope: ParentNode, css: string): string | null {
  for (const el of scope.querySelectorAll(css)) {
    const name = cleanName(el.textContent);
    if (name) return name;
  }
  return null;
}

/** The person a chat (bubble, thread page, InMail) is with: header title, thread link, or first profile link. */
export function conversationRecipient(container: Element | null): string | null {
  if (!container) return null;
  return (
    firstText(container, sel('bubbleTitle')) ??
    firstText(container, sel('threadName')) ??
    firstText(container, sel('personName')) ??
    firstText(container, sel('heading')) ??
    firstText(container, sel('profileLink'))
  );
}

/** Sales Navigator names the lead on the page with data-anonymize="person-name". */
export function pagePersonName(doc: Document): string | null {
  return firstText(doc, sel('personName'));
}

/** Legacy invite modals name the recipient in <strong>. */
export function dialogRecipient(dialog: Element | null): string | null {
  if (!dialog) return null;
  return firstText(dialog, 'strong, b');
}

const INVITE_HREF = /\/preload\/custom-invite\/|search-custom-invite/;
/** English aria-label of Connect controls; extra evidence only, the href is the locale-free signal. */
const INVITE_LABEL = /^invite (.+?) to connect$/i;

/** The name on a profile page: the <title> ("{Name} | LinkedIn"), else the top card's heading. */
export function profileName(doc: Document, url: string): string | null {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (!/^\/in\/[^/]+\/?/.test(path)) return null;
  return nameFromTitle(doc.title) ?? firstText(doc, 'main h1') ?? firstText(doc, 'main section h2');
}

/**
 * When the user activates a Connect control, who is it for? Returns undefined when the element is not
 * a Connect control, null when it is but the name cannot be read.
 */
export function inviteTriggerName(target: Element, doc: Document, url: string): string | null | undefined {
  const trigger = target.closest('a, button, [role="button"], [role="menuitem"]');
  if (!trigger) return undefined;
  const href = trigger.getAttribute('href') ?? '';
  const label = trigger.getAttribute('aria-label') ?? '';
  const labelled = INVITE_LABEL.exec(label.trim());
  if (!INVITE_HREF.test(href) && !labelled) return undefined;
  if (labelled) return cleanName(labelled[1]);
  const card = trigger.closest('li, [role="listitem"], article');
  const fromCard = card ? firstText(card, sel('profileLink')) : null;
  return fromCard ?? profileName(doc, url);
}
