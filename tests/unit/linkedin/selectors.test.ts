/**
 * Each selector in the registry, counted on every fixture page (refined-github's expected-match
 * habit). A LinkedIn markup change shows up here as a fixture update plus a changed count, never as
 * a silent miss. Fallbacks with no fixture of their generation yet expect no matches anywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  COMPOSE_SELECTORS,
  PROFILE_SELECTORS,
  SELECTORS,
  SENT_SELECTORS,
} from '../../../lib/linkedin/selectors';
import { fixtureNames } from '../../fixtures/linkedin/index';
import { fixtureDocument } from './fixture-dom';

/** [group, selector, matches per fixture (absent = 0)], static state of each page. */
const EXPECTED: [string, string, Record<string, number>][] = [
  [
    'dialog',
    'dialog',
    {
      'connect-2026-gate': 1,
      'connect-2026-note-free': 1,
      'connect-2026-note-premium': 1,
      'connect-2026-quota-exhausted': 1,
      'connect-2026-two-step': 1,
      'connect-2026-non-english': 1,
      decoys: 2,
    },
  ],
  [
    'dialog',
    '[role="dialog"]',
    {
      'connect-legacy-gate': 1,
      'connect-legacy-note': 1,
      'connect-2025': 1,
      decoys: 1,
      'post-composer': 1,
      'post-composer-legacy': 1,
    },
  ],
  ['dialog', '[role="alertdialog"]', {}],
  ['dialog', '[aria-modal="true"]', {}],
  ['dialog', 'artdeco-modal', { 'connect-2025': 1 }],
  [
    'dialog',
    '.artdeco-modal',
    { 'connect-legacy-gate': 1, 'connect-legacy-note': 1, 'connect-2025': 1, 'post-composer-legacy': 1 },
  ],
  ['dialog', '.modal-wormhole-content', {}],
  ['videoDialog', '.vjs-modal-dialog', { decoys: 1 }],
  ['videoDialog', '.video-js', {}],
  ['inviteNote', 'textarea#custom-message', { 'connect-legacy-note': 1 }],
  ['inviteNote', 'textarea[name="message"]', { 'connect-legacy-note': 1, 'connect-2025': 1, salesnav: 1 }],
  ['inviteNote', '.send-invite__custom-message', {}],
  [
    'inviteNote',
    '.connect-button-send-invite__custom-message',
    { 'connect-legacy-note': 1, 'connect-2025': 1 },
  ],
  ['inviteDialog', '.send-invite', { 'connect-legacy-gate': 1, 'connect-legacy-note': 1, 'connect-2025': 1 }],
  ['inviteDialog', '.connect-cta-form', {}],
  [
    'messagingForm',
    'form.msg-form',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, 'messaging-page': 1, inmail: 1 },
  ],
  [
    'messagingForm',
    '.msg-form',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, 'messaging-page': 1, inmail: 1 },
  ],
  [
    'messagingForm',
    '.msg-form__message-texteditor',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, 'messaging-page': 1, inmail: 1 },
  ],
  ['messagingForm', '.msg-inmail-compose-form-v2', { inmail: 1 }],
  [
    'messagingContainer',
    '.msg-overlay-conversation-bubble',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, inmail: 1 },
  ],
  ['messagingContainer', '.msg-convo-wrapper', {}],
  [
    'activeBubble',
    '.msg-overlay-conversation-bubble--is-active',
    { 'messaging-bubbles': 1, 'messaging-compose-bubble': 1, inmail: 1 },
  ],
  ['messagingContainer', '.msg-thread', { 'messaging-page': 1 }],
  ['messagingContainer', '#message-overlay', { salesnav: 1 }],
  ['subject', '.msg-form__subject-line input', { inmail: 1 }],
  ['subject', 'input.msg-form__subject', { inmail: 1 }],
  ['subject', '.msg-inmail-compose-form__subject-input', { inmail: 1 }],
  ['subject', 'input.compose-form__subject-field', { salesnav: 1 }],
  ['subject', 'input[name="subject"]', {}],
  ['salesNavBody', 'textarea.compose-form__message-field', { salesnav: 1 }],
  ['salesNavBody', '.compose-form__message-editor', {}],
  ['salesNavContainer', '#message-overlay', { salesnav: 1 }],
  ['salesNavContainer', '.compose-form', { salesnav: 1 }],
  ['commentBox', 'form.comments-comment-box__form', { 'comment-quill': 1 }],
  ['commentBox', '.comments-comment-box', { 'comment-quill': 1 }],
  ['commentBox', '.comments-comment-texteditor', { 'comment-quill': 1 }],
  ['commentBox', '.comments-comment-box__editor', { 'comment-quill': 1 }],
  ['postComposer', '.share-creation-state', { 'post-composer-legacy': 1 }],
  ['postComposer', '.share-box', { 'post-composer-legacy': 1 }],
  [
    'bubbleTitle',
    '.msg-overlay-bubble-header__title',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, inmail: 1 },
  ],
  [
    'bubbleTitle',
    '.msg-overlay-bubble-header h2',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, inmail: 1 },
  ],
  ['threadName', '.msg-thread__link-to-profile', { 'messaging-page': 1 }],
  ['threadName', '.msg-entity-lockup__entity-title', { 'messaging-page': 1 }],
  ['personName', '[data-anonymize="person-name"]', { salesnav: 2 }],
  [
    'chatBubble',
    '.msg-overlay-conversation-bubble',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, inmail: 1 },
  ],
  ['recipientPicker', 'input.msg-connections-typeahead__search-field', { 'messaging-compose-bubble': 1 }],
  ['recipientPill', '.msg-connections-typeahead__pill-text', { 'messaging-compose-bubble': 1 }],
  ['recipientPill', '.msg-connections-typeahead__pill', { 'messaging-compose-bubble': 1 }],
  ['recipientPill', '.artdeco-pill', { 'messaging-compose-bubble': 1 }],
  [
    'sendButton',
    '.msg-form__send-button',
    { 'messaging-bubbles': 2, 'messaging-compose-bubble': 1, 'messaging-page': 1, inmail: 1 },
  ],
  ['sendButton', '.msg-form__send-btn', {}],
  ['sendButton', '.compose-form__send-button', { salesnav: 1 }],
  ['sendButton', '.comments-comment-box__submit-button', { 'comment-quill': 1 }],
  ['sendButton', '.share-actions__primary-action', { 'post-composer-legacy': 1 }],
  ['sendButton', 'button[data-control-name="send"]', {}],
  [
    'inviteDialogName',
    'strong, b',
    {
      'connect-legacy-gate': 1,
      'connect-legacy-note': 1,
      'heavy-feed': 8,
      'messaging-2026-hashed': 5,
      salesnav: 1,
      'spa-harness': 2,
    },
  ],
  ['notBlankInviteDialog', 'input[type="email"]', { decoys: 1 }],
  [
    'notBlankInviteDialog',
    'a[href*="/premium/"]',
    { 'connect-2026-note-free': 1, 'connect-2026-quota-exhausted': 1, 'connect-2026-non-english': 1 },
  ],
  [
    'notBlankInviteDialog',
    'textarea',
    {
      'connect-legacy-note': 1,
      'connect-2025': 1,
      'connect-2026-note-free': 1,
      'connect-2026-note-premium': 1,
      'connect-2026-non-english': 1,
      decoys: 4,
      salesnav: 1,
    },
  ],
  ['noteLimitLink', 'a[href*="/premium/"][href*="note_limit"]', { 'connect-2026-quota-exhausted': 1 }],
  ['threadListLink', 'a[href*="/messaging/thread/"]', { 'messaging-2026-hashed': 3 }],
];

