/**
 * A "New message" compose bubble's header names no one. Issue 11: the recipient is the person picked in
 * the recipient pill or the selected-person card, decided by structure, in any UI language.
 */
import { describe, expect, it } from 'vitest';
import { readChatPerson } from '../../../lib/linkedin/chat-person';
import { findSurfaces } from '../../../lib/linkedin/detect';
import { conversationRecipient, pickedRecipients } from '../../../lib/linkedin/recipient';
import { fixtureDocument, fixtureUrl } from './fixture-dom';

const URL = 'https://www.linkedin.com/feed/';

/** A compose bubble with hashed classes (only the message form keeps its BEM class, as in 2026): header, picker with pills, optional card. */
function bubble(title: string, pills: string[], card = '', inputLabel = 'Type a name or multiple names') {
  const pillHtml = pills
    .map(
      (p) =>
        `<div class="_a1" role="button" tabindex="0" aria-label="x"><span class="_a2">${p}</span><svg aria-hidden="true"></svg></div>`,
    )
    .join('');
  return new DOMParser().parseFromString(
    `<header class="_nav"><input role="combobox" aria-autocomplete="list" aria-label="Search"></header>
     <aside><div class="_bubble">
       <header class="_h"><h2>${title}</h2><button>x</button></header>
       <div class="_t"><label class="_sr" for="i">${inputLabel}</label><div class="_top">${pillHtml}<input id="i" type="text" role="combobox" aria-autocomplete="list"></div><ul role="listbox"><li role="option">Someone Else</li></ul></div>
       ${card}
       <form class="msg-form"><div class="_ed"><div contenteditable="true" role="textbox"><p><br></p></div></div><button type="submit">Send</button></form>
     </div></aside>`,
    'text/html',
  );
}

describe('compose bubbles', () => {
  it('the fixture: the pill names the recipient, not the "New message" header', () => {
    const doc = fixtureDocument('messaging-compose-bubble');
    const [surface] = findSurfaces(doc, { url: fixtureUrl('messaging-compose-bubble') }).surfaces;
    expect(surface?.recipient).toBe("Mary O'Brien");
    expect(readChatPerson(surface?.container as Element)).toEqual({
      name: "Mary O'Brien",
      profileUrl: 'https://www.linkedin.com/in/mary-obrien-dub/',
    });
  });

  it.each([
    ['English', 'New message', 'Type a name or multiple names'],
    ['German', 'Neue Nachricht', 'Namen eingeben'],
    ['Japanese', '新規メッセージ', '名前を入力'],
  ])('%s UI, hashed classes: the pill decides', (_lang, title, label) => {
    const doc = bubble(title, ['Zoë Ångström'], '', label);
    const [surface] = findSurfaces(doc, { url: URL }).surfaces;
    expect(surface?.kind).toBe('message');
    expect(surface?.recipient).toBe('Zoë Ångström');
  });

  it('no one picked yet: no recipient (never the header text)', () => {
    const doc = bubble('New message', []);
    const [surface] = findSurfaces(doc, { url: URL }).surfaces;
    expect(surface?.recipient).toBeNull();
    expect(readChatPerson(surface?.container as Element).name).toBeNull();
  });

  it('only the selected-person card: its profile link names the person', () => {
    const doc = bubble(
      'New message',
      [],
      '<div><a href="/in/li-xiaolong-1940/">李小龍</a><p>Film producer</p></div>',
    );
    const [surface] = findSurfaces(doc, { url: URL }).surfaces;
    expect(surface?.recipient).toBe('李小龍');
    expect(readChatPerson(surface?.container as Element).profileUrl).toBe(
      'https://www.linkedin.com/in/li-xiaolong-1940/',
    );
  });

  it('two people picked: a group, so no single recipient', () => {
    const doc = bubble('New message', ['Zoë Ångström', 'José Núñez']);
    const [surface] = findSurfaces(doc, { url: URL }).surfaces;
    expect(pickedRecipients(surface?.container as Element)).toEqual(['Zoë Ångström', 'José Núñez']);
    expect(surface?.recipient).toBeNull();
  });

  it('an ordinary conversation (no picker) still reads its header', () => {
    const doc = fixtureDocument('messaging-bubbles');
    const bubbles = doc.querySelectorAll('.msg-overlay-conversation-bubble');
    expect(conversationRecipient(bubbles[0] as Element)).toBe('Zoë Ångström');
    expect(pickedRecipients(bubbles[0] as Element)).toBeNull();
  });
});
