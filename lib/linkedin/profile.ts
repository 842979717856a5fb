/**
 * The person on a profile page: name, headline and degree from the top card, and the relationship state
 * its controls show (relationship.ts). Pure: it reads the document and URL it is given.
 */
import { parseDegree } from './degree';
import { all, first, fold, hasOwnText, textOf } from './dom';
import { profileSlug } from './profile-url';
import { cleanName, nameFromTitle } from './recipient';
import { type RelationshipState, readRelationship } from './relationship';
import { sel } from './selectors';
import { hiddenReason } from './visibility';

export type { RelationshipState };

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

const PRONOUN = /^\([^()]{1,25}\)$/u;

// ------------------------------------------------------------------ top card

interface TopCard {
  el: Element;
  /** Found by a known selector or as the first section of <main> with a heading; false for a whole-page fallback. */
  confident: boolean;
  how: string;
}

function findTopCard(doc: Document): TopCard | null {
  const known = first(doc, sel('topCard'));
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
  for (const el of all(card, sel('topCardName'))) {
    if (hiddenReason(el, { within: card, computed: false })) continue;
    if (cleanName(textOf(el))) return el;
  }
  return null;
}

function readHeadline(card: Element, heading: Element | null, name: string | null): Element | null {
  for (const el of all(card, sel('topCardHeadline'))) {
    const t = textOf(el);
    if (t && !hiddenReason(el, { within: card, computed: false })) return el;
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
    if (!hasOwnText(el)) continue;
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
  const badges = all(card, sel('degreeBadge'));
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
  if (badge.text) evidence.push(`degree badge "${badge.text}" reads as ${badge.degree}`);

  const rel = readRelationship(doc, card, slug, name, badge.degree, evidence);
  return { name, headline, degree: rel.degree, state: rel.state, profileUrl, evidence };
}
