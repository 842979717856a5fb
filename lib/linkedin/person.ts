/**
 * Who is on screen: the person on a profile page (name, headline, degree, relationship state) and the other
 * person in a chat. Pure readers: every function takes the document/element and URL it reads.
 *
 * Relationship state prefers locale-free signals (research/linkedin-dom.md §1f "2026, locale-independent
 * signals"): hrefs (/preload/custom-invite/, /messaging/compose/, /in/{slug}/edit/intro/), attribute
 * presence (aria-label, aria-expanded) and the shape of the action row. Translated labels are extra
 * evidence only, and every conclusion says why in `evidence`.
 */

import { personSel } from './person-selectors';
import { parseProfileUrl, profilePageUrl } from './profile-url';
import { cleanName, conversationRecipient, dialogRecipient, nameFromTitle } from './recipient';
import { sel } from './selectors';

export type RelationshipState =
  | 'connectable'
  | 'pending'
  | 'first-degree'
  | 'follow-only'
  | 'incoming'
  | 'self'
  | 'unknown';

export interface PersonOnPage {
  name: string | null;
  headline: string | null;
  degree: 1 | 2 | 3 | null;
  state: RelationshipState;
  /** Normalised https://www.linkedin.com/in/<slug>/ (lowercase slug, no query/hash, trailing slash). */
  profileUrl: string | null;
  /** Why we concluded the state, in plain words (for a debug view). */
  evidence: string[];
}

export interface ChatPerson {
  name: string | null;
  profileUrl: string | null;
}

// ------------------------------------------------------------------ URLs

/** The decoded, NFC, lowercase slug of a /in/<slug>/… URL on a LinkedIn host, or null. */
export function profileSlug(href: string, base = 'https://www.linkedin.com/'): string | null {
  const ref = parseProfileUrl(href, base);
  return ref?.kind === 'in' ? ref.slug : null;
}

/**
 * https://www.linkedin.com/in/<slug>/ for any link to a profile (relative, country subdomain, sub-pages such
 * as /overlay/contact-info/, query strings, hashes, any case). Percent-encoded and plain non-ASCII slugs give
 * the same result: the slug is kept decoded (NFC, lowercase), e.g. https://www.linkedin.com/in/李小龍-1940/.
 * Null for anything that is not a profile link (old /pub/ links included: pages link /in/ today).
 */
export function normaliseProfileUrl(href: string, base = 'https://www.linkedin.com/'): string | null {
  const ref = parseProfileUrl(href, base);
  return ref?.kind === 'in' ? profilePageUrl(ref) : null;
}

// ------------------------------------------------------------------ degree

/** Ordinal tokens for 1, 2, 3 in the languages LinkedIn ships; each captures the digit. */
const ORDINAL = [
  /(?<![\p{L}\p{N}.])([123])(?:st|nd|rd)(?![\p{L}\p{N}])/iu, // en: 1st 2nd 3rd
  /(?<![\p{L}\p{N}.])([123])(?:er|re|e|ème|eme|de|ste)(?![\p{L}\p{N}])/iu, // fr 1er/1re/2e/3e, nl 2e/2de/1ste
  /(?<![\p{L}\p{N}.])([123])\.?\s?[º°ª](?![\p{L}\p{N}])/iu, // es/pt/it: 1º 2º 3° 2.º
  /(?<![\p{L}\p{N}.])([123])\.(?:er|º)?(?![\p{L}\p{N}])/iu, // de/tr/pl/es: "2." "1.er"
];
const EN_ORDINAL = ORDINAL[0] as RegExp;
const DOT_ORDINAL = ORDINAL[3] as RegExp;
/** Words that say "degree" / "level" after (or around) the ordinal. */
const DEGREE_WORD =
  /^(?:degree|grad(?:es|s)?|niveau|grado|grau|livello|graads?|stopnia|derece|nivel|grade|grads)$/iu;
