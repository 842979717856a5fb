/**
 * Reads the Sent invitations manager (/mynetwork/invitation-manager/sent/): one card per pending invitation
 * the user sent, with the person's name and profile URL, LinkedIn's coarse "Sent 2 weeks ago" label and the
 * note when the page shows it. Pure: every function takes the root / URL it reads. Read only.
 *
 * Cards are found by structure across generations (research/linkedin-dom.md §1e, §4.13–15):
 * - 2026: `[data-testid="lazy-column"] > [role="listitem"]`, separated by `<hr role="presentation">`, the
 *   profile link wraps only the avatar and the name is a plain `<p>`; Withdraw is an href-less `<a>`;
 * - mid-2025: the same list, the name `<p>` inside the profile link, Withdraw is
 *   `button[data-view-name="sent-invitations-withdraw-single"]`;
 * - legacy: `ul.mn-invitation-list > li.invitation-card` with `.invitation-card__title`, `.time-badge`.
 * English labels ("'s profile picture", "Withdraw invitation sent to") are extra evidence only. Unknown
 * markup never throws: list-item-like cards we cannot read are counted in `unrecognised`.
 */
import { normaliseProfileUrl } from './person';
import { SENT_SELECTORS, sentSel } from './sent-selectors';

export interface SentCard {
  name: string;
  /** Normalised https://www.linkedin.com/in/<slug>/. */
  profileUrl: string;
  /** The raw relative label as shown ("Sent 2 weeks ago", "Sent yesterday", "Envoyée il y a 3 jours"). */
  sentLabel: string | null;
  /** The invitation note, trimmed, without a trailing "…more" / "see more" toggle; null when absent. */
  note: string | null;
}

export interface SentInvitationsRead {
  /** Readable cards in document order, one per profile URL. */
  cards: SentCard[];
  /** The "People (8)" / "Sent (25)" count when the page shows it. */
  total: number | null;
  /** The list's container, where a sync panel could be placed. */
  listContainer: Element | null;
  /** List-item-like cards that could not be read (no profile link or no name). */
  unrecognised: number;
}

// ------------------------------------------------------------------ URL

const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)*linkedin\.com$/i;
const SENT_PATH = /^\/mynetwork\/invitation-manager\/sent(?:\/|$)/i;

/**
 * True for the Sent invitations manager and its sub-pages (/sent/, /sent/CONNECTION/, /sent/?invitationType=…),
 * absolute on a LinkedIn host or as a path.
 */
export function isSentInvitationsPage(url: string): boolean {
  const raw = url.trim();
  if (!raw) return false;
  let u: URL;
  try {
    u = new URL(raw, 'https://www.linkedin.com/');
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (!LINKEDIN_HOST.test(u.hostname)) return false;
  return SENT_PATH.test(u.pathname);
}

// ------------------------------------------------------------------ relative-time labels

/** Letter/number boundaries that work for accented words (plain \b does not). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}])';
const rx = (body: string) => new RegExp(`${B}(?:${body})${E}`, 'iu');

/** A full relative phrase: "2 weeks ago", "il y a 3 jours", "vor 2 Wochen", "hace 1 mes" (en/fr/de/es). */
const RELATIVE_PHRASE = [
  rx(
    '(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)\\s+ago',
  ),
  rx('il\\s+y\\s+a\\s+(?:\\d+|une?)\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)'),
  rx(
    'vor\\s+(?:\\d+|einer|einem|eine)\\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)',
  ),
  rx('hace\\s+(?:\\d+|una?)\\s+(?:segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?)'),
];
/** Yesterday / today words (en/fr/de/es), only in a short line. */
const DAY_WORD = rx("yesterday|today|just now|hier|aujourd[’']hui|gestern|heute|ayer|hoy");
/** A digit followed by a time unit, abbreviated or not (en/fr/de/es), only in a short line. */
const DIGIT_UNIT = rx(
  '\\d+\\s*(?:s|sec|m|mins?|minutes?|minuten?|minutos?|h|hrs?|hours?|heures?|std|stunden?|horas?|d|days?|j|jours?|t|tage?n?|días?|dias?|w|wks?|weeks?|sem|semaines?|wochen?|wo|semanas?|mo|mos|months?|mois|monate?n?|mon|mes(?:es)?|y|yrs?|years?|ans?|années?|jahre?n?|años?)\\.?',
);
const SHORT_LINE = 60;

/** Does this line read as a "sent … ago" label? 'strong' for a full phrase, 'weak' for a short time-ish line. */
function labelStrength(text: string): 'strong' | 'weak' | null {
  if (text.length > 120) return null;
  if (RELATIVE_PHRASE.some((re) => re.test(text))) return 'strong';
  if (text.length <= SHORT_LINE && DAY_WORD.test(text)) {
    // "Sent yesterday" / "Envoyée hier" / "Heute": a short line, the day word near its end.
    return text.split(/\s+/).length <= 4 ? 'strong' : 'weak';
  }
  if (text.length <= 40 && DIGIT_UNIT.test(text)) return 'weak';
  return null;
}

// ------------------------------------------------------------------ text helpers

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function all(scope: ParentNode, css: string): Element[] {
  try {
    return [...scope.querySelectorAll(css)];
  } catch {
    return [];
  }
}

function first(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}

/** Every element matching any entry of a group (entries tried one by one: one unsupported selector hides nothing). */
function allGroup(scope: ParentNode, group: keyof typeof SENT_SELECTORS): Element[] {
  const out = new Set<Element>();
  for (const e of SENT_SELECTORS[group]) for (const el of all(scope, e.css)) out.add(el);
  return [...out];
}

const hrefOf = (el: Element) => el.getAttribute('href') ?? '';
const isProfileLink = (el: Element) => el.tagName === 'A' && normaliseProfileUrl(hrefOf(el)) !== null;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'IMG', 'HR']);
const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** A control that is not a profile link (Withdraw, "…more", Message): its text is not card content. */
function isControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role === 'button' || role === 'menuitem' || role === 'link') return !isProfileLink(el);
  return el.tagName === 'A' && !isProfileLink(el);
}