const docs = new Map(fixtureNames().map((n) => [n, fixtureDocument(n)]));

describe('selector registry: expected matches per fixture', () => {
  it.each(EXPECTED)('%s %s', (group, css, expected) => {
    const counts: Record<string, number> = {};
    for (const [name, doc] of docs) {
      const n = doc.querySelectorAll(css).length;
      if (n) counts[name] = n;
    }
    expect(counts).toEqual(expected);
    expect(SELECTORS[group as keyof typeof SELECTORS].some((e) => e.css === css)).toBe(true);
  });

  it('every registry entry has a table row or is a generic structural selector', () => {
    const generic = new Set(['editable', 'textInput', 'pickerInput', 'profileLink', 'heading', 'ownPanel']);
    for (const [group, entries] of Object.entries(COMPOSE_SELECTORS)) {
      if (generic.has(group)) continue;
      for (const e of entries)
        expect(
          EXPECTED.some(([g, c]) => g === group && c === e.css),
          `${group} ${e.css}`,
        ).toBe(true);
    }
  });

  it('every entry is dated', () => {
    for (const entries of Object.values(SELECTORS))
      for (const e of entries) expect(e.seen).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('every legacy entry says when to check whether it can go, and only legacy entries do', () => {
    for (const [group, entries] of Object.entries(SELECTORS))
      for (const e of entries) {
        if (e.generation === 'legacy') expect(e.checkBy, `${group} ${e.css}`).toMatch(/^\d{4}-\d{2}$/);
        else expect(e.checkBy, `${group} ${e.css}`).toBeUndefined();
      }
  });

  it('group names are unique across the compose, profile and sent registries', () => {
    const names = [COMPOSE_SELECTORS, PROFILE_SELECTORS, SENT_SELECTORS].flatMap((r) => Object.keys(r));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(SELECTORS)).toHaveLength(names.length);
  });
});
