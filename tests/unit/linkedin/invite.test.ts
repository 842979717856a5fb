import { describe, expect, it } from 'vitest';
import {
  freshInvite,
  INVITE_MEMORY_MS,
  inviteFromClick,
  profileUrlFromInviteHref,
} from '../../../lib/linkedin/invite';

const PAGE = 'https://www.linkedin.com/search/results/people/?keywords=design';

describe('profileUrlFromInviteHref', () => {
  it.each([
    [
      '/preload/custom-invite/?vanityName=zoe-angstrom-4a1b2c',
      'https://www.linkedin.com/in/zoe-angstrom-4a1b2c/',
    ],
    [
      '/preload/custom-invite/?vanityName=jos%C3%A9-n%C3%BA%C3%B1ez',
      // Decoded: the same person whether LinkedIn percent-encodes the slug or not.
      'https://www.linkedin.com/in/josé-núñez/',
    ],
    ['https://www.linkedin.com/in/li-xiaolong-1940/', 'https://www.linkedin.com/in/li-xiaolong-1940/'],
  ])('%s → %s', (href, want) => {
    expect(profileUrlFromInviteHref(href, PAGE)).toBe(want);
  });

  it('no link, or a link that is no profile, gives null', () => {
    expect(profileUrlFromInviteHref(null, PAGE)).toBeNull();
    expect(profileUrlFromInviteHref('/feed/', PAGE)).toBeNull();
  });
});

describe('inviteFromClick: the Connect control the user clicked', () => {
  it('a Connect link on a search card names the person and their profile', () => {
    document.body.innerHTML = `<ul><li><a href="/in/ayse-yilmaz-ist/">Ayşe Yılmaz</a>
      <a id="c" href="/preload/custom-invite/?vanityName=ayse-yilmaz-ist"><span>Connect</span></a></li></ul>`;
    const span = document.querySelector('#c span') as Element;
    const memory = inviteFromClick(span, document, PAGE, 1000);
    expect(memory).toEqual({
      name: 'Ayşe Yılmaz',
      profileUrl: 'https://www.linkedin.com/in/ayse-yilmaz-ist/',
      at: 1000,
    });
  });

  it('a labelled button names the person even without a link', () => {
    document.body.innerHTML =
      '<button aria-label="Invite Søren Kierkegaard-Nielsen to connect">Connect</button>';
    const memory = inviteFromClick(document.querySelector('button') as Element, document, PAGE, 5);
    expect(memory?.name).toBe('Søren Kierkegaard-Nielsen');
  });

  it('any other click is not an invitation', () => {
    document.body.innerHTML = '<button>Like</button><a href="/in/zoe/">Zoë</a>';
    for (const el of document.querySelectorAll('button, a'))
      expect(inviteFromClick(el, document, PAGE, 5)).toBeUndefined();
  });
});

describe('freshInvite', () => {
  it('forgets the Connect control after a few minutes: a later dialog is probably for someone else', () => {
    const memory = { name: 'Zoë', profileUrl: null, at: 10_000 };
    expect(freshInvite(memory, 10_000 + INVITE_MEMORY_MS - 1)).toBe(memory);
    expect(freshInvite(memory, 10_000 + INVITE_MEMORY_MS)).toBeNull();
    expect(freshInvite(null, 0)).toBeNull();
  });
});
