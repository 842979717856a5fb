import { describe, expect, it } from 'vitest';
import { SENT_SELECTORS } from '../../../lib/linkedin/selectors';
import { readSentInvitations } from '../../../lib/linkedin/sent';
import { isSentInvitationsPage, parseCount } from '../../../lib/linkedin/sent-page';
import { FIXTURES, fixtureNames } from '../../fixtures/linkedin/index';
import { fixtureDocument, fixtureUrl } from './fixture-dom';

const html = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

/** A 2026-style card (no classes at all): avatar link, name <p>, headline, label, optional note, Withdraw. */
const card2026 = (
  o: { slug?: string | null; name?: string; label?: string; note?: string; withdraw?: string } = {},
) => {
  const slug = o.slug === undefined ? 'mia-kovac' : o.slug;
  const name = o.name ?? 'Mia Kovač';
  const avatar = slug
    ? `<a href="/in/${slug}/"><img alt="${name}'s profile picture" src=""></a>`
    : `<img alt="${name}'s profile picture" src="">`;
  return `<div role="listitem"><div>${avatar}<div><p>${name}</p><p>Head of Growth at Adria Labs</p>
    <p>${o.label ?? 'Sent 2 weeks ago'}</p>${o.note ?? ''}</div>
    ${o.withdraw ?? `<a tabindex="0" aria-label="Withdraw invitation sent to ${name}">Withdraw</a>`}</div></div>`;
};
const column = (...cards: string[]) =>
  html(`<main><a href="/mynetwork/invitation-manager/sent/CONNECTION/">People (${cards.length})</a>
    <div data-testid="lazy-column">${cards.join('<hr role="presentation">')}</div></main>`);

const sentFixtures = fixtureNames().filter((n) => FIXTURES[n]?.expect.sentInvitations);

describe('readSentInvitations on every sent fixture', () => {
  it('covers the four sent fixtures', () => {
    expect(sentFixtures.sort()).toEqual(['sent-2025', 'sent-2026', 'sent-2026-virtualised', 'sent-legacy']);
  });

  it.each(sentFixtures)('%s: cards in order, total, list container', (name) => {
    const want = FIXTURES[name]?.expect;
    if (!want?.sentInvitations) throw new Error(name);
    expect(isSentInvitationsPage(fixtureUrl(name))).toBe(true);
    for (const seed of [7, 1234]) {
      const got = readSentInvitations(fixtureDocument(name, seed));
      expect(got.cards).toEqual(want.sentInvitations);
      expect(got.unrecognised).toBe(0);
      if (want.sentTotal !== undefined) expect(got.total).toBe(want.sentTotal);
      expect(got.listContainer).not.toBeNull();
      // The container holds every card.
      const doc = got.listContainer?.ownerDocument;
      const rows = doc ? [...doc.querySelectorAll('[role="listitem"], li.invitation-card')] : [];
      for (const row of rows) expect(got.listContainer?.contains(row)).toBe(true);
    }
  });

  it('reads the same cards from the list container as from the document', () => {
    const doc = fixtureDocument('sent-2026');
    const whole = readSentInvitations(doc);
    const fromList = readSentInvitations(whole.listContainer as Element);
    expect(fromList.cards).toEqual(whole.cards);
  });

  it('the 2026 list container is the lazy column; legacy is the invitation list', () => {
    expect(readSentInvitations(fixtureDocument('sent-2026')).listContainer?.getAttribute('data-testid')).toBe(
      'lazy-column',
    );
    expect(
      readSentInvitations(fixtureDocument('sent-legacy')).listContainer?.classList.contains(
        'mn-invitation-list',
      ),
    ).toBe(true);
  });

  it('reads the "Load more" rows once they are in the DOM (sent-2025 markup appended by hand)', () => {
    const doc = fixtureDocument('sent-2025');
    const col = doc.querySelector('[data-testid="lazy-column"]') as Element;
    const more = FIXTURES['sent-2025']?.expect.sentAfterLoadMore ?? [];
    for (const inv of more) {
      const slug = new URL(inv.profileUrl).pathname.split('/')[2];
      col.insertAdjacentHTML(
        'beforeend',
        `<hr role="presentation"><div role="listitem"><div><a href="/in/${slug}/"><img alt="" src=""></a><div>
        <a href="/in/${slug}/"><p>${inv.name}</p></a><p>Headline</p><p>${inv.sentLabel}</p>
        ${inv.note ? `<div data-testid="expandable-text-box">${inv.note}</div>` : ''}</div>
        <button data-view-name="sent-invitations-withdraw-single"><span>Withdraw</span></button></div></div>`,
      );
    }
    const got = readSentInvitations(doc);
    expect(got.cards).toEqual([...(FIXTURES['sent-2025']?.expect.sentInvitations ?? []), ...more]);
  });

  it('dedupes a row shown twice while a virtualised list swaps rows', () => {
    const doc = fixtureDocument('sent-2026-virtualised');
    const col = doc.querySelector('[data-testid="lazy-column"]') as Element;
    const firstRow = col.querySelector('[role="listitem"]') as Element;
    col.appendChild(firstRow.cloneNode(true));
    const got = readSentInvitations(doc);
    expect(got.cards).toEqual(FIXTURES['sent-2026-virtualised']?.expect.sentInvitations);
  });
});

