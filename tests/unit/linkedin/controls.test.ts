/** Where LinkedIn's Send and other controls are, by structure first (issue 11: our UI keeps clear of them). */
import { describe, expect, it } from 'vitest';
import { controlsIn, isPrimaryAction, sendControl } from '../../../lib/linkedin/controls';
import { findSurfaces } from '../../../lib/linkedin/detect';
import { profileName } from '../../../lib/linkedin/recipient';
import { fixtureDocument, fixtureUrl } from './fixture-dom';

const send = (name: string) => {
  const doc = fixtureDocument(name);
  const url = fixtureUrl(name);
  const [s] = findSurfaces(doc, { url, inviteRecipient: profileName(doc, url) }).surfaces;
  if (!s) throw new Error(`no surface on ${name}`);
  return { s, send: sendControl(s.key, s.area) };
};

describe('Send', () => {
  it.each([
    ['connect-legacy-note', 'Send invitation'],
    ['connect-2025', 'Send invitation'],
    ['connect-2026-note-free', 'Send invitation'],
    ['connect-2026-non-english', 'Einladung senden'],
  ])('%s: the dialog’s primary button, rendered last', (name, label) => {
    const { s, send: b } = send(name);
    expect(b?.getAttribute('aria-label')).toBe(label);
    expect(isPrimaryAction(b as Element, s.area)).toBe(true);
  });

  it.each([
    'messaging-bubbles',
    'messaging-compose-bubble',
    'messaging-page',
    'messaging-2026-hashed',
    'inmail',
    'salesnav',
    'comment-quill',
    'post-composer-legacy',
  ])('%s: the form’s Send', (name) => {
    const { send: b } = send(name);
    expect(b?.textContent?.trim()).toMatch(/^(Send|Post)$/);
  });

  it('controls around a box exclude the box itself', () => {
    const { s } = send('messaging-bubbles');
    const controls = controlsIn(s.area, s.key);
    expect(controls).not.toContain(s.key);
    expect(controls.map((c) => c.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'Open Emoji Keyboard',
        'Attach an image to your conversation',
        'Open send options',
      ]),
    );
  });
});
