/**
 * The small DOM helpers every LinkedIn reader shares. Queries never throw: a selector the engine does
 * not support (an old browser, a test DOM) finds nothing instead of breaking the whole read.
 */
import type { SelectorEntry } from './selectors';

/** The first element matching `css`, or null (also for a selector the engine rejects). */
export function first(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}

/** Every element matching `css`, or none (also for a selector the engine rejects). */
export function all(scope: ParentNode, css: string): Element[] {
  try {
    return [...scope.querySelectorAll(css)];
  } catch {
    return [];
  }
}

/**
 * Every element matching any of a registry group's entries, in the entries' order (the preferred
 * generation first), each once. Entries are tried one by one: one unsupported selector hides nothing.
 */
export function allOf(scope: ParentNode, entries: readonly SelectorEntry[]): Element[] {
  const out = new Set<Element>();
  for (const e of entries) for (const el of all(scope, e.css)) out.add(el);
  return [...out];
}

/** Every element matching `css` in the document and its open shadow roots (menus render in portals). */
export function allComposed(doc: Document, css: string): Element[] {
  const out = all(doc, css);
  const walker = doc.createTreeWalker(doc, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const root = (n as Element).shadowRoot;
    if (root) out.push(...all(root, css));
  }
  return out;
}

/** White space collapsed and trimmed; '' for null. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** An element's text, white space collapsed. */
export const textOf = (el: Element): string => squash(el.textContent);

/** An element's aria-label, white space collapsed ('' when it has none). */
export const labelOf = (el: Element): string => squash(el.getAttribute('aria-label'));

/** An element's href attribute as written ('' when it has none). */
export const hrefOf = (el: Element): string => el.getAttribute('href') ?? '';

/** For comparing names exactly as written: NFC, lower case. */
export const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/** For comparing names loosely: accents dropped, lower case, white space collapsed ("Zoë" = "zoe"). */
export const foldLoose = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Holds words of its own (a direct, non-blank text node), not only inside its children. */
export const hasOwnText = (el: Element): boolean =>
  [...el.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');

/** The path of an absolute URL, or null when it is not one. */
export function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