describe('readSentInvitations on other pages', () => {
  const others = fixtureNames().filter((n) => !FIXTURES[n]?.expect.sentInvitations);

  it.each(others)('%s has no sent cards', (name) => {
    const got = readSentInvitations(fixtureDocument(name));
    expect(got.cards).toEqual([]);
    expect(got.unrecognised).toBe(0);
    expect(isSentInvitationsPage(fixtureUrl(name))).toBe(false);
  });

  it('an empty document and a detached element give an empty read', () => {
    expect(readSentInvitations(html(''))).toEqual({
      cards: [],
      total: null,
      listContainer: null,
      unrecognised: 0,
    });
    expect(readSentInvitations(document.createElement('div')).cards).toEqual([]);
  });

  it('a lazy column of feed-like list items (no withdraw control, no sent label) is not a sent list', () => {
    const doc = html(`<div data-testid="lazy-column">
      <div role="listitem"><a href="/in/ana/">Ana Pérez</a><p>Posted a photo</p></div>
      <div role="listitem"><a href="/in/bo/">Bo Li</a><p>Likes this</p></div></div>`);
    const got = readSentInvitations(doc);
    expect(got.cards).toEqual([]);
    expect(got.unrecognised).toBe(0);
    expect(got.listContainer).toBeNull();
  });
});

