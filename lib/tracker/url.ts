/**
 * Profile URLs → the tracker's key. LinkedIn shows one profile under many URLs (country subdomains,
 * the mobile host, query strings, trailing slashes, %-encoded slugs, mixed case); they all collapse to
 * `https://www.linkedin.com/in/<slug>` with the slug lower-cased, decoded and then percent-encoded.
 * The parsing is shared with the page readers (lib/linkedin/profile-url.ts).
 */
import { parseProfileUrl, profileKeyUrl } from '../linkedin/profile-url';

/** The normalised profile URL, or null when the text is not a LinkedIn profile URL. */
export function normaliseProfileUrl(input: string): string | null {
  const ref = parseProfileUrl(input);
  return ref ? profileKeyUrl(ref) : null;
}
