/**
 * Every LinkedIn selector in one place, each dated with when it was seen and what it replaces
 * (research/linkedin-dom.md). Detection leans on roles, aria attributes, element types, maxlength,
 * structure and URLs first; class names are extra evidence only, because LinkedIn is moving to
 * hashed CSS-module classes (2025–2026) and rolls that out to some users at a time.
 * tests/unit/linkedin/selectors.test.ts counts each entry's matches on every fixture page.
 */
export interface SelectorEntry {
  css: string;
  /** When we last saw it in a source (YYYY-MM or YYYY-MM-DD). */
  seen: string;
  /** The older selector this one took over from, if any. */
  replaces?: string;
  /** Which markup generation uses it. */
  generation: 'legacy' | '2025' | '2026' | 'any';
}

const list = (...entries: SelectorEntry[]) => entries;

export const SELECTORS = {
  /** Anything that can hold typed text. Classification decides what it is. */
  editable: list(
    { css: 'textarea', seen: '2026-07-30', generation: 'any' },
    { css: '[contenteditable]:not([contenteditable="false"])', seen: '2026-08-05', generation: 'any' },
    { css: '[role="textbox"]', seen: '2026-08-05', generation: 'any' },
  ),
  /** Dialog roots. Native <dialog open> replaced role=dialog/.artdeco-modal in the 2026 rebuild. */
  dialog: list(
    { css: 'dialog', seen: '2026-07-30', replaces: '.artdeco-modal[role="dialog"]', generation: '2026' },
    { css: '[role="dialog"]', seen: '2026-08-05', generation: '2025' },
    { css: '[role="alertdialog"]', seen: '2026-03-16', generation: 'any' },
    { css: '[aria-modal="true"]', seen: '2026-03-16', generation: '2025' },
    { css: 'artdeco-modal', seen: '2025-05', generation: '2025' },
    { css: '.artdeco-modal', seen: '2026-03', generation: 'legacy' },
    { css: '.modal-wormhole-content', seen: '2019-02', generation: 'legacy' },
  ),
  /** Video.js dialogs match role=dialog too (sigvardt b92814a, 2026-03-14): never a compose box. */
  videoDialog: list(
    { css: '.vjs-modal-dialog', seen: '2026-03-14', generation: 'any' },
    { css: '.video-js', seen: '2026-03-14', generation: 'any' },
  ),
  /** Invitation-note field markers (extra evidence; the 2026 textarea has no id or name). */
  inviteNote: list(
    { css: 'textarea#custom-message', seen: '2024', generation: 'legacy' },
    { css: 'textarea[name="message"]', seen: '2026-05', generation: '2025' },
    { css: '.send-invite__custom-message', seen: '2019-02', generation: 'legacy' },
    {
      css: '.connect-button-send-invite__custom-message',
      seen: '2024',
      replaces: '.send-invite__custom-message',
      generation: 'legacy',
    },
  ),
  inviteDialog: list(
    { css: '.send-invite', seen: '2026-03', generation: 'legacy' },
    { css: '.connect-cta-form', seen: '2024', generation: 'legacy' },
  ),
  /** Messaging: overlay bubble and full page. Still BEM in mid-2026 fixtures. */
  messagingForm: list(
    { css: 'form.msg-form', seen: '2026-07-31', generation: 'any' },
    { css: '.msg-form', seen: '2026-07-31', generation: 'any' },
    { css: '.msg-form__message-texteditor', seen: '2026-07-31', generation: 'any' },
    { css: '.msg-inmail-compose-form-v2', seen: '2021', generation: 'legacy' },
  ),
  /** The docked chat bubble; several can be open, so everything is scoped to the one being typed in. */
  chatBubble: list({ css: '.msg-overlay-conversation-bubble', seen: '2026-03', generation: 'any' }),
  messagingContainer: list(
    { css: '.msg-overlay-conversation-bubble', seen: '2026-03', generation: 'any' },
    { css: '.msg-convo-wrapper', seen: '2026-03', generation: 'legacy' },
    { css: '.msg-thread', seen: '2026-03', generation: 'any' },
    { css: '#message-overlay', seen: '2024', generation: 'legacy' },
  ),
  /** InMail subject field; no 2026 source shows it, so structure (a text input in the same form) backs it up. */
  subject: list(
    {
      css: '.msg-form__subject-line input',
      seen: '2021',
      replaces: 'input.msg-form__subject',
      generation: 'legacy',
    },
    { css: 'input.msg-form__subject', seen: '2019', generation: 'legacy' },
    { css: '.msg-inmail-compose-form__subject-input', seen: '2021', generation: 'legacy' },
    { css: 'input.compose-form__subject-field', seen: '2024', generation: 'legacy' },
    { css: 'input[name="subject"]', seen: '2024', generation: 'any' },
  ),
  /** Plain text inputs that may be a subject line when they share a form with a body. */
  textInput: list({ css: 'input:not([type]), input[type="text"]', seen: '2024', generation: 'any' }),
  /** Sales Navigator's message overlay (own release cycle; not seen in 2026 sources). */
  salesNavBody: list(
    { css: 'textarea.compose-form__message-field', seen: '2024', generation: 'legacy' },
    { css: '.compose-form__message-editor', seen: '2024', generation: 'legacy' },
  ),
  salesNavContainer: list(
    { css: '#message-overlay', seen: '2024', generation: 'legacy' },
    { css: '.compose-form', seen: '2024', generation: 'legacy' },
  ),
  /** Comment boxes: Quill (classic) and a ProseMirror-style role=textbox (2026), both live in A/B tests. */
  commentBox: list(
    { css: 'form.comments-comment-box__form', seen: '2026-03-08', generation: 'legacy' },
    { css: '.comments-comment-box', seen: '2026-03-08', generation: 'legacy' },
    { css: '.comments-comment-texteditor', seen: '2026-03-08', generation: 'legacy' },
    { css: '.comments-comment-box__editor', seen: '2026-03', generation: 'legacy' },
  ),
  /** Post composer (legacy share box); the 2026 composer is a role=dialog with a role=textbox. */
  postComposer: list(
    { css: '.share-creation-state', seen: '2026-03', generation: 'legacy' },
    { css: '.share-box', seen: '2026-03', generation: 'legacy' },
  ),
  /**
   * A compose ("New message") bubble's recipient picker. Structure decides (a text input with a picker
   * role in the conversation, outside the message form); these classes are extra evidence.
   */
  recipientPicker: list({
    css: 'input.msg-connections-typeahead__search-field',
    seen: '2026-10-03',
    replaces: 'input.msg-connections-typeahead__search-field--no-recipients',
    generation: 'any',
  }),
  /** Any text box with a picker role (structural: also the global search, which callers rule out). */
  pickerInput: list(
    { css: 'input[role="combobox"]', seen: '2026-08', generation: 'any' },
    { css: 'input[aria-autocomplete]', seen: '2026-08', generation: 'any' },
  ),
  /** The picked person in a compose bubble: a pill beside the picker (artdeco pill in every generation seen). */
  recipientPill: list(
    { css: '.msg-connections-typeahead__pill-text', seen: '2025', generation: 'any' },
    { css: '.msg-connections-typeahead__pill', seen: '2025', generation: 'any' },
    { css: '.artdeco-pill', seen: '2025', generation: 'legacy' },
  ),
  /**
   * Send in a compose form: class evidence only. Structure comes first (a form's submit button, a dialog's
   * last enabled button), so a hashed 2026 form is still understood.
   */
  sendButton: list(
    { css: '.msg-form__send-button', seen: '2026-07-31', generation: 'any' },
    { css: '.msg-form__send-btn', seen: '2023', generation: 'legacy' },
    { css: '.compose-form__send-button', seen: '2024', generation: 'legacy' },
    { css: '.comments-comment-box__submit-button', seen: '2026-03', generation: 'legacy' },
    { css: '.share-actions__primary-action', seen: '2026-03', generation: 'legacy' },
    { css: 'button[data-control-name="send"]', seen: '2021', generation: 'legacy' },
  ),
  /** Recipient names. */
  bubbleTitle: list(
    { css: '.msg-overlay-bubble-header__title', seen: '2026-03', generation: 'any' },
    { css: '.msg-overlay-bubble-header h2', seen: '2026-03', generation: 'any' },
  ),
  threadName: list(
    { css: '.msg-thread__link-to-profile', seen: '2026-03', generation: 'any' },
    { css: '.msg-entity-lockup__entity-title', seen: '2026-03', generation: 'any' },
  ),
  personName: list({ css: '[data-anonymize="person-name"]', seen: '2024', generation: 'legacy' }),
  profileLink: list({ css: 'a[href*="/in/"]', seen: '2026-08', generation: 'any' }),
  heading: list({ css: 'h1, h2, h3, [role="heading"]', seen: '2026-08', generation: 'any' }),
  /** Our own UI (every host is a connect-coach-* element): never coach ourselves. */
  ownPanel: list(
    { css: 'connect-coach-panel', seen: '2026-11-21', generation: 'any' },
    { css: 'connect-coach-card', seen: '2026-11-21', generation: 'any' },
    { css: 'connect-coach-sync', seen: '2026-11-21', generation: 'any' },
    { css: 'connect-coach-toast', seen: '2026-11-21', generation: 'any' },
  ),
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type SelectorGroup = keyof typeof SELECTORS;

const joined = new Map<SelectorGroup, string>();

/** All entries of a group as one selector list (cached). */
export function sel(group: SelectorGroup): string {
  let css = joined.get(group);
  if (css === undefined) {
    css = SELECTORS[group].map((e) => e.css).join(', ');
    joined.set(group, css);
  }
  return css;
}