describe('markup drift', () => {
  it('a card without a profile link is unrecognised; the others are read', () => {
    const got = readSentInvitations(
      column(
        card2026(),
        card2026({ slug: null, name: 'Ghost Row' }),
        card2026({ slug: 'bo-li', name: 'Bo Li' }),
      ),
    );
    expect(got.cards.map((c) => c.name)).toEqual(['Mia Kovač', 'Bo Li']);
    expect(got.unrecognised).toBe(1);
    expect(got.total).toBe(3);
  });

  it('a card whose only profile link is /in/me/ is unrecognised', () => {
    const got = readSentInvitations(column(card2026({ slug: 'me' })));
    expect(got.cards).toEqual([]);
    expect(got.unrecognised).toBe(1);
  });

  it('reads a French card: label, name (the avatar alt in French names the line), Withdraw in French', () => {
    const doc =
      column(`<div role="listitem"><a href="/in/ZOE-Angstrom/?trk=x"><img alt="Photo de profil de Zoë Ångström" src=""></a>
      <p>Zoë Ångström</p><p>Designer produit chez Nordlys</p><p>Envoyée il y a 2 semaines</p>
      <a tabindex="0" aria-label="Retirer l’invitation envoyée à Zoë Ångström">Retirer</a></div>`);
    expect(readSentInvitations(doc).cards).toEqual([
      {
        name: 'Zoë Ångström',
        profileUrl: 'https://www.linkedin.com/in/zoe-angstrom/',
        sentLabel: 'Envoyée il y a 2 semaines',
        note: null,
      },
    ]);
  });

  it.each([
    ['Envoyée hier', 'fr'],
    ["Envoyée aujourd'hui", 'fr'],
    ['Gesendet vor 3 Wochen', 'de'],
    ['Gestern gesendet', 'de'],
    ['Enviada hace 1 mes', 'es'],
    ['Enviada ayer', 'es'],
    ['Sent today', 'en'],
    ['Sent a month ago', 'en'],
    ['Sent 1 year ago', 'en'],
    ['2 sem.', 'fr (short)'],
    ['3w', 'en (short)'],
  ])('label "%s" (%s)', (label) => {
    const got = readSentInvitations(column(card2026({ label })));
    expect(got.cards[0]?.sentLabel).toBe(label);
  });

  it('a card with no recognisable label keeps the card with sentLabel null', () => {
    const got = readSentInvitations(column(card2026({ label: 'Pending' })));
    expect(got.cards).toHaveLength(1);
    expect(got.cards[0]?.sentLabel).toBeNull();
  });

  it('a headline with years in it is not taken for the label', () => {
    const doc = column(`<div role="listitem"><a href="/in/bo-li/"><img alt="" src=""></a><p>Bo Li</p>
      <p>10 years in fintech</p><p>Sent 2 days ago</p>
      <a aria-label="Withdraw invitation sent to Bo Li">Withdraw</a></div>`);
    expect(readSentInvitations(doc).cards[0]?.sentLabel).toBe('Sent 2 days ago');
  });

  it.each([
    ['Hi Mia, great talk…see more', 'Hi Mia, great talk'],
    ['Hi Mia, great talk… see more', 'Hi Mia, great talk'],
    ['Hi Mia, great talk...more', 'Hi Mia, great talk'],
    ['Hi Mia, great talk …more', 'Hi Mia, great talk'],
    ['  Hi Mia,\n   great talk  ', 'Hi Mia, great talk'],
    ['Hi Mia, I would love to learn more', 'Hi Mia, I would love to learn more'],
  ])('note %j → %j', (raw, want) => {
    const got = readSentInvitations(
      column(card2026({ note: `<div data-testid="expandable-text-box">${raw}</div>` })),
    );
    expect(got.cards[0]?.note).toBe(want);
  });

  it('a "…see more" toggle button inside the note box is not part of the note', () => {
    const got = readSentInvitations(
      column(
        card2026({
          note: '<div data-testid="expandable-text-box"><span>Hi Mia, great talk on growth loops</span><button type="button">…see more</button></div>',
        }),
      ),
    );
    expect(got.cards[0]?.note).toBe('Hi Mia, great talk on growth loops');
  });

  it('an empty note box is null', () => {
    const got = readSentInvitations(
      column(card2026({ note: '<div data-testid="expandable-text-box"> <button>…more</button></div>' })),
    );
    expect(got.cards[0]?.note).toBeNull();
  });

  it('without the note box, a paragraph after the label is the note', () => {
    const got = readSentInvitations(column(card2026({ note: '<p>Hi Mia, loved your post on pricing.</p>' })));
    expect(got.cards[0]).toMatchObject({
      sentLabel: 'Sent 2 weeks ago',
      note: 'Hi Mia, loved your post on pricing.',
    });
  });

  it('name from the English avatar alt when the card has no name line', () => {
    const doc =
      column(`<div role="listitem"><a href="/in/bo-li/"><img alt="Bo Li's profile picture" src=""></a>
      <span>Sent 3 days ago</span><button data-view-name="sent-invitations-withdraw-single">Withdraw</button></div>`);
    expect(readSentInvitations(doc).cards).toEqual([
      {
        name: 'Bo Li',
        profileUrl: 'https://www.linkedin.com/in/bo-li/',
        sentLabel: 'Sent 3 days ago',
        note: null,
      },
    ]);
  });

  it('keeps name suffixes such as "(II)" but drops pronouns and degree badges', () => {
    const got = readSentInvitations(
      column(
        card2026({ slug: 'mia-2', name: 'Mia Kovač (II)' }),
        `<div role="listitem"><a href="/in/zoe/"><p>Zoë Ångström (she/her) · 2nd</p></a><p>Sent yesterday</p>
        <button data-view-name="sent-invitations-withdraw-single">Withdraw</button></div>`,
      ),
    );
    expect(got.cards.map((c) => c.name)).toEqual(['Mia Kovač (II)', 'Zoë Ångström']);
  });

  it('2025 list items outside a lazy column count when they carry a withdraw control', () => {
    const doc = html(`<section><div role="list">
      <div role="listitem"><a href="/in/bo-li/"><p>Bo Li</p></a><p>Sent 1 week ago</p>
        <button data-view-name="sent-invitations-withdraw-single">Withdraw</button></div>
      <div role="listitem"><p>Someone without a link</p><p>Sent 1 week ago</p>
        <button data-view-name="sent-invitations-withdraw-single">Withdraw</button></div>
      <div role="listitem"><a href="/in/other/">Not a sent card</a></div></div></section>`);
    const got = readSentInvitations(doc);
    expect(got.cards.map((c) => c.profileUrl)).toEqual(['https://www.linkedin.com/in/bo-li/']);
    expect(got.unrecognised).toBe(1);
    expect(got.listContainer?.getAttribute('role')).toBe('list');
  });

  it('legacy list items without the card class are read by structure (ul.mn-invitation-list > li)', () => {
    const doc =
      html(`<ul class="mn-invitation-list"><li><a href="https://fr.linkedin.com/in/Bo-Li"><span class="invitation-card__title">Bo Li</span></a>
      <time class="time-badge">Envoyée il y a 3 semaines</time></li><li><span>no link</span></li></ul>`);
    const got = readSentInvitations(doc);
    expect(got.cards).toEqual([
      {
        name: 'Bo Li',
        profileUrl: 'https://www.linkedin.com/in/bo-li/',
        sentLabel: 'Envoyée il y a 3 semaines',
        note: null,
      },
    ]);
    expect(got.unrecognised).toBe(1);
  });

  it('the whole card wrapped in one profile link: the first line is the name', () => {
    const doc =
      column(`<div role="listitem"><a href="/in/bo-li/"><img alt="" src=""><p>Bo Li</p><p>Engineer</p>
      <p>Sent 4 days ago</p></a><a aria-label="Withdraw invitation sent to Bo Li">Withdraw</a></div>`);
    expect(readSentInvitations(doc).cards[0]).toMatchObject({ name: 'Bo Li', sentLabel: 'Sent 4 days ago' });
  });
});

