/**
 * The page facts the advisor merges (issue 12), read by structure on our fixture pages and on
 * synthetic markup in other languages: who wrote last and when, the profile's state, the quota line.
 */
import { describe, expect, it } from 'vitest';
import { parseDay, parseMessageTime } from '../../../lib/linkedin/page-dates';
import { factsFor, readPageFacts } from '../../../lib/linkedin/page-facts';
import { readNoteQuota } from '../../../lib/linkedin/quota';
import { readThread } from '../../../lib/linkedin/thread';
import { fixtureDocument, fixtureUrl } from './fixture-dom';

// Saturday 5 December 2026, 14:00 on the reading machine's clock (the page's local time).
const NOW = new Date(2026, 11, 5, 14, 0);
const local = (m: number, d: number, h = 0, min = 0) => new Date(2026, m, d, h, min).toISOString();

const doc = (body: string, lang = 'en') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`,
    'text/html',
  );

describe('the conversation on the page', () => {
  it('messaging page: his "Any update?" at 9:41 today is the last message', () => {
    const facts = readPageFacts(fixtureDocument('messaging-page'), fixtureUrl('messaging-page'), NOW);
    const soren = factsFor(facts, { name: 'Søren Kierkegaard-Nielsen', profileUrl: null });
    expect(soren?.profileUrl).toBe('https://www.linkedin.com/in/soren-kierkegaard-nielsen/');
    expect(soren?.thread).toEqual({
      lastBy: 'them',
      lastAt: local(11, 5, 9, 41),
      precision: 'minute',
      mine: 1,
      theirs: 2,
    });
  });

  it('hashed 2026 thread: the user answered last', () => {
    const facts = readPageFacts(
      fixtureDocument('messaging-2026-hashed'),
      fixtureUrl('messaging-2026-hashed'),
      NOW,
    );
    expect(facts.people[0]?.thread).toMatchObject({ lastBy: 'me', lastAt: local(11, 5, 11, 31) });
  });

  it('two chat bubbles: each person with their own last message', () => {
    const facts = readPageFacts(fixtureDocument('messaging-bubbles'), fixtureUrl('messaging-bubbles'), NOW);
    expect(facts.people.map((p) => [p.name, p.thread?.lastBy])).toEqual([
      ['Zoë Ångström', 'me'],
      ['Nguyễn Thị Minh Khai', 'them'],
    ]);
  });

  const thread = (items: string, lang = 'en') =>
    doc(
      `<section aria-label="x"><a href="/in/kai-muller/"><h2>Kai Müller</h2></a><ul>${items}</ul><form><div contenteditable="true" role="textbox"></div></form></section>`,
      lang,
    ).querySelector('section') as Element;
  const item = (name: string | null, time: string, body: string) =>
    `<li>${name ? `<div><strong>${name}</strong> <time>${time}</time></div>` : ''}<p>${body}</p></li>`;
  const partner = { name: 'Kai Müller', profileUrl: 'https://www.linkedin.com/in/kai-muller/' };

  it('German: day headings ("Gestern", "Heute") give clock times their day; continuation items keep the sender', () => {
    const el = thread(
      `<li><time>Gestern</time></li>${item('Kai Müller', '16:05', 'Hallo!')}${item('Alex Morgan', '16:30', 'Danke, gerne.')}` +
        `<li><time>Heute</time></li>${item('Kai Müller', '09:12', 'Passt Donnerstag?')}${item(null, '', 'Oder Freitag.')}`,
      'de',
    );
    expect(readThread(el, partner, NOW, 'de', el.querySelector('form'))).toEqual({
      lastBy: 'them',
      lastAt: local(11, 5, 9, 12),
      precision: 'minute',
      mine: 1,
      theirs: 2,
    });
  });

  it('French weekday and a date with a month name, day precision', () => {
    const el = thread(
      `${item('Kai Müller', '3 nov.', 'Bonjour')}${item('Alex Morgan', 'mar.', 'Merci !')}`,
      'fr',
    );
    // Tuesday before Saturday 5 December: 1 December.
    expect(readThread(el, partner, NOW, 'fr')).toMatchObject({
      lastBy: 'me',
      lastAt: local(11, 1),
      precision: 'day',
    });
  });

  it('a <time datetime> wins; a group chat gives no answer; no time at all keeps who wrote last', () => {
    const dated = thread(
      `<li><div><strong>Kai Müller</strong> <time datetime="2026-12-04T08:00:00.000Z">yesterday</time></div><p>Hi</p></li>`,
    );
    expect(readThread(dated, partner, NOW, 'en')).toMatchObject({
      lastAt: '2026-12-04T08:00:00.000Z',
      precision: 'minute',
    });
    const group = thread(
      `${item('Kai Müller', '9:00 AM', 'a')}${item('Alex Morgan', '9:01 AM', 'b')}${item('Sam Lee', '9:02 AM', 'c')}`,
    );
    expect(readThread(group, partner, NOW, 'en')).toBeNull();
    const untimed = thread(`<li><div><strong>Kai Müller</strong> <span>·</span></div><p>Hi there</p></li>`);
    expect(readThread(untimed, partner, NOW, 'en')).toBeNull();
  });

  it('a date in the future (last year’s "Dec 20" read as this year) keeps who wrote last, not the time', () => {
    const el = thread(item('Kai Müller', 'Dec 20, 2026', 'Hi'));
    expect(readThread(el, partner, NOW, 'en')).toMatchObject({
      lastBy: 'them',
      lastAt: null,
      precision: null,
    });
  });
});

describe('dates in the page language', () => {
  it.each([
    ['Today', 'en', local(11, 5)],
    ['Yesterday', 'en', local(11, 4)],
    ['Tue', 'en', local(11, 1)],
    ['Saturday', 'en', local(11, 5)],
    ['Mar 3', 'en', local(2, 3)],
    ['3 Mar 2025', 'en-GB', new Date(2025, 2, 3).toISOString()],
    ['12/03/2026', 'en-US', local(11, 3)],
    ['12/03/2026', 'en-GB', local(2, 12)],
    ['3. März', 'de', local(2, 3)],
    ['heute', 'de', local(11, 5)],
    ['3 de marzo de 2026', 'es', local(2, 3)],
    ['ontem', 'pt', local(11, 4)],
  ])('%s (%s)', (text, lang, want) => {
    const at = parseDay(text, NOW, lang);
    expect(at === null ? null : new Date(at).toISOString()).toBe(want);
  });

  it('words that are not days are not days', () => {
    for (const text of ['Any update?', 'Sounds good', 'Mar', '45', 'Hi Tue'])
      expect(parseDay(text, NOW, 'en')).toBeNull();
    const el = doc('<span>Any update?</span>').querySelector('span') as Element;
    expect(parseMessageTime(el, null, NOW, 'en')).toBeNull();
  });
});

describe('the profile and the quota', () => {
  it('a profile: its relationship state', () => {
    const facts = readPageFacts(fixtureDocument('profile-2026-first'), fixtureUrl('profile-2026-first'), NOW);
    expect(facts.people[0]).toMatchObject({
      name: 'Nguyễn Thị Minh Khai',
      profile: { state: 'first-degree', degree: 1 },
    });
  });

  it('the invitation dialog: "1 personalized invitation remaining"; used up: 0', () => {
    const free = readPageFacts(
      fixtureDocument('connect-2026-note-free'),
      fixtureUrl('connect-2026-note-free'),
      NOW,
    );
    expect(free.quota).toEqual({ left: 1 });
    const out = readPageFacts(
      fixtureDocument('connect-2026-quota-exhausted'),
      fixtureUrl('connect-2026-quota-exhausted'),
      NOW,
    );
    expect(out.quota).toEqual({ left: 0 });
    // Premium: no quota line.
    const premium = readPageFacts(
      fixtureDocument('connect-2026-note-premium'),
      fixtureUrl('connect-2026-note-premium'),
      NOW,
    );
    expect(premium.quota).toBeNull();
  });

  it('the quota line in other languages, and never the character limit or the counter', () => {
    const dialog = (lines: string) =>
      doc(
        `<dialog open><p>${lines}</p><textarea maxlength="200"></textarea><span>0/200</span></dialog>`,
      ).querySelector('dialog') as Element;
    expect(readNoteQuota(dialog('Il vous reste 3 invitations personnalisées ce mois-ci.'))).toEqual({
      left: 3,
    });
    expect(readNoteQuota(dialog('Noch 2 personalisierte Einladungen in diesem Monat.'))).toEqual({ left: 2 });
    expect(readNoteQuota(dialog('Please limit personal note to 300 characters.'))).toBeNull();
    expect(readNoteQuota(dialog('Add a note to your invitation'))).toBeNull();
  });
});