/** Words that may follow the degree word ("2nd degree connection", "2e-graads connectie"). */
const CONNECTION_WORD =
  /^(?:connection|contact|connectie|kontakt|relation|conexión|conexion|conexão|conexao|collegamento|verbindung|bağlantı|baglanti)$/iu;
const BULLET = /^[\s·•∙⋅|–—-]+/u;

function ordinalAt(text: string, re: RegExp): { digit: 1 | 2 | 3; index: number; end: number } | null {
  const m = re.exec(text);
  if (!m?.[1]) return null;
  return { digit: Number(m[1]) as 1 | 2 | 3, index: m.index, end: m.index + m[0].length };
}

/**
 * The connection degree in a short badge-like text: "1st", "· 2nd", "3rd+", "2nd degree connection",
 * "· 2e" / "Relation de 2e niveau" (fr), "Kontakt 2. Grades" (de), "2º" / "Conexão de 2º grau" (pt),
 * "Contacto de 2.º grado" (es), "2° livello" (it), "2e-graads connectie" (nl). Anything else, including
 * ordinals in ordinary prose ("2nd year student", "21st century", "500+ connections"), is null.
 */
export function parseDegree(text: string): 1 | 2 | 3 | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60) return null;
  const stripped = t.replace(BULLET, '').replace(/\s*\+$/, '');
  const bulleted = stripped.length !== t.replace(/\s*\+$/, '').length;

  // A bare badge: the whole text is the ordinal ("2nd", "· 3rd+", "2e", "2º"). A bare "2." needs a bullet.
  for (const re of ORDINAL) {
    const hit = ordinalAt(stripped, re);
    if (hit?.index !== 0 || hit.end !== stripped.length) continue;
    if (re === DOT_ORDINAL && /^\d\.$/.test(stripped) && !bulleted) continue;
    return hit.digit;
  }
  // "Name · 2nd" (search cards and names with the badge appended): a bulleted English ordinal at the end.
  const tail = /[·•]\s*([123](?:st|nd|rd))\s*\+?$/i.exec(t);
  if (tail?.[1]) {
    const hit = ordinalAt(tail[1], EN_ORDINAL);
    if (hit) return hit.digit;
  }
  // An ordinal followed by a degree word, then at most a connection word, then the end.
  for (const re of ORDINAL) {
    const hit = ordinalAt(t, re);
    if (!hit) continue;
    const rest = t
      .slice(hit.end)
      .replace(/^\s*\+/, '')
      .split(/[\s-]+/)
      .filter(Boolean);
    const [word, next, ...more] = rest;
    if (!word || !DEGREE_WORD.test(word) || more.length) continue;
    if (next && !CONNECTION_WORD.test(next)) continue;
    // No other digits anywhere: "Top 2nd degree 500" is not a badge.
    if (/\p{N}/u.test(t.slice(0, hit.index)) || /\p{N}/u.test(t.slice(hit.end))) continue;
    return hit.digit;
  }
  return null;
}

// ------------------------------------------------------------------ labels (extra evidence only)

const INVITE_LABEL = [
  /^invite .+ to connect$/i,
  /^invitez .+ à rejoindre votre réseau$/i,
  /\bvernetzen\b/i,
  /^(?:connect|se connecter|conectar(?:-se)?|collegati|connecteren)$/i,
];
const PENDING_LABEL =
  /\b(?:pending|withdraw|en attente|retirer|ausstehend|zurückziehen|pendiente|pendente|in sospeso|in afwachting)\b/iu;
const ACCEPT_LABEL = /\b(?:accept|accepter|annehmen|aceptar|aceitar|accetta|accepteren)\b/i;
const IGNORE_LABEL = /\b(?:ignore|ignorer|ignorieren|ignorar|ignora|negeren)\b/i;
const MESSAGE_LABEL = /^(?:message|envoyer un message|nachricht|mensaje|mensagem|messaggio|bericht)\b/i;
const FOLLOW_LABEL = /^(?:follow|suivre|folgen|seguir|segui|volgen)\b/i;
const PRONOUN = /^\([^()]{1,25}\)$/u;

