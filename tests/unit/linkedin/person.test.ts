import { describe, expect, it } from 'vitest';
import { readChatPerson } from '../../../lib/linkedin/chat-person';
import { parseDegree } from '../../../lib/linkedin/degree';
import { findSurfaces } from '../../../lib/linkedin/detect';
import { pathOf } from '../../../lib/linkedin/dom';
import { readProfile } from '../../../lib/linkedin/profile';
import { normaliseProfileUrl } from '../../../lib/linkedin/profile-url';
import { dialogRecipient } from '../../../lib/linkedin/recipient';
import { PROFILE_SELECTORS } from '../../../lib/linkedin/selectors';
import { FIXTURES, fixtureNames } from '../../fixtures/linkedin/index';
import { fixtureDocument, fixtureUrl } from './fixture-dom';

const html = (body: string, title = 'Mia Kovač | LinkedIn') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
const URL_MIA = 'https://www.linkedin.com/in/mia-kovac/';

/** A 2026-style top card (hashed classes left out on purpose) with the given action row. */
const card2026 = (actions: string, extra = '', degree = '<p><span aria-hidden="true">· 2nd</span></p>') =>
  html(`<main><section componentkey="com.linkedin.sdui.profile.card.refXYZTopcard">
    <div><div><h2>Mia Kovač</h2></div><p>Head of Growth at Adria Labs</p>
    <p>Zagreb, Croatia · <a href="/in/mia-kovac/overlay/contact-info/">Contact info</a></p>${degree}
    <p><a href="/search/results/people/?network=F">500+ connections</a></p></div>
    <div>${actions}</div></section></main>${extra}`);

const profileFixtures = fixtureNames().filter((n) => FIXTURES[n]?.expect.profile);