interface Line {
  el: Element;
  text: string;
}

/**
 * The card's text lines in document order: the topmost elements with text of their own (a <p>, a <span>, a
 * <time>), outside controls. `skip` subtrees (the note) are left out.
 */
function textLines(scope: Element, skip: readonly Element[] = []): Line[] {
  const out: Line[] = [];
  const visit = (el: Element) => {
    if (SKIP_TAGS.has(el.tagName) || skip.includes(el)) return;
    if (el !== scope && isControl(el)) return;
    const own = [...el.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
    if (own && el !== scope) {
      const text = squash(el.textContent);
      if (text) out.push({ el, text });
      return;
    }
    for (const child of el.children) visit(child);
  };
  visit(scope);
  return out;
}

/** Text of an element without its controls (a "…more" button inside the note box). */
function textWithoutControls(el: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      s += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (SKIP_TAGS.has(e.tagName) || (e !== el && isControl(e))) return;
    // Block boundaries as spaces so "talk.<br>Thanks" does not run together.
    if (e.tagName === 'BR') s += ' ';
    for (const c of e.childNodes) walk(c);
    if (e !== el && /^(?:P|DIV|LI)$/.test(e.tagName)) s += ' ';
  };
  walk(el);
  return squash(s);
}

/** "Zoë Ångström (she/her) · 2nd" → "Zoë Ångström". Keeps other brackets ("Mary O'Brien (II)"). */
function cleanCardName(raw: string | null | undefined): string | null {
  let name = squash(raw);
  name = name.split(/\s[•·|]\s/)[0] ?? name;
  name = name.replace(/\s*\([^()]{1,20}\/[^()]{1,20}\)\s*$/u, '').trim();
  if (!name || name.length > 100) return null;
  return name;
}

