/**
 * LinkedIn profile URLs, parsed once for both their uses: the page readers want a link to the
 * profile (normaliseProfileUrl below: `https://www.linkedin.com/in/<slug>/`, slug decoded), the tracker
 * wants a stable key (lib/tracker/url.ts: no trailing slash, slug percent-encoded). LinkedIn shows one
 * profile under many URLs: country subdomains, the mobile host, no scheme, relative links, sub-pages
 * (/details/experience/, /overlay/contact-info/), query strings, hashes, mixed case, %-encoded and
 * plain non-ASCII slugs. They all give the same slug: decoded, NFC, lower case.
 */
import { LINKEDIN_HOST } from './page-urls';

const SCHEMELESS = /^(?:[a-z0-9-]+\.)*linkedin\.com\//i;
const PROFILE_PATH = /^\/(in|pub)\/([^/?#]+)/i;
/** Not a person: /in/me/ redirects to whoever is signed in. */
const NOT_A_SLUG = new Set(['me']);

export interface ProfileRef {
  /** 'pub' is the pre-2013 public profile form, still found in old exports. */
  kind: 'in' | 'pub';
  slug: string;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray "%" stays as it is
  }
}

/** The profile an href points at, or null. Relative hrefs need `base`. */
export function parseProfileUrl(href: string, base?: string): ProfileRef | null {
  let raw = href.trim();
  if (!raw) return null;
  if (SCHEMELESS.test(raw)) raw = `https://${raw}`;
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!LINKEDIN_HOST.test(u.hostname)) return null;
  const m = PROFILE_PATH.exec(u.pathname);
  if (!m?.[2]) return null;
  const slug = safeDecode(m[2]).normalize('NFC').toLowerCase().trim();
  if (!slug || NOT_A_SLUG.has(slug) || /[\s/?#]/.test(slug)) return null;
  return { kind: (m[1] as string).toLowerCase() as 'in' | 'pub', slug };
}

/** The link to the profile page: https://www.linkedin.com/in/<decoded slug>/. */
function profilePageUrl(ref: ProfileRef): string {
  return `https://www.linkedin.com/${ref.kind}/${ref.slug}/`;
}

/** The tracker's key: https://www.linkedin.com/in/<encoded slug>, no trailing slash. */
export function profileKeyUrl(ref: ProfileRef): string {
  return `https://www.linkedin.com/${ref.kind}/${encodeURIComponent(ref.slug).replace(/%2D/gi, '-')}`;
}

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
