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
import { all, allOf, first, fold, hasOwnText, hrefOf, squash } from './dom';
import { normaliseProfileUrl } from './profile-url';
import { cleanName } from './recipient';
import { SELECTORS, sel } from './selectors';
import { cleanNote, labelStrength, WITHDRAW_WORD } from './sent-labels';
import { safeTotal } from './sent-page';

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

// ------------------------------------------------------------------ text helpers

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
    if (hasOwnText(el) && el !== scope) {
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

/** English avatar alt texts, extra evidence only. */
const ALT_NAME = [/^(.+?)[’']s? profile (?:picture|photo)$/iu, /^profile (?:picture|photo) of (.+)$/iu];

function nameFromAlt(alt: string): string | null {
  for (const re of ALT_NAME) {
    const m = re.exec(alt);
    if (m?.[1]) return cleanName(m[1]);
  }
  return null;
}

// ------------------------------------------------------------------ withdraw controls

const CONTROL_CSS = 'button, a, [role="button"], [role="menuitem"]';

function hasWithdraw(card: Element): boolean {
  if (allOf(card, SELECTORS.sentWithdraw).length) return true;
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
  for (const el of allOf(root, SELECTORS.sentLegacyCard)) found.push(el);
  containers.push(...allOf(root, SELECTORS.sentLegacyList));

  // React UI: list items of a lazy column that holds at least one sent-invitation-like card, plus any
  // list item elsewhere with a withdraw control.
  const items = all(root, sel('sentItem'));
  const listItemCss = sel('sentItem');
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
  const columns = allOf(root, SELECTORS.sentList);
  const qualified = new Set<Element>();
  for (const col of columns) {
    const own = outerItems.filter((it) => it.parentElement?.closest(sel('sentList')) === col);
    if (own.some(isSentLike)) {
      qualified.add(col);
      containers.push(col);
      found.push(...own);
    }
  }
  for (const it of outerItems) {
    const col = it.parentElement?.closest(sel('sentList'));
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
  const noteEl = allOf(card, SELECTORS.sentNote)[0] ?? null;
  const lines = textLines(card, noteEl ? [noteEl] : []);

  // Name: profile link text → legacy title → a line the avatar's alt names → English alt → first line.
  let name: string | null = null;
  let nameEl: Element | null = null;
  for (const a of links) {
    const inLink = textLines(a)[0];
    const n = inLink ? cleanName(inLink.text) : null;
    if (n && inLink) {
      name = n;
      nameEl = inLink.el;
      break;
    }
  }
  if (!name) {
    const title = first(card, sel('sentLegacyTitle'));
    const n = title ? cleanName(title.textContent) : null;
    if (n && title) {
      name = n;
      nameEl = title;
    }
  }
  const alts = all(card, 'img[alt]')
    .map((img) => squash(img.getAttribute('alt')))
    .filter(Boolean);
  if (!name) {
    const folded = alts.map(fold);
    const hit = lines.find((l) => {
      const t = fold(l.text);
      return labelStrength(l.text) === null && folded.some((a) => a.includes(t));
    });
    const n = hit ? cleanName(hit.text) : null;
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
    name = hit ? cleanName(hit.text) : null;
    nameEl = hit?.el ?? null;
  }
  if (!name) return { card: null };

  // Sent label: legacy badge → a strong relative phrase → the last short time-ish line.
  const notName = lines.filter(
    (l) => !(nameEl && (l.el === nameEl || l.el.contains(nameEl) || nameEl.contains(l.el))),
  );
  const badge = first(card, sel('sentTimeBadge'));
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