/** English avatar alt texts, extra evidence only. */
const ALT_NAME = [/^(.+?)[’']s? profile (?:picture|photo)$/iu, /^profile (?:picture|photo) of (.+)$/iu];

function nameFromAlt(alt: string): string | null {
  for (const re of ALT_NAME) {
    const m = re.exec(alt);
    if (m?.[1]) return cleanCardName(m[1]);
  }
  return null;
}

/** Trailing "…more", "... see more", "…voir plus", "…mehr anzeigen", "…ver más" toggles left in the text. */
const MORE_TAIL =
  /\s*(?:(?:…|\.{2,3})\s*(?:see\s+more|show\s+more|more|voir\s+plus|plus|mehr\s+anzeigen|mehr|ver\s+más|más)|(?:^|\s)see\s+more)\s*$/iu;

function cleanNote(raw: string): string | null {
  let note = squash(raw);
  for (let i = 0; i < 2 && MORE_TAIL.test(note); i++) note = note.replace(MORE_TAIL, '').trim();
  return note || null;
}

// ------------------------------------------------------------------ withdraw controls

const WITHDRAW_WORD = rx(
  "withdraw|retirer|zurückziehen|retirar|ritira|ritirare|intrekken|annuler l[’']invitation",
);
const CONTROL_CSS = 'button, a, [role="button"], [role="menuitem"]';

function hasWithdraw(card: Element): boolean {
  if (allGroup(card, 'withdraw').length) return true;
  return all(card, CONTROL_CSS).some((el) => {
    if (isProfileLink(el)) return false;
    const label = squash(el.getAttribute('aria-label'));
    const text = squash(el.textContent);
    return WITHDRAW_WORD.test(label) || (text.length <= 40 && WITHDRAW_WORD.test(text));
  });
}

function hasStrongLabel(card: Element): boolean {
  return textLines(card).some((l) => labelStrength(l.text) === 'strong');
}

// ------------------------------------------------------------------ cards

/** Outermost candidates only, in document order. */
function outermostInOrder(els: Iterable<Element>): Element[] {
  const list = [...new Set(els)];
  list.sort((a, b) => {
    if (a === b) return 0;
    const pos = a.compareDocumentPosition(b);
    return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
  });
  const set = new Set(list);
  return list.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

interface Candidates {
  cards: Element[];
  containers: Element[];
}

function findCandidates(root: ParentNode): Candidates {
  const found: Element[] = [];
  const containers: Element[] = [];

  // Legacy: class-named cards and the items of the invitation list.
  for (const el of allGroup(root, 'legacyCard')) found.push(el);
  containers.push(...allGroup(root, 'legacyList'));

  // React UI: list items of a lazy column that holds at least one sent-invitation-like card, plus any
  // list item elsewhere with a withdraw control.
  const items = all(root, sentSel('listItem'));
  const listItemCss = sentSel('listItem');
  const rootNode = root as unknown as Node;
  const outerItems = items.filter((el) => {
    const outer = el.parentElement?.closest(listItemCss);
    return !outer || !rootNode.contains(outer);
  });
  const sentLike = new Map<Element, boolean>();
  const isSentLike = (el: Element) => {
    let v = sentLike.get(el);
    if (v === undefined) {
      v = hasWithdraw(el) || hasStrongLabel(el);
      sentLike.set(el, v);
    }
    return v;
  };
  const columns = allGroup(root, 'lazyColumn');
  const qualified = new Set<Element>();
  for (const col of columns) {
    const own = outerItems.filter((it) => it.parentElement?.closest(sentSel('lazyColumn')) === col);
    if (own.some(isSentLike)) {
      qualified.add(col);
      containers.push(col);
      found.push(...own);
    }
  }
  for (const it of outerItems) {
    const col = it.parentElement?.closest(sentSel('lazyColumn'));
    if (col && qualified.has(col)) continue;
    if (isSentLike(it)) found.push(it);
  }
  return { cards: outermostInOrder(found), containers: outermostInOrder(containers) };
}

interface CardRead {
  card: SentCard | null;
}

function readCard(card: Element): CardRead {
  const links = all(card, 'a[href]').filter(isProfileLink);
  const link = links[0];
  const profileUrl = link ? normaliseProfileUrl(hrefOf(link)) : null;
  if (!profileUrl) return { card: null };

  // Note first, so its text is never taken for the name or the label.
  const noteEl = allGroup(card, 'note')[0] ?? null;
  const lines = textLines(card, noteEl ? [noteEl] : []);

  // Name: profile link text → legacy title → a line the avatar's alt names → English alt → first line.
  let name: string | null = null;
  let nameEl: Element | null = null;
  for (const a of links) {
    const inLink = textLines(a)[0];
    const n = inLink ? cleanCardName(inLink.text) : null;
    if (n && inLink) {
      name = n;
      nameEl = inLink.el;
      break;
    }
  }
  if (!name) {
    const title = first(card, sentSel('legacyTitle'));
    const n = title ? cleanCardName(title.textContent) : null;
    if (n && title) {
      name = n;
      nameEl = title;
    }
  }
  const alts = all(card, 'img[alt]')
    .map((img) => squash(img.getAttribute('alt')))
    .filter(Boolean);
  if (!name) {
    const folded = alts.map((a) => a.normalize('NFC').toLowerCase());
    const hit = lines.find((l) => {
      const t = l.text.normalize('NFC').toLowerCase();
      return labelStrength(l.text) === null && folded.some((a) => a.includes(t));
    });
    const n = hit ? cleanCardName(hit.text) : null;
    if (n && hit) {
      name = n;
      nameEl = hit.el;
    }
  }
  if (!name) {
    for (const alt of alts) {
      name = nameFromAlt(alt);
      if (name) break;
    }
  }
  if (!name) {
    const hit = lines.find((l) => labelStrength(l.text) === null);
    name = hit ? cleanCardName(hit.text) : null;
    nameEl = hit?.el ?? null;
  }
  if (!name) return { card: null };

  // Sent label: legacy badge → a strong relative phrase → the last short time-ish line.
  const notName = lines.filter(
    (l) => !(nameEl && (l.el === nameEl || l.el.contains(nameEl) || nameEl.contains(l.el))),
  );
  const badge = first(card, sentSel('timeBadge'));
  let labelLine: Line | undefined = badge ? { el: badge, text: squash(badge.textContent) } : undefined;
  if (!labelLine?.text) labelLine = notName.find((l) => labelStrength(l.text) === 'strong');
  if (!labelLine) labelLine = notName.filter((l) => labelStrength(l.text) === 'weak').at(-1);
  const sentLabel = labelLine?.text || null;

  // Note: the note box / legacy paragraph, else a paragraph after the label line.
  let note: string | null = null;
  if (noteEl) note = cleanNote(textWithoutControls(noteEl));
  else if (labelLine) {
    const label = labelLine.el;
    const after = lines.find(
      (l) =>
        /^(?:P|BLOCKQUOTE)$/.test(l.el.tagName) &&
        l.el !== label &&
        !label.contains(l.el) &&
        !l.el.contains(label) &&
        !!(label.compareDocumentPosition(l.el) & 4) &&
        l.el !== nameEl,
    );
    if (after) note = cleanNote(textWithoutControls(after.el));
  }

  return { card: { name, profileUrl, sentLabel, note } };
}

// ------------------------------------------------------------------ total

/** "People (8)", "Sent (25)", "People (1,100)", "Personnes (1 100)", "Personen (1.100)" → the number. */
export function parseCount(text: string): number | null {
  const m = /\(\s*(\d[\d\s.,'’\u00a0\u202f\u2009]*)\s*\+?\s*\)/u.exec(text);
  if (!m?.[1]) return null;
  const digits = m[1].replace(/\D/g, '');
  if (!digits || digits.length > 9) return null;
  return Number(digits);
}

function readTotal(root: ParentNode): number | null {
  for (const entry of SENT_SELECTORS.countLink) {
    for (const el of all(root, entry.css)) {
      // Other kinds of sent invitations (Pages, Events, Newsletters) have their own counts.
      const kind = /\/invitation-manager\/sent\/([A-Za-z_]+)/.exec(hrefOf(el))?.[1];
      if (kind && kind.toUpperCase() !== 'CONNECTION') continue;
      const text = squash(el.textContent);
      if (text.length > 60) continue;
      const n = parseCount(text);
      if (n !== null) return n;
    }
  }
  return null;
}

// ------------------------------------------------------------------ entry point

/**
 * Reads the sent-invitation cards present under `root` (a Document, an element or a shadow root). Never throws:
 * card-like elements that cannot be read are counted in `unrecognised`; a failure outside the cards gives an
 * empty read.
 */
export function readSentInvitations(root: ParentNode): SentInvitationsRead {
  let candidates: Candidates;
  try {
    candidates = findCandidates(root);
  } catch {
    return { cards: [], total: safeTotal(root), listContainer: null, unrecognised: 0 };
  }
  const cards: SentCard[] = [];
  const seen = new Set<string>();
  let unrecognised = 0;
  for (const el of candidates.cards) {
    let read: CardRead;
    try {
      read = readCard(el);
    } catch {
      read = { card: null };
    }
    if (!read.card) {
      unrecognised++;
      continue;
    }
    // Virtualised lists can show a row twice while swapping rows.
    if (seen.has(read.card.profileUrl)) continue;
    seen.add(read.card.profileUrl);
    cards.push(read.card);
  }
  const firstCard = candidates.cards[0];
  const listContainer =
    (firstCard && candidates.containers.find((c) => c.contains(firstCard))) ??
    candidates.containers[0] ??
    firstCard?.parentElement ??
    null;
  return { cards, total: safeTotal(root), listContainer, unrecognised };
}

function safeTotal(root: ParentNode): number | null {
  try {
    return readTotal(root);
  } catch {
    return null;
  }
}