// ------------------------------------------------------------------ DOM helpers

const fold = (s: string) => s.normalize('NFC').toLowerCase();
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Inside a hidden subtree (legacy dropdown content, hidden shells)? Attribute checks only: no layout. */
function isHidden(el: Element, stopAt?: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== stopAt; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = (cur as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

function first(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}

function all(scope: ParentNode, css: string): Element[] {
  try {
    return [...scope.querySelectorAll(css)];
  } catch {
    return [];
  }
}

/** Every element matching `css` in the document and its open shadow roots (menus render in portals). */
function allComposed(doc: Document, css: string): Element[] {
  const out = all(doc, css);
  const walker = doc.createTreeWalker(doc, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const root = (n as Element).shadowRoot;
    if (root) out.push(...all(root, css));
  }
  return out;
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ top card

interface TopCard {
  el: Element;
  /** Found by a known selector or as the first section of <main> with a heading; false for a whole-page fallback. */
  confident: boolean;
  how: string;
}

function findTopCard(doc: Document): TopCard | null {
  const known = first(doc, personSel('topCard'));
  if (known) return { el: known, confident: true, how: 'top card found by its known markers' };
  const main = first(doc, 'main') ?? first(doc, '[role="main"]');
  if (main) {
    for (const section of all(main, 'section')) {
      if (first(section, 'h1, h2')) {
        return {
          el: section,
          confident: true,
          how: 'top card taken as the first <section> of <main> with a heading',
        };
      }
    }
    return { el: main, confident: false, how: 'no top card recognised; reading the whole <main>' };
  }
  return doc.body ? { el: doc.body, confident: false, how: 'no <main>; reading the whole page' } : null;
}

/**
 * The profile's top card, when it is recognised (its known markers, or the first section of <main> with
 * a heading): our profile card floats beside it, in space LinkedIn leaves free.
 */
export function profileTopCard(doc: Document): Element | null {
  const card = findTopCard(doc);
  return card?.confident ? card.el : null;
}

function nameHeading(card: Element): Element | null {
  for (const el of all(card, personSel('topCardName'))) {
    if (isHidden(el, card)) continue;
    if (cleanName(textOf(el))) return el;
  }
  return null;
}

function readHeadline(card: Element, heading: Element | null, name: string | null): Element | null {
  for (const el of all(card, personSel('topCardHeadline'))) {
    const t = textOf(el);
    if (t && !isHidden(el, card)) return el;
  }
  if (!heading) return null;
  // 2026: the first text block after the heading block, skipping a pronoun line like "(she/her)".
  const doc = card.ownerDocument;
  const walker = doc.createTreeWalker(card, 1 /* SHOW_ELEMENT */);
  walker.currentNode = heading;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (heading.contains(el)) continue;
    if (!/^(?:P|DIV|SPAN)$/.test(el.tagName)) continue;
    if (el.closest('a, button, [role="button"], [role="menu"]')) continue;
    const own = [...el.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
    if (!own) continue;
    const t = textOf(el);
    if (!t || PRONOUN.test(t) || parseDegree(t) !== null) continue;
    if (name && fold(t) === fold(name)) continue;
    // A line that holds a link (location · Contact info) or is the connections count is not the headline.
    if (first(el, 'a[href]')) return null;
    return el;
  }
  return null;
}

function readDegree(
  card: Element,
  skip: (Element | null)[],
  badgesOnly: boolean,
): { degree: 1 | 2 | 3 | null; text?: string } {
  const badges = all(card, personSel('degreeBadge'));
  // Without a recognised top card, short texts elsewhere (search cards, "People also viewed") are other people's.
  const leaves = badgesOnly ? [] : all(card, '*').filter((el) => el.childElementCount === 0);
  for (const el of [...badges, ...leaves]) {
    if (skip.some((s) => s && (s === el || s.contains(el)))) continue;
    if (el.closest('a, button, [role="button"]')) continue;
    const t = textOf(el);
    if (!t || t.length > 60) continue;
    const d = parseDegree(t);
    if (d !== null) return { degree: d, text: t };
  }
  return { degree: null };
}

// ------------------------------------------------------------------ relationship state

const CONTROL = 'a[href], button, [role="button"], [role="menuitem"]';

interface Controls {
  /** Visible controls in the top card, outside menus and the intro links. */
  row: Element[];
  /** Items of menus (2026 [role=menu] portal anywhere; legacy dropdown content in the card, even hidden). */
  menuItems: Element[];
}

function collectControls(doc: Document, card: Element): Controls {
  const menuCss = personSel('menu');
  const row = all(card, CONTROL).filter((el) => {
    if (isHidden(el, card.parentElement ?? undefined)) return false;
    if (el.closest(menuCss)) return false;
    const href = el.getAttribute('href') ?? '';
    // Intro links (contact info, connections count, company pages) are not actions.
    if (
      el.tagName === 'A' &&
      !el.getAttribute('aria-label') &&
      /\/overlay\/|\/search\/|\/company\//.test(href)
    ) {
      return false;
    }
    return true;
  });
  const menus = [...allComposed(doc, '[role="menu"]'), ...all(card, menuCss)];
  const menuItems = [...new Set(menus.flatMap((m) => all(m, CONTROL)))];
  return { row, menuItems };
}

function vanityOf(href: string): string | null {
  try {
    const u = new URL(href, 'https://www.linkedin.com/');
    const v = u.searchParams.get('vanityName');
    return v ? fold(v.trim()) : null;
  } catch {
    return null;
  }
}

const isTrigger = (el: Element) => el.matches(personSel('menuTrigger'));
const labelOf = (el: Element) => (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the person on a profile page. Null when the URL is not a profile (/in/<slug>/…). Never throws on
 * unknown markup: the state is then 'unknown' and `evidence` says what was (not) found.
 */
export function readProfile(doc: Document, url: string): PersonOnPage | null {
  const slug = profileSlug(url);
  if (!slug) return null;
  const profileUrl = `https://www.linkedin.com/in/${slug}/`;
  const evidence: string[] = [];
  try {
    return readProfileInner(doc, slug, profileUrl, evidence);
  } catch (err) {
    evidence.push(`reading the page failed: ${err instanceof Error ? err.message : String(err)}`);
    return {
      name: nameFromTitle(doc.title),
      headline: null,
      degree: null,
      state: 'unknown',
      profileUrl,
      evidence,
    };
  }
}

function readProfileInner(doc: Document, slug: string, profileUrl: string, evidence: string[]): PersonOnPage {
  const card = findTopCard(doc);
  const titleName = nameFromTitle(doc.title);
  if (!card) {
    evidence.push('the page has no body to read');
    return { name: titleName, headline: null, degree: null, state: 'unknown', profileUrl, evidence };
  }
  evidence.push(card.how);

  // Name: the top card's heading when the card is recognised, else the <title>, else any heading.
  const heading = nameHeading(card.el);
  const headingName = heading ? cleanName(textOf(heading)) : null;
  const name = card.confident ? (headingName ?? titleName) : (titleName ?? headingName);

  const headlineEl = readHeadline(card.el, heading, name);
  const headline = headlineEl ? textOf(headlineEl) || null : null;

  const badge = readDegree(card.el, [heading, headlineEl], !card.confident);
  let degree = badge.degree;
  if (badge.text) evidence.push(`degree badge "${badge.text}" reads as ${degree}`);

  const mentionsName = (el: Element) => {
    const label = fold(labelOf(el));
    return !!name && label.includes(fold(name));
  };
  const controls = collectControls(doc, card.el);
  const menuItems = controls.menuItems;
  // Without a recognised top card, only controls that name the person count (URL-checked links are
  // matched on the slug below, wherever they are).
  const row = card.confident ? controls.row : controls.row.filter(mentionsName);
  if (!card.confident && controls.row.length !== row.length)
    evidence.push(`ignored ${controls.row.length - row.length} control(s) that do not name the person`);
  const hrefOf = (el: Element) => el.getAttribute('href') ?? '';

  // Self: an edit link to this profile (or any edit-intro link in the top card).
  const edit = [...row, ...menuItems].find((el) => {
    if (!el.matches(personSel('editLink'))) return false;
    const s = profileSlug(hrefOf(el));
    return s === null || s === slug;
  });
  const editAnywhere =
    edit ??
    all(doc, personSel('editLink')).find(
      (el) => profileSlug(hrefOf(el)) === slug && /\/edit\/(?:forms\/)?intro\//.test(hrefOf(el)),
    );
  if (editAnywhere) {
    evidence.push(`own-profile edit link (${hrefOf(editAnywhere)})`);
    return { name, headline, degree, state: 'self', profileUrl, evidence };
  }

  // Invite deep links for THIS profile: vanityName must match, or sit in the top card / a menu.
  const inviteLinks = allComposed(doc, personSel('inviteLink')).filter((el) => {
    const v = vanityOf(hrefOf(el));
    if (v !== null) return v === slug;
    return card.el.contains(el) || !!el.closest('[role="menu"]');
  });
  const inviteLabelled = [...row, ...menuItems].filter(
    (el) =>
      !inviteLinks.includes(el) &&
      (el.matches(personSel('legacyInviteButton')) ||
        INVITE_LABEL.some(
          (re) => re.test(labelOf(el)) || (el.getAttribute('role') === 'menuitem' && re.test(textOf(el))),
        )),
  );
  const messageCtl = row.filter(
    (el) =>
      el.matches(personSel('messageLink')) || (!el.hasAttribute('href') && MESSAGE_LABEL.test(labelOf(el))),
  );
  const messageLinks = messageCtl.filter((el) => el.tagName === 'A');

  // Labelled buttons of the row that are not menus, Message or Connect: Follow, Accept/Ignore, Pending….
  const labelledButtons = row.filter(
    (el) =>
      el.tagName !== 'A' &&
      labelOf(el) !== '' &&
      !isTrigger(el) &&
      !messageCtl.includes(el) &&
      !inviteLabelled.includes(el),
  );

  // Incoming request: Accept + Ignore, two labelled buttons naming the person, no Message/Connect.
  const accept = labelledButtons.find((el) => ACCEPT_LABEL.test(labelOf(el)));
  const ignore = labelledButtons.find((el) => IGNORE_LABEL.test(labelOf(el)));
  const namedButtons = labelledButtons.filter(mentionsName);
  const noOtherActions = messageCtl.length === 0 && inviteLinks.length === 0 && inviteLabelled.length === 0;
  if (accept && ignore && accept !== ignore) {
    evidence.push(`Accept and Ignore buttons ("${labelOf(accept)}", "${labelOf(ignore)}")`);
    return { name, headline, degree, state: 'incoming', profileUrl, evidence };
  }
  if (noOtherActions && labelledButtons.length === 2 && namedButtons.length === 2) {
    evidence.push(
      'two labelled buttons naming the person and no Message or Connect control: the shape of an incoming request (Accept, Ignore)',
    );
    return { name, headline, degree, state: 'incoming', profileUrl, evidence };
  }

  // Pending: a withdraw link, a pending/withdraw label, or (structure) a labelled link naming the person
  // that is neither Connect, Message nor a profile link, while no invite link exists.
  const withdraw = [...row, ...menuItems].find((el) => el.matches(personSel('withdrawLink')));
  const pendingLabel = [...row].find((el) => PENDING_LABEL.test(labelOf(el)));
  const labelledOddLink =
    inviteLinks.length === 0
      ? row.find(
          (el) =>
            el.tagName === 'A' &&
            mentionsName(el) &&
            !messageCtl.includes(el) &&
            !el.matches(personSel('inviteLink')) &&
            !FOLLOW_LABEL.test(labelOf(el)) &&
            profileSlug(hrefOf(el)) === null,
        )
      : undefined;
  if (withdraw || pendingLabel || labelledOddLink) {
    if (withdraw) evidence.push(`withdraw-invitation link (${hrefOf(withdraw)})`);
    if (pendingLabel) evidence.push(`control labelled "${labelOf(pendingLabel)}"`);
    if (labelledOddLink && labelledOddLink !== pendingLabel && labelledOddLink !== withdraw)
      evidence.push(
        `labelled link naming the person that is not Connect or Message ("${labelOf(labelledOddLink)}"), and no invite link`,
      );
    return { name, headline, degree, state: 'pending', profileUrl, evidence };
  }

  // Connectable: an invite deep link for this profile (row or More menu), or a legacy Connect button.
  if (inviteLinks.length || inviteLabelled.length) {
    for (const el of inviteLinks) {
      const where = el.closest('[role="menu"]')
        ? 'in the More menu'
        : card.el.contains(el)
          ? 'in the top card'
          : 'on the page';
      evidence.push(`invite link ${where} (${hrefOf(el)})`);
    }
    for (const el of inviteLabelled)
      evidence.push(
        `Connect control ${el.closest(personSel('menu')) ? 'in the More menu ' : ''}("${labelOf(el) || textOf(el)}")`,
      );
    if (degree === 1) evidence.push('a 1st-degree badge next to a Connect control: trusting the control');
    return { name, headline, degree, state: 'connectable', profileUrl, evidence };
  }

  const follow = labelledButtons;
  if (messageCtl.length) {
    evidence.push(
      messageLinks.length
        ? `Message link (${hrefOf(messageLinks[0] as Element).split('?')[0]})`
        : `Message button ("${labelOf(messageCtl[0] as Element)}")`,
    );
  }
  if (follow.length)
    evidence.push(`labelled button(s) besides Message: ${follow.map((el) => `"${labelOf(el)}"`).join(', ')}`);

  if (degree === 1) {
    evidence.push('no invite link or Connect control');
    return { name, headline, degree, state: 'first-degree', profileUrl, evidence };
  }
  if (messageCtl.length && follow.length === 0 && degree === null) {
    evidence.push('Message and no Follow/Connect button: 1st degree (no degree badge; degree inferred)');
    degree = 1;
    return { name, headline, degree, state: 'first-degree', profileUrl, evidence };
  }
  if (messageCtl.length || follow.length) {
    evidence.push(
      degree === null
        ? 'no invite link or Connect control, and a Follow-like button: follow-only'
        : `no invite link or Connect control and degree ${degree}: follow-only (Connect may hide in a More menu that is not open)`,
    );
    return { name, headline, degree, state: 'follow-only', profileUrl, evidence };
  }

  evidence.push(
    row.length
      ? `no recognised action among ${row.length} control(s) in the top card`
      : 'no action controls (Connect, Message, Follow, Accept, Edit) found in the top card',
  );
  return { name, headline, degree, state: 'unknown', profileUrl, evidence };
}

// ------------------------------------------------------------------ chat

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

// ------------------------------------------------------------------ invite dialog

/**
 * Who an invitation dialog is for: the name the dialog shows (legacy <strong>), else the profile on the page
 * (the 2026 dialogs do not name the person). `dialog` may be omitted when the dialog is not in reach (an
 * iframe or shadow root not yet built).
 */
export function readInvitePerson(doc: Document, url: string, dialog?: Element | null): ChatPerson {
  const profile = pathOf(url) !== null ? readProfile(doc, url) : null;
  const fromDialog = dialog ? dialogRecipient(dialog) : null;
  return { name: fromDialog ?? profile?.name ?? null, profileUrl: profile?.profileUrl ?? null };
}
