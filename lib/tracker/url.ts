/**
 * Profile URLs → the tracker's key. LinkedIn shows one profile under many URLs (country subdomains,
 * the mobile host, query strings, trailing slashes, %-encoded slugs, mixed case); they all collapse to
 * `https://www.linkedin.com/in/<slug>` with the slug lower-cased and decoded.
 */

const PROFILE_PATH = /^\/(in|pub)\/([^/?#]+)(?:\/[^?#]*)?$/i;

/** The normalised profile URL, or null when the text is not a LinkedIn profile URL. */
export function normaliseProfileUrl(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const m = PROFILE_PATH.exec(url.pathname);
  if (!m) return null;
  const kind = (m[1] as string).toLowerCase();
  let slug = m[2] as string;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray "%" stays as it is.
  }
  slug = slug.normalize('NFC').toLowerCase().trim();
  if (!slug) return null;
  return `https://www.linkedin.com/${kind}/${encodeURIComponent(slug).replace(/%2D/gi, '-')}`;
}
