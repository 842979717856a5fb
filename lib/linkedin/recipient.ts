/** Who a draft is for, when the page shows it. Names are read from structure, never from English labels alone. */
import { hasOwnText, pathOf, squash } from './dom';
import { SELECTORS, sel } from './selectors';
import { hiddenReason } from './visibility';

/**
 * The one name cleaner: collapses white space, cuts a status suffix after " • ", " · " or " | " and drops
 * a trailing pronoun bracket: "Zoë Ångström (she/her) • 2nd" → "Zoë Ångström". Other brackets are part
 * of the name ("Mary O'Brien (II)"). Null when what is left is too short or too long to be a name.
 */
export function cleanName(raw: string | null | undefined): string | null {
  let name = squash(raw);
  name = name.split(/\s[•·|]\s/)[0] ?? name;
  name = name.replace(/\s*\([^()]{1,20}\/[^()]{1,20}\)\s*$/u, '').trim();
  if (name.length < 2 || name.length > 100) return null;
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

/**
 * A compose ("New message") bubble or page picks its recipient in a text box with a picker role,
 * outside the message form. Its header then says "New message" in the UI's language, never a name.
 */
export function recipientPicker(container: Element): HTMLInputElement | null {
  for (const input of container.querySelectorAll<HTMLInputElement>(
    `${sel('recipientPicker')}, ${sel('pickerInput')}`,
  )) {
    // The message form's own fields, and the page's global search in its banner, are not pickers.
    if (input.closest(`${sel('messagingForm')}, header, nav, [role="search"], [role="banner"]`)) continue;
    const type = input.getAttribute('type');
    if (type && type !== 'text' && type !== 'search') continue;
    return input;
  }
  return null;
}

/** Not a picked name: hidden, or the picker's label or list of suggestions. */
const notAName = (el: Element) =>
  hiddenReason(el, { computed: false }) !== null || el.closest('label, [role="listbox"]') !== null;

/** Elements that hold their own words (a direct, non-blank text node). */
const ownTextElements = (scope: Element): Element[] => [...scope.querySelectorAll('*')].filter(hasOwnText);

/**
 * The people picked in a compose box: the pills beside the picker (the words around the picker that are
 * not its label or its list of suggestions), else the selected-person card's profile links outside the
 * message form. Null when the container has no picker (an ordinary conversation).
 */
export function pickedRecipients(container: Element): string[] | null {
  const picker = recipientPicker(container);
  if (!picker) return null;
  const names: string[] = [];
  const add = (raw: string | null | undefined) => {
    const name = cleanName(raw);
    if (name && !names.some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase())) names.push(name);
  };
  // The picker's own region: a few levels up from the input, inside the container.
  let region: Element = picker;
  for (let i = 0; i < 3 && region.parentElement && region.parentElement !== container; i++)
    region = region.parentElement;
  const pills = [...region.querySelectorAll(sel('recipientPill'))];
  const known = pills.filter((p) => !pills.some((q) => q !== p && p.contains(q)));
  for (const pill of known) if (!notAName(pill)) add(pill.textContent);
  if (names.length === 0)
    for (const el of ownTextElements(region)) if (!el.contains(picker) && !notAName(el)) add(el.textContent);
  if (names.length === 0) {
    for (const a of container.querySelectorAll(sel('profileLink'))) {
      if (a.closest(sel('messagingForm')) || notAName(a)) continue;
      add(a.textContent);
    }
  }
  return names;
}

/** The person a chat (bubble, thread page, InMail) is with: header title, thread link, or first profile link. */
export function conversationRecipient(container: Element | null): string | null {
  if (!container) return null;
  // Compose mode: the one person picked, or nobody yet (several people make a group: no single name).
  const picked = pickedRecipients(container);
  if (picked) return picked.length === 1 ? (picked[0] as string) : null;
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
  return firstText(dialog, sel('inviteDialogName'));
}

const INVITE_HREF = /\/preload\/custom-invite\/|search-custom-invite/;
/** English aria-label of Connect controls; extra evidence only, the href is the locale-free signal. */
const INVITE_LABEL = /^invite (.+?) to connect$/i;

/** The name on a profile page: the <title> ("{Name} | LinkedIn"), else the top card's heading. */
export function profileName(doc: Document, url: string): string | null {
  const path = pathOf(url);
  if (!path || !/^\/in\/[^/]+\/?/.test(path)) return null;
  const title = nameFromTitle(doc.title);
  if (title) return title;
  for (const e of SELECTORS.profileHeading) {
    const name = firstText(doc, e.css);
    if (name) return name;
  }
  return null;
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
