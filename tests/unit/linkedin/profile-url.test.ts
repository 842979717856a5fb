import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl as pageUrl, parseProfileUrl } from '../../../lib/linkedin/profile-url';
import { normaliseProfileUrl as trackerKey } from '../../../lib/tracker/url';

const SAME_PERSON = [
  'https://www.linkedin.com/in/jürgen-weiß-4a1b/',
  'https://de.linkedin.com/in/J%C3%BCrgen-Wei%C3%9F-4A1B?trk=x#about',
  'linkedin.com/in/ju%CC%88rgen-weiß-4a1b/details/experience/',
  'http://m.linkedin.com/IN/jürgen-weiß-4a1b',
  '  https://www.linkedin.com/in/JÜRGEN-WEISS-4a1b  '.replace('WEISS', 'WEIß'),
];

describe('one parser for page links and tracker keys', () => {
  it('every form of one profile URL gives the same person in both formats', () => {
    const pages = new Set(SAME_PERSON.map((u) => pageUrl(u)));
    const keys = new Set(SAME_PERSON.map((u) => trackerKey(u)));
    expect([...pages]).toEqual(['https://www.linkedin.com/in/jürgen-weiß-4a1b/']);
    expect([...keys]).toEqual(['https://www.linkedin.com/in/j%C3%BCrgen-wei%C3%9F-4a1b']);
  });

  it('the tracker key decodes back to the page link’s slug', () => {
    for (const href of ['/in/李小龍-1940/', '/in/zoe-angstrom-4a1b2c', '/in/o%E2%80%99brien/']) {
      const page = pageUrl(href) as string;
      const key = trackerKey(`https://www.linkedin.com${href}`) as string;
      expect(`${decodeURIComponent(key)}/`).toBe(page);
    }
  });

  it('/in/me/ (whoever is signed in), empty slugs and other hosts are nobody', () => {
    for (const href of [
      'https://www.linkedin.com/in/me/',
      'https://www.linkedin.com/in//',
      'https://example.com/in/x',
    ])
      expect(parseProfileUrl(href)).toBeNull();
  });

  it('old /pub/ links are kept for the tracker (old exports) but are not page links', () => {
    expect(trackerKey('https://www.linkedin.com/pub/ana/1/2/3')).toBe('https://www.linkedin.com/pub/ana');
    expect(pageUrl('https://www.linkedin.com/pub/ana/1/2/3')).toBeNull();
  });
});
