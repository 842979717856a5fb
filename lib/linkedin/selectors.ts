/**
 * Every LinkedIn selector in one place, one format, one accessor (`sel`). Each entry is dated with when
 * it was seen in a source (research/linkedin-dom.md), which generation of markup uses it and what it
 * replaces; each legacy entry says when to check whether it still matches anything and can go.
 * Readers lean on roles, aria attributes, element types, maxlength, structure and URLs first; class
 * names are extra evidence only, because LinkedIn is moving to hashed CSS-module classes (2025–2026)
 * and rolls that out to some users at a time. tests/unit/linkedin/selectors.test.ts counts each compose
 * entry's matches on every fixture page.
 *
 * A table has one selector per line, columns split by " | ":
 *   css | seen (YYYY, YYYY-MM or YYYY-MM-DD) | generation [| replaces <css>] [| check by <YYYY-MM>]
 * Legacy entries must carry "check by": those last seen in 2021 or before by 2027-03, the others by
 * 2027-06. A line that does not parse throws when the module loads (the unit tests load it).
 */
export type Generation = 'legacy' | '2025' | '2026' | 'any';

export interface SelectorEntry {
  css: string;
  /** When we last saw it in a source. */
  seen: string;
  /** Which markup generation uses it. */
  generation: Generation;
  /** The older selector this one took over from, if any. */
  replaces?: string;
  /** Legacy entries: when to check whether LinkedIn still serves this markup, and drop it if not. */
  checkBy?: string;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const GENERATIONS = new Set<string>(['legacy', '2025', '2026', 'any']);

function parseLine(line: string): SelectorEntry {
  const [css, seen, generation, ...more] = line.split(/\s+\|\s+/).map((c) => c.trim());
  if (!css || !seen || !DATE.test(seen) || !generation || !GENERATIONS.has(generation))
    throw new Error(`selector table: cannot read "${line}"`);
  const entry: SelectorEntry = { css, seen, generation: generation as Generation };
  for (const col of more) {
    const replaces = /^replaces (.+)$/.exec(col)?.[1];
    const checkBy = /^check by (\d{4}-\d{2})$/.exec(col)?.[1];
    if (replaces) entry.replaces = replaces;
    else if (checkBy) entry.checkBy = checkBy;
    else throw new Error(`selector table: unknown column "${col}" in "${line}"`);
  }
  if ((generation === 'legacy') !== (entry.checkBy !== undefined))
    throw new Error(
      `selector table: "check by" belongs to legacy entries, and every one needs it: "${line}"`,
    );
  return entry;
}

function tables<G extends string>(groups: Record<G, string>): Record<G, readonly SelectorEntry[]> {
  const out = {} as Record<G, readonly SelectorEntry[]>;
  for (const group of Object.keys(groups) as G[]) {
    out[group] = groups[group]
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map(parseLine);
  }
  return out;
}

/** Compose boxes: what they are, the conversation or dialog around them, their Send and recipient. */
export const COMPOSE_SELECTORS = tables({
  /** Anything that can hold typed text. Classification decides what it is. */
  editable: `
    textarea                                          | 2026-07-30 | any
    [contenteditable]:not([contenteditable="false"])  | 2026-08-05 | any
    [role="textbox"]                                  | 2026-08-05 | any`,
  /** Dialog roots. Native <dialog open> replaced role=dialog/.artdeco-modal in the 2026 rebuild. */
  dialog: `
    dialog                    | 2026-07-30 | 2026   | replaces .artdeco-modal[role="dialog"]
    [role="dialog"]           | 2026-08-05 | 2025
    [role="alertdialog"]      | 2026-03-16 | any
    [aria-modal="true"]       | 2026-03-16 | 2025
    artdeco-modal             | 2025-05    | 2025
    .artdeco-modal            | 2026-03    | legacy | check by 2027-06
    .modal-wormhole-content   | 2019-02    | legacy | check by 2027-03`,
  /** Video.js dialogs match role=dialog too (sigvardt b92814a, 2026-03-14): never a compose box. */
  videoDialog: `
    .vjs-modal-dialog  | 2026-03-14 | any
    .video-js          | 2026-03-14 | any`,
  /** Invitation-note field markers (extra evidence; the 2026 textarea has no id or name). */
  inviteNote: `
    textarea#custom-message                      | 2024    | legacy | check by 2027-06
    textarea[name="message"]                     | 2026-05 | 2025
    .send-invite__custom-message                 | 2019-02 | legacy | check by 2027-03
    .connect-button-send-invite__custom-message  | 2024    | legacy | replaces .send-invite__custom-message | check by 2027-06`,
  inviteDialog: `
    .send-invite       | 2026-03 | legacy | check by 2027-06
    .connect-cta-form  | 2024    | legacy | check by 2027-06`,
  /** Legacy invite modals name the recipient in <strong> (LucasSantana-Dev content.js); 2026 ones do not. */
  inviteDialogName: `
    strong, b  | 2024 | legacy | check by 2027-06`,
  /**
   * Dialogs that open instead of the note after Connect and send nothing on their primary button: the
   * "How do you know…?" check asks for an email, the Premium upsell links /premium/; a note field has
   * its own panel that reports its sends.
   */
  notBlankInviteDialog: `
    input[type="email"]    | 2026-05-21 | any
    a[href*="/premium/"]   | 2026-05-21 | any
    textarea               | 2026-07-30 | any`,
  /** The Premium upsell a dialog shows once the free notes are used up (stickerdaniel extractor.py). */
  noteLimitLink: `
    a[href*="/premium/"][href*="note_limit"]  | 2026-05 | any`,
  /** Messaging: overlay bubble and full page. Still BEM in mid-2026 fixtures. */
  messagingForm: `
    form.msg-form                  | 2026-07-31 | any
    .msg-form                      | 2026-07-31 | any
    .msg-form__message-texteditor  | 2026-07-31 | any
    .msg-inmail-compose-form-v2    | 2021       | legacy | check by 2027-03`,
  /** The docked chat bubble; several can be open, so everything is scoped to the one being typed in. */
  chatBubble: `
    .msg-overlay-conversation-bubble  | 2026-03 | any`,
  /** The bubble LinkedIn marks active (its --is-active modifier), when focus tells nothing. */
  activeBubble: `
    .msg-overlay-conversation-bubble--is-active  | 2026-03 | any`,
  messagingContainer: `
    .msg-overlay-conversation-bubble  | 2026-03 | any
    .msg-convo-wrapper                | 2026-03 | legacy | check by 2027-06
    .msg-thread                       | 2026-03 | any
    #message-overlay                  | 2024    | legacy | check by 2027-06`,
  /** The messaging page's list of other conversations beside a thread: links to threads, not messages. */
  threadListLink: `
    a[href*="/messaging/thread/"]  | 2026-03 | any`,
  /** InMail subject field; no 2026 source shows it, so structure (a text input in the same form) backs it up. */
  subject: `
    .msg-form__subject-line input            | 2021 | legacy | replaces input.msg-form__subject | check by 2027-03
    input.msg-form__subject                  | 2019 | legacy | check by 2027-03
    .msg-inmail-compose-form__subject-input  | 2021 | legacy | check by 2027-03
    input.compose-form__subject-field        | 2024 | legacy | check by 2027-06
    input[name="subject"]                    | 2024 | any`,
  /** Plain text inputs that may be a subject line when they share a form with a body. */
  textInput: `
    input:not([type]), input[type="text"]  | 2024 | any`,
  /** Sales Navigator's message overlay (own release cycle; not seen in 2026 sources). */
  salesNavBody: `
    textarea.compose-form__message-field  | 2024 | legacy | check by 2027-06
    .compose-form__message-editor         | 2024 | legacy | check by 2027-06`,
  salesNavContainer: `
    #message-overlay  | 2024 | legacy | check by 2027-06
    .compose-form     | 2024 | legacy | check by 2027-06`,
  /** Comment boxes: Quill (classic) and a ProseMirror-style role=textbox (2026), both live in A/B tests. */
  commentBox: `
    form.comments-comment-box__form  | 2026-03-08 | legacy | check by 2027-06
    .comments-comment-box            | 2026-03-08 | legacy | check by 2027-06
    .comments-comment-texteditor     | 2026-03-08 | legacy | check by 2027-06
    .comments-comment-box__editor    | 2026-03    | legacy | check by 2027-06`,
  /** Post composer (legacy share box); the 2026 composer is a role=dialog with a role=textbox. */
  postComposer: `
    .share-creation-state  | 2026-03 | legacy | check by 2027-06
    .share-box             | 2026-03 | legacy | check by 2027-06`,
  /**
   * A compose ("New message") bubble's recipient picker. Structure decides (a text input with a picker
   * role in the conversation, outside the message form); these classes are extra evidence.
   */
  recipientPicker: `
    input.msg-connections-typeahead__search-field  | 2026-10-03 | any | replaces input.msg-connections-typeahead__search-field--no-recipients`,
  /** Any text box with a picker role (structural: also the global search, which callers rule out). */
  pickerInput: `
    input[role="combobox"]      | 2026-08 | any
    input[aria-autocomplete]    | 2026-08 | any`,
  /** The picked person in a compose bubble: a pill beside the picker (artdeco pill in every generation seen). */
  recipientPill: `
    .msg-connections-typeahead__pill-text  | 2025 | any
    .msg-connections-typeahead__pill       | 2025 | any
    .artdeco-pill                          | 2025 | legacy | check by 2027-06`,
  /**
   * Send in a compose form: class evidence only. Structure comes first (a form's submit button, a dialog's
   * last enabled button), so a hashed 2026 form is still understood.
   */
  sendButton: `
    .msg-form__send-button                 | 2026-07-31 | any
    .msg-form__send-btn                    | 2023       | legacy | check by 2027-06
    .compose-form__send-button             | 2024       | legacy | check by 2027-06
    .comments-comment-box__submit-button   | 2026-03    | legacy | check by 2027-06
    .share-actions__primary-action         | 2026-03    | legacy | check by 2027-06
    button[data-control-name="send"]       | 2021       | legacy | check by 2027-03`,
  /** Recipient names. */
  bubbleTitle: `
    .msg-overlay-bubble-header__title  | 2026-03 | any
    .msg-overlay-bubble-header h2      | 2026-03 | any`,
  threadName: `
    .msg-thread__link-to-profile       | 2026-03 | any
    .msg-entity-lockup__entity-title   | 2026-03 | any`,
  personName: `
    [data-anonymize="person-name"]  | 2024 | legacy | check by 2027-06`,
  profileLink: `
    a[href*="/in/"]  | 2026-08 | any`,
  heading: `
    h1, h2, h3, [role="heading"]  | 2026-08 | any`,
  /** Our own UI (every host is a connect-coach-* element): never coach ourselves. */
  ownPanel: `
    connect-coach-panel  | 2026-11-21 | any
    connect-coach-card   | 2026-11-21 | any
    connect-coach-sync   | 2026-11-21 | any
    connect-coach-toast  | 2026-11-21 | any`,
});

/** The person on a profile page (research/linkedin-dom.md §1f, §4.16, §4.17): URLs and attributes first. */
export const PROFILE_SELECTORS = tables({
  /** The profile top card. 2026: the first <section> of <main> with a componentkey ending in "Topcard". */
  topCard: `
    section[componentkey*="topcard" i]  | 2026-03 | 2026   | replaces section.pv-top-card
    .pv-top-card                        | 2026-03 | legacy | check by 2027-06
    .pv-top-card-section                | 2019    | legacy | check by 2027-03`,
  /** The name heading inside the top card (2026 often an h2). */
  topCardName: `
    h1.text-heading-xlarge        | 2026-03 | legacy | check by 2027-06
    h1.pv-top-card-section__name  | 2019    | legacy | check by 2027-03
    h1                            | 2026-08 | any
    h2                            | 2026-08 | 2026   | replaces h1.text-heading-xlarge
    [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]  | 2026-03 | any`,
  /** The name on a profile page when no top card is read (the <title> comes first). */
  profileHeading: `
    main h1          | 2026-08 | any
    main section h2  | 2026-08 | 2026`,
  /** Legacy headline; 2026 has only "the first <p> after the heading block" (structure, in profile.ts). */
  topCardHeadline: `
    [data-anonymize="headline"]    | 2024    | legacy | check by 2027-06
    .text-body-medium.break-words  | 2026-03 | legacy | check by 2027-06`,
  /** Legacy degree badge; 2026 is read from short text ("· 2nd", "2nd degree connection") by parseDegree. */
  degreeBadge: `
    .dist-value      | 2026-03 | legacy | check by 2027-06
    .distance-badge  | 2026-03 | legacy | check by 2027-06`,
  /** Connect as a deep link (action row, or the More menu portal). The locale-free connectable signal. */
  inviteLink: `
    a[href*="/preload/custom-invite/"]  | 2026-08 | 2026
    a[href*="search-custom-invite"]     | 2026-08 | 2026`,
  /** Pre-2021 Connect button class. Later legacy buttons only carry the English aria-label. */
  legacyInviteButton: `
    .pv-s-profile-actions--connect  | 2020 | legacy | check by 2027-03`,
  /**
   * Withdraw-invitation deep link on a pending profile. No source shows this href: it is our fixtures' guess
   * by analogy with /preload/custom-invite/, so profile.ts also reads pending from structure.
   */
  withdrawLink: `
    a[href*="/preload/withdraw-invite/"]  | 2026-11-21 | 2026`,
  /** Message: a compose deep link in 2026 (recipient= URN), buttons with classes before. */
  messageLink: `
    a[href*="/messaging/compose/"]  | 2026-08 | 2026   | replaces .message-anywhere-button
    .message-anywhere-button        | 2024    | legacy | check by 2027-06
    .pv-s-profile-actions--message  | 2020    | legacy | check by 2027-03`,
  /** Own-profile edit links ("Edit intro", "Add profile section"). */
  editLink: `
    a[href*="/edit/intro/"]        | 2026-08    | 2026
    a[href*="/edit/forms/intro/"]  | 2022       | legacy | check by 2027-06
    a[href*="/add-edit/"]          | 2026-11-21 | 2026`,
  /** Legacy action row (2021–2024). 2026 rows have hashed classes: profile.ts reads the controls instead. */
  actionRow: `
    .pvs-profile-actions   | 2024 | legacy | check by 2027-06
    .pv-top-card-v2-ctas   | 2022 | legacy | check by 2027-06`,
  /** Menus: the 2026 More menu is a [role=menu] portal; legacy used an artdeco dropdown (hidden until opened). */
  menu: `
    [role="menu"]                     | 2026-08 | 2026
    .artdeco-dropdown__content-inner  | 2024    | legacy | check by 2027-06
    .artdeco-dropdown__content        | 2024    | legacy | check by 2027-06`,
  /** Menu triggers (More): 2026 has aria-expanded and no aria-label; legacy "More actions". */
  menuTrigger: `
    [aria-expanded]                                | 2026-08 | any
    [aria-haspopup]:not([aria-haspopup="false"])   | 2024    | any
    .artdeco-dropdown__trigger                     | 2024    | legacy | check by 2027-06`,
  /**
   * LinkedIn's own first-name field: the Open Graph profile namespace, which public profile pages carry.
   * Seen 2026-12 only as the standard's field name; absent on many pages (the name is then read whole).
   */
  firstNameMeta: `
    meta[property="profile:first_name"], meta[name="profile:first_name"]  | 2026-12 | any`,
});

/**
 * The Sent invitations manager (/mynetwork/invitation-manager/sent/; research/linkedin-dom.md §1e,
 * §4.13–15). Structure and stable attributes (role, data-testid, data-view-name, href) come first;
 * class names are legacy evidence only, English aria-labels extra evidence only.
 */
export const SENT_SELECTORS = tables({
  /** The 2025/2026 list: a LazyColumn holding [role=listitem] cards separated by <hr role="presentation">. */
  sentList: `
    [data-testid="lazy-column"]            | 2026-08-15 | 2026 | replaces ul.mn-invitation-list
    [data-component-type="LazyColumn"]     | 2026-08-15 | 2026`,
  /** Card roots of the React UI (mid-2025 on). Only counted as cards next to a withdraw control or in a sent list. */
  sentItem: `
    [role="listitem"]  | 2026-08-15 | 2025 | replaces li.invitation-card`,
  /** Legacy card roots (~2020–2024). */
  sentLegacyCard: `
    li.invitation-card             | 2024       | legacy | check by 2027-06
    ul.mn-invitation-list > li     | 2020-10-27 | legacy | check by 2027-03`,
  /** Legacy list containers. */
  sentLegacyList: `
    ul.mn-invitation-list  | 2020-10-27 | legacy | check by 2027-03
    .mn-invitation-list    | 2024       | legacy | check by 2027-06`,
  /** The per-card Withdraw control. The 2026 anchor has no href and only an (English) aria-label. */
  sentWithdraw: `
    [data-view-name="sent-invitations-withdraw-single"]  | 2026-03    | 2025 | replaces button.invitation-card__action-btn
    [aria-label^="Withdraw invitation sent to" i]        | 2026-08-15 | 2026
    button.invitation-card__action-btn                   | 2024       | legacy | check by 2027-06`,
  /** Legacy "Sent 3 weeks ago" badge. */
  sentTimeBadge: `
    .time-badge  | 2024 | legacy | check by 2027-06`,
  /** The invitation note: 2025/2026 clamped box (full text in the DOM, "…more" toggle), legacy paragraph. */
  sentNote: `
    [data-testid="expandable-text-box"]  | 2026-03 | 2025
    .invitation-card__custom-message     | 2024    | legacy | check by 2027-06`,
  /** Legacy name element (the 2025/2026 name is the profile link text or a plain <p>). */
  sentLegacyTitle: `
    .invitation-card__title  | 2024 | legacy | check by 2027-06`,
  /**
   * Where the total is shown, in order of preference: 2026 "People (8)" link to /sent/CONNECTION/, the
   * 2025 nav tab "People (1,100)" (nav button[aria-current="true"]), legacy "Sent (25)" tab.
   */
  sentCount: `
    a[href*="/invitation-manager/sent/CONNECTION" i]            | 2026-08-15 | 2026
    nav button[aria-current="true"]                             | 2026-03    | 2025
    a[href*="/invitation-manager/sent"][aria-current]           | 2026-08-15 | any
    a[href*="/invitation-manager/sent"][aria-selected="true"]   | 2024       | legacy | check by 2027-06
    a[href*="/invitation-manager/sent"]                         | 2024       | any`,
});

/** All groups of all areas. */
export const SELECTORS = { ...COMPOSE_SELECTORS, ...PROFILE_SELECTORS, ...SENT_SELECTORS };

export type SelectorGroup = keyof typeof SELECTORS;

const joined = new Map<SelectorGroup, string>();

/** A group's entries as one selector list (cached): the one way readers ask for a selector. */
export function sel(group: SelectorGroup): string {
  let css = joined.get(group);
  if (css === undefined) {
    css = SELECTORS[group].map((e) => e.css).join(', ');
    joined.set(group, css);
  }
  return css;
}