describe('readProfile on every profile fixture', () => {
  it('covers the nine profile fixtures', () => {
    expect(profileFixtures.length).toBeGreaterThanOrEqual(9);
  });

  it.each(profileFixtures)('%s', (name) => {
    const want = FIXTURES[name]?.expect.profile;
    if (!want) throw new Error(name);
    for (const seed of [7, 1234]) {
      const got = readProfile(fixtureDocument(name, seed), fixtureUrl(name));
      expect(got).not.toBeNull();
      expect({
        name: got?.name,
        headline: got?.headline,
        degree: got?.degree,
        state: got?.state,
        profileUrl: got?.profileUrl,
      }).toEqual(want);
      expect(got?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('uses locale-free evidence on the French profile (invite href, not the label)', () => {
    const got = readProfile(
      fixtureDocument('profile-2026-connectable-fr'),
      fixtureUrl('profile-2026-connectable-fr'),
    );
    expect(got?.evidence.join(' | ')).toMatch(/invite link in the top card \(\/preload\/custom-invite\//);
  });

  it('reads the pending state from structure when the English label is gone', () => {
    const doc = fixtureDocument('profile-2026-pending');
    const pending = doc.querySelector('a[aria-label^="Pending"]');
    pending?.setAttribute(
      'aria-label',
      'En attente, cliquez pour retirer l’invitation envoyée à Søren Kierkegaard-Nielsen',
    );
    pending?.setAttribute('href', '#');
    const got = readProfile(doc, fixtureUrl('profile-2026-pending'));
    expect(got?.state).toBe('pending');
  });

  it('reads an incoming request from its shape when labels are translated', () => {
    const doc = fixtureDocument('profile-2026-incoming');
    const [accept, ignore] = doc.querySelectorAll('button[aria-label*="request to connect"]');
    accept?.setAttribute('aria-label', 'Kabul et: Oluwaseun Adébáyọ̀');
    ignore?.setAttribute('aria-label', 'Yoksay: Oluwaseun Adébáyọ̀');
    const got = readProfile(doc, fixtureUrl('profile-2026-incoming'));
    expect(got?.state).toBe('incoming');
    expect(got?.evidence.join(' ')).toMatch(/shape of an incoming request/);
  });
});

describe('readProfile on pages that are not profiles', () => {
  const nonProfiles = fixtureNames().filter((n) => !new URL(fixtureUrl(n)).pathname.startsWith('/in/'));

  it.each(nonProfiles)('%s → null', (name) => {
    expect(readProfile(fixtureDocument(name), fixtureUrl(name))).toBeNull();
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/company/adria-labs/',
    'https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH,x/',
    'https://example.com/in/mia-kovac/',
    'not a url',
  ])('%s → null', (url) => {
    expect(readProfile(html('<main><h1>Mia Kovač</h1></main>'), url)).toBeNull();
  });

  it('never throws on any fixture page served at a profile URL', () => {
    for (const name of fixtureNames()) {
      const url = fixtureUrl(name);
      const got = readProfile(fixtureDocument(name), url);
      if (new URL(url).pathname.startsWith('/in/')) expect(got?.profileUrl).toBe(normaliseProfileUrl(url));
    }
  });

  it('reads the InMail page’s legacy top card stub (3rd degree, no actions → unknown)', () => {
    const got = readProfile(fixtureDocument('inmail'), fixtureUrl('inmail'));
    expect(got).toMatchObject({
      name: 'Camille Lefèvre',
      headline: 'Responsable marketing chez Éditions Lumière',
      degree: 3,
      state: 'unknown',
    });
  });
});

describe('readProfile on markup drift (hand-written snippets)', () => {
  it('Connect only inside a [role=menu] portal → connectable', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><button aria-label="Follow Mia Kovač">Follow</button><button aria-expanded="true">More</button>',
      '<div id="portal"><div role="menu"><a role="menuitem" href="/in/mia-kovac/save-to-pdf/">Save to PDF</a><a role="menuitem" href="/preload/custom-invite/?vanityName=Mia-Kovac">Connect</a></div></div>',
    );
    const got = readProfile(doc, URL_MIA);
    expect(got?.state).toBe('connectable');
    expect(got?.degree).toBe(2);
    expect(got?.evidence.join(' ')).toMatch(/in the More menu/);
  });

  it('Connect inside a menu portal in an open shadow root → connectable', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><button aria-expanded="true">More</button>',
      '<div id="host"></div>',
    );
    const host = doc.getElementById('host');
    const root = host?.attachShadow({ mode: 'open' });
    if (root)
      root.innerHTML =
        '<div role="menu"><a role="menuitem" href="/preload/custom-invite/?vanityName=mia-kovac">Connect</a></div>';
    expect(readProfile(doc, URL_MIA)?.state).toBe('connectable');
  });

  it('an invite link for someone else (sidebar) does not make a 1st-degree profile connectable', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><button aria-expanded="false">More</button>',
      '<aside><a href="/preload/custom-invite/?vanityName=someone-else" aria-label="Invite Someone Else to connect">Connect</a></aside>',
      '<p>· 1st</p>',
    );
    const got = readProfile(doc, URL_MIA);
    expect(got?.state).toBe('first-degree');
    expect(got?.degree).toBe(1);
  });

  it('Message only and no degree badge → 1st degree, degree inferred', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><button aria-expanded="false">More</button>',
      '',
      '',
    );
    const got = readProfile(doc, URL_MIA);
    expect(got).toMatchObject({ state: 'first-degree', degree: 1 });
    expect(got?.evidence.join(' ')).toMatch(/inferred/);
  });

  it('Message only with a 2nd-degree badge → follow-only (Connect may hide in a closed More menu)', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><button aria-expanded="false">More</button>',
    );
    const got = readProfile(doc, URL_MIA);
    expect(got).toMatchObject({ state: 'follow-only', degree: 2 });
  });

  it('own profile with a legacy edit-forms link → self', () => {
    const doc = card2026(
      '<a href="/in/mia-kovac/edit/forms/intro/new/?profileFormEntryPoint=PROFILE_SECTION">Edit</a>',
      '',
      '',
    );
    expect(readProfile(doc, 'https://www.linkedin.com/in/Mia-Kovac/?trk=x')?.state).toBe('self');
  });

  it('unknown layout → state unknown with evidence, name from <title>, never a crash', () => {
    const doc = html('<div id="app"><div><span>Mia Kovač</span><span>Something new</span></div></div>');
    const got = readProfile(doc, URL_MIA);
    expect(got).toMatchObject({ name: 'Mia Kovač', state: 'unknown', degree: null, profileUrl: URL_MIA });
    expect(got?.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('a top card with unknown buttons → unknown, and says how many controls it saw', () => {
    const doc = card2026('<button>✨</button><button>🔔</button>', '', '');
    const got = readProfile(doc, URL_MIA);
    expect(got?.state).toBe('unknown');
    expect(got?.evidence.join(' ')).toMatch(/no recognised action among 2 control/);
  });

  it('a Follow anchor (not a button) naming the person is not mistaken for Pending', () => {
    const doc = card2026(
      '<a href="/messaging/compose/?recipient=ACoAAX">Message</a><a href="#" aria-label="Follow Mia Kovač">Follow</a><button aria-expanded="false">More</button>',
    );
    expect(readProfile(doc, URL_MIA)?.state).toBe('follow-only');
  });

  it('without a recognised top card, other people’s badges and buttons are ignored', () => {
    const doc = html(`<div id="app"><div><span>Mia Kovač</span></div>
      <ul><li><a href="/in/ana-b/">Ana B.</a><span>· 2nd</span><button aria-label="Follow Ana B.">Follow</button>
      <a href="/messaging/compose/?recipient=ACoAAY" aria-label="Message Ana B.">Message</a></li></ul></div>`);
    const got = readProfile(doc, URL_MIA);
    expect(got).toMatchObject({ state: 'unknown', degree: null });
    expect(got?.evidence.join(' ')).toMatch(/ignored 3 control/);
  });

  it('an empty document → unknown, not a crash', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    expect(readProfile(doc, URL_MIA)).toMatchObject({ state: 'unknown', name: null, profileUrl: URL_MIA });
  });

  it('no top-card marker: the first <section> of <main> with a heading, German badge, pronoun skipped', () => {
    const doc = html(`<main><section><div><h2>Jürgen Weiß</h2><p>(er/ihm)</p></div><p>CTO bei Isarwerk</p>
      <p><span aria-hidden="true">· 2.</span><span>Kontakt 2. Grades</span></p>
      <div><a href="/preload/custom-invite/?vanityName=juergen-weiss-muc" aria-label="Jürgen Weiß als Kontakt hinzufügen">Vernetzen</a></div>
      </section><section><h2>Info</h2></section></main>`);
    expect(readProfile(doc, 'https://de.linkedin.com/in/juergen-weiss-muc')).toEqual(
      expect.objectContaining({
        name: 'Jürgen Weiß',
        headline: 'CTO bei Isarwerk',
        degree: 2,
        state: 'connectable',
        profileUrl: 'https://www.linkedin.com/in/juergen-weiss-muc/',
      }),
    );
  });

  it('a "2nd year" headline is not read as a degree', () => {
    const doc = card2026('<a href="/messaging/compose/?recipient=ACoAAX">Message</a>', '', '');
    const p = doc.querySelector('section p');
    if (p) p.textContent = '2nd year PhD student at Uni Zagreb';
    const got = readProfile(doc, URL_MIA);
    expect(got?.headline).toBe('2nd year PhD student at Uni Zagreb');
    expect(got?.evidence.join(' ')).not.toMatch(/degree badge "/);
  });

  it('every person selector entry is dated', () => {
    for (const entries of Object.values(PROFILE_SELECTORS))
      for (const e of entries) expect(e.seen).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe('readChatPerson on the messaging fixtures', () => {
  const cases: [string, string, string | null][] = [
    ['messaging-bubbles', 'Zoë Ångström', 'https://www.linkedin.com/in/zoe-angstrom-4a1b2c/'],
    ['messaging-bubbles', 'Nguyễn Thị Minh Khai', 'https://www.linkedin.com/in/nguyen-thi-minh-khai/'],
    ['messaging-page', 'Søren Kierkegaard-Nielsen', 'https://www.linkedin.com/in/soren-kierkegaard-nielsen/'],
    ['messaging-2026-hashed', 'José Núñez', 'https://www.linkedin.com/in/jose-nunez-88/'],
    ['inmail', 'Camille Lefèvre', null],
    ['salesnav', '李小龍', null],
  ];

  it.each(cases)('%s: %s', (fixture, name, profileUrl) => {
    const doc = fixtureDocument(fixture);
    const { surfaces } = findSurfaces(doc, { url: fixtureUrl(fixture), inviteRecipient: null });
    const people = surfaces.map((s) => readChatPerson(s.container));
    expect(people).toContainEqual({ name, profileUrl });
  });

  it('matches the recipient every messaging fixture expects', () => {
    for (const fixture of ['messaging-bubbles', 'messaging-page', 'messaging-2026-hashed', 'inmail']) {
      const doc = fixtureDocument(fixture);
      const { surfaces } = findSurfaces(doc, { url: fixtureUrl(fixture), inviteRecipient: null });
      expect(surfaces.map((s) => readChatPerson(s.container).name)).toEqual(
        FIXTURES[fixture]?.expect.surfaces.map((s) => s.recipient),
      );
    }
  });

  it('prefers the link that names the person over the user’s own link in the message list', () => {
    const doc = html(`<section aria-label="Conversation with Mia Kovač"><div role="list">
      <div role="listitem"><a href="/in/alex-morgan-cc/">Alex Morgan</a><p>Hi!</p></div>
      <div role="listitem"><a href="/in/Mia-Kovac/?miniProfileUrn=x">Mia Kovač</a><p>Hello</p></div></div></section>`);
    const section = doc.querySelector('section');
    if (!section) throw new Error('no section');
    expect(readChatPerson(section)).toEqual({ name: 'Mia Kovač', profileUrl: URL_MIA });
  });

  it('two different people linked and no name to tell them apart → no profile URL', () => {
    const doc = html(
      '<div id="c"><a href="/in/a-b/"><img alt=""></a><a href="/in/c-d/"><img alt=""></a></div>',
    );
    const c = doc.getElementById('c');
    if (!c) throw new Error('no container');
    expect(readChatPerson(c).profileUrl).toBeNull();
  });
});

/**
 * Who an invitation dialog is for: the name the dialog shows (legacy <strong>), else the profile on the
 * page (the 2026 dialogs do not name the person).
 */
function readInvitePerson(doc: Document, url: string, dialog: Element | null) {
  const profile = pathOf(url) !== null ? readProfile(doc, url) : null;
  const fromDialog = dialog ? dialogRecipient(dialog) : null;
  return { name: fromDialog ?? profile?.name ?? null, profileUrl: profile?.profileUrl ?? null };
}

describe('readInvitePerson on the connect fixtures', () => {
  const connect = fixtureNames().filter((n) => n.startsWith('connect-'));
  it.each(connect)('%s', (name) => {
    const info = FIXTURES[name];
    if (!info) throw new Error(name);
    const recipient =
      info.expect.surfaces[0]?.recipient ??
      info.expect.steps?.[0]?.surfaces[0]?.recipient ??
      info.expect.expectAfterAddNote?.surfaces[0]?.recipient;
    const doc = fixtureDocument(name);
    const dialog = doc.querySelector('dialog[open], .artdeco-modal, artdeco-modal');
    const got = readInvitePerson(doc, info.url, dialog);
    expect(got.profileUrl).toBe(info.url);
    if (recipient) expect(got.name).toBe(recipient);
  });
});

describe('normaliseProfileUrl', () => {
  const Z = 'https://www.linkedin.com/in/zoe-angstrom-4a1b2c/';
  const LI = 'https://www.linkedin.com/in/李小龍-1940/';
  it.each<[string, string | undefined, string | null]>([
    ['https://www.linkedin.com/in/zoe-angstrom-4a1b2c/', undefined, Z],
    ['https://www.linkedin.com/in/zoe-angstrom-4a1b2c', undefined, Z],
    ['/in/zoe-angstrom-4a1b2c/', undefined, Z],
    ['in/zoe-angstrom-4a1b2c/', 'https://www.linkedin.com/', Z],
    ['/in/Zoe-Angstrom-4A1B2C/?miniProfileUrn=urn%3Ali%3Afs#about', undefined, Z],
    ['/in/zoe-angstrom-4a1b2c/overlay/contact-info/', undefined, Z],
    ['https://www.linkedin.com/in/zoe-angstrom-4a1b2c/details/experience/?x=1', undefined, Z],
    ['https://se.linkedin.com/in/zoe-angstrom-4a1b2c', undefined, Z],
    ['http://linkedin.com/in/zoe-angstrom-4a1b2c/', undefined, Z],
    ['linkedin.com/in/zoe-angstrom-4a1b2c', undefined, Z],
    ['//www.linkedin.com/in/zoe-angstrom-4a1b2c/', undefined, Z],
    ['../in/zoe-angstrom-4a1b2c/', 'https://www.linkedin.com/feed/', Z],
    ['https://www.linkedin.com/in/%E6%9D%8E%E5%B0%8F%E9%BE%8D-1940/', undefined, LI],
    ['https://www.linkedin.com/in/%e6%9d%8e%e5%b0%8f%e9%be%8d-1940/', undefined, LI],
    ['/in/李小龍-1940', undefined, LI],
    ['/in/J%C3%BCrgen-Wei%C3%9F/', undefined, 'https://www.linkedin.com/in/jürgen-weiß/'],
    ['/in/ju%CC%88rgen/', undefined, 'https://www.linkedin.com/in/jürgen/'], // NFD → NFC
    ['/in/%E0%A4%A/', undefined, 'https://www.linkedin.com/in/%e0%a4%a/'], // malformed escape: kept, lowercased
    ['/in/me/', undefined, null],
    ['/in/', undefined, null],
    ['/in//', undefined, null],
    ['/feed/', undefined, null],
    ['/company/nordlys/', undefined, null],
    ['/pub/zoe-angstrom/1/2/3', undefined, null],
    ['/sales/lead/ACwAAB,NAME_SEARCH,x/', undefined, null],
    ['/preload/custom-invite/?vanityName=zoe-angstrom-4a1b2c', undefined, null],
    ['https://example.com/in/zoe-angstrom-4a1b2c/', undefined, null],
    ['https://linkedin.com.evil.example/in/zoe/', undefined, null],
    ['javascript:alert(1)', undefined, null],
    ['mailto:zoe@example.com', undefined, null],
    ['', undefined, null],
    ['   ', undefined, null],
  ])('%s (base %s) → %s', (href, base, want) => {
    expect(normaliseProfileUrl(href, base)).toBe(want);
  });
});

describe('parseDegree', () => {
  it.each<[string, 1 | 2 | 3 | null]>([
    ['1st', 1],
    ['2nd', 2],
    ['3rd', 3],
    ['3rd+', 3],
    ['· 2nd', 2],
    ['•\u00a01st', 1],
    ['2nd degree connection', 2],
    ['1st degree connection', 1],
    ['3rd+ degree connection', 3],
    ['  · 3rd+  ', 3],
    ['Zoë Ångström · 2nd', 2],
    // French
    ['· 2e', 2],
    ['1er', 1],
    ['3e+', 3],
    ['Relation de 2e niveau', 2],
    ['Relation de 1er niveau', 1],
    // German
    ['Kontakt 2. Grades', 2],
    ['· 3.', 3],
    ['1. Grad', 1],
    // Spanish / Portuguese / Italian
    ['2º', 2],
    ['· 3º+', 3],
    ['1°', 1],
    ['Contacto de 2.º grado', 2],
    ['Conexão de 1º grau', 1],
    ['Collegamento di 3° livello', 3],
    ['1.er', 1],
    // Dutch
    ['2e-graads connectie', 2],
    // Not degrees
    ['2.', null],
    ['4th', null],
    ['21st', null],
    ['2nd year PhD student', null],
    ['21st Century Fox', null],
    ['500+ connections', null],
    ['Top 1% of sellers', null],
    ['2nd degree burns specialist', null],
    ['1st place, 2nd degree', null],
    ['Version 2.0', null],
    ['Level 2', null],
    ['Connect', null],
    ['', null],
    ['Product designer at Nordlys Studio · Design systems, accessibility', null],
    ['The 2nd degree connection is the one you want to reach, says everyone on LinkedIn', null],
  ])('%j → %s', (text, want) => {
    expect(parseDegree(text)).toBe(want);
  });
});
