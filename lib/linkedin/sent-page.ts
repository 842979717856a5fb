/**
 * The Sent invitations manager as a page: its URL, and the total it shows ("People (8)", "Sent (25)").
 * Pure: every function takes the URL or root it reads.
 */

import { all, hrefOf, squash } from './dom';
import { LINKEDIN_HOST } from './page-urls';
import { SELECTORS } from './selectors';

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

/** "People (8)", "Sent (25)", "People (1,100)", "Personnes (1 100)", "Personen (1.100)" → the number. */
export function parseCount(text: string): number | null {
  const m = /\(\s*(\d[\d\s.,'’\u00a0\u202f\u2009]*)\s*\+?\s*\)/u.exec(text);
  if (!m?.[1]) return null;
  const digits = m[1].replace(/\D/g, '');
  if (!digits || digits.length > 9) return null;
  return Number(digits);
}

function readTotal(root: ParentNode): number | null {
  for (const entry of SELECTORS.sentCount) {
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

/** The total, or null when the page shows none or reading it fails. */
export function safeTotal(root: ParentNode): number | null {
  try {
    return readTotal(root);
  } catch {
    return null;
  }
}