describe('total', () => {
  it.each([
    ['People (8)', 8],
    ['Sent (25)', 25],
    ['People (1,100)', 1100],
    ['Personen (1.100)', 1100],
    ['Personnes (1 100)', 1100],
    ['Personnes (1\u202f100)', 1100],
    ['People', null],
    ['People (many)', null],
  ])('parseCount(%j) = %j', (text, want) => {
    expect(parseCount(text)).toBe(want);
  });

  it('reads the 2025 nav tab and ignores the Pages count', () => {
    const doc = html(
      `<nav><button aria-current="true">People (1,100)</button><button>Pages (3)</button></nav>`,
    );
    expect(readSentInvitations(doc).total).toBe(1100);
    const pages = html(
      `<a href="/mynetwork/invitation-manager/sent/ORGANIZATION/">Pages (3)</a><a href="/mynetwork/invitation-manager/sent/CONNECTION/">People (12)</a>`,
    );
    expect(readSentInvitations(pages).total).toBe(12);
    const onlyPages = html(`<a href="/mynetwork/invitation-manager/sent/ORGANIZATION/">Pages (3)</a>`);
    expect(readSentInvitations(onlyPages).total).toBeNull();
  });
});

describe('isSentInvitationsPage', () => {
  it.each([
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent/', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent/CONNECTION/', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent/CONNECTION', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent/?invitationType=CONNECTION', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sent?page=2#top', true],
    ['https://fr.linkedin.com/mynetwork/invitation-manager/sent/', true],
    ['https://linkedin.com/mynetwork/invitation-manager/SENT/', true],
    ['/mynetwork/invitation-manager/sent/', true],
    ['https://www.linkedin.com/mynetwork/invitation-manager/', false],
    ['https://www.linkedin.com/mynetwork/invitation-manager/received/', false],
    ['https://www.linkedin.com/mynetwork/invitation-manager/sentinel/', false],
    ['https://www.linkedin.com/mynetwork/', false],
    ['https://www.linkedin.com/in/mia-kovac/', false],
    ['https://evil.example/mynetwork/invitation-manager/sent/', false],
    ['https://linkedin.com.evil.example/mynetwork/invitation-manager/sent/', false],
    ['javascript:alert(1)', false],
    ['', false],
    ['not a url at all', false],
  ])('%s → %s', (url, want) => {
    expect(isSentInvitationsPage(url)).toBe(want);
  });
});

describe('SENT_SELECTORS', () => {
  it('every entry is dated and parses', () => {
    const doc = html('<div></div>');
    for (const [group, entries] of Object.entries(SENT_SELECTORS)) {
      for (const e of entries) {
        expect(e.seen, `${group}: ${e.css}`).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        expect(() => doc.querySelectorAll(e.css), `${group}: ${e.css}`).not.toThrow();
      }
    }
  });
});
