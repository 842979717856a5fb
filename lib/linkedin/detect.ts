/**
 * Finds LinkedIn's compose boxes in a page and says why other editable elements were not taken
 * (Harper's "reasons to skip"). Pure: it reads the root it is given and returns plain data.
 */
import type { FieldName, PageLimit, SurfaceKind } from '../limits';
import { pathOf } from './dom';
import { helperEditableReason } from './editor-helpers';
import { maxLengthOf, pageLimitOf } from './page-limit';
import { cleanName, conversationRecipient, dialogRecipient, pagePersonName } from './recipient';
import { closestComposed, collectSearchRoots, type SearchRoot } from './roots';
import { sel } from './selectors';
import { hiddenReason } from './visibility';

export interface DetectedField {
  name: FieldName;
  element: HTMLElement;
  pageLimit: PageLimit;
}

export interface DetectedSurface {
  kind: SurfaceKind;
  /** The main editable (note or body): a stable key for this surface. */
  key: HTMLElement;
  fields: DetectedField[];
  /**
   * The compose area our card floats beside and never covers: the dialog, the chat bubble, the
   * conversation of the messaging page, the comment box or the Sales Navigator overlay.
   */
  area: Element;
  /** The dialog, form or conversation the box belongs to. */
  container: Element;
  recipient: string | null;
  /** Why we think it is this kind (for the debug view). */
  evidence: string[];
}

export interface SkippedElement {
  element: Element;
  reasons: string[];
}

export interface DetectionHints {
  /** Page URL (the path tells messaging, Sales Navigator and profiles apart). */
  url: string;
  /** Name from the Connect control the user activated last, or from the profile on screen. */
  inviteRecipient?: string | null;
}

export interface DetectionResult {
  surfaces: DetectedSurface[];
  skipped: SkippedElement[];
  /** Every root searched: the document, open shadow roots and same-origin iframe documents. */
  roots: SearchRoot[];
}

type Classified = { surface: DetectedSurface } | { reasons: string[] };

/** The element that owns the editing: the outermost contenteditable host, or the field itself. */
function editingHost(el: Element): HTMLElement {
  let host = el as HTMLElement;
  let cur = el.parentElement;
  while (cur) {
    const ce = cur.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') host = cur;
    cur = cur.parentElement;
  }
  return host;
}

function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** The outermost ancestor of `el` matching `css` (a form inside an overlay that both match: the overlay). */
function outermost(el: Element, css: string): Element | null {
  let found: Element | null = null;
  for (let cur = el.closest(css); cur; cur = cur.parentElement?.closest(css) ?? null) found = cur;
  return found;
}

/** Reasons this element can never be a compose box, whatever it looks like. */
function exclusionReasons(el: HTMLElement): string[] {
  const reasons: string[] = [];
  if (closestComposed(el, sel('ownPanel'))) reasons.push("it is part of Connect Coach's own panel");
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true')
    reasons.push('it is disabled');
  if (el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true')
    reasons.push('it is read-only');
  const role = el.getAttribute('role');
  if (
    role === 'combobox' ||
    role === 'searchbox' ||
    el.getAttribute('type') === 'search' ||
    el.hasAttribute('aria-autocomplete')
  )
    reasons.push('it is a search or picker box');
  if (closestComposed(el, sel('videoDialog'))) reasons.push('it belongs to the video player');
  const hidden = hiddenReason(el);
  if (hidden) reasons.push(hidden);
  else {
    const helper = helperEditableReason(el);
    if (helper) reasons.push(helper);
  }
  return reasons;
}

/** A visible text input sharing the body's form or container: InMail and Sales Navigator subject lines. */
function findSubject(scope: Element, body: Element): HTMLInputElement | null {
  const known = scope.querySelector<HTMLInputElement>(sel('subject'));
  if (known && !hiddenReason(known)) return known;
  for (const input of scope.querySelectorAll<HTMLInputElement>(sel('textInput'))) {
    // A subject line comes before the body and is not a search or recipient picker.
    const before = (input.compareDocumentPosition(body) & 4) !== 0;
    if (before && exclusionReasons(input).length === 0) return input;
  }
  return null;
}

/** The conversation around a messaging form: the nearest ancestor that names someone. */
function conversationOf(form: Element): Element {
  const known = form.closest(sel('messagingContainer'));
  if (known) return known;
  let cur: Element | null = form.parentElement;
  for (let depth = 0; cur && depth < 6; depth++, cur = cur.parentElement) {
    if (cur.querySelector(`${sel('heading')}, ${sel('profileLink')}`)) return cur;
  }
  return form.parentElement ?? form;
}

function field(name: FieldName, element: HTMLElement, scope: Element | null): DetectedField {
  return { name, element, pageLimit: pageLimitOf(element, scope) };
}

function classify(el: HTMLElement, hints: DetectionHints): Classified {
  const excluded = exclusionReasons(el);
  if (excluded.length) return { reasons: excluded };

  const path = pathOf(hints.url) ?? '/';
  const dialog = el.closest(sel('dialog'));
  const messagingForm = el.closest(sel('messagingForm'));
  const form = el.closest('form');
  const evidence: string[] = [];

  // Sales Navigator: its own URL space and a textarea body with a subject field.
  // (#artdeco-hoverable-outlet__message-overlay also hosts ordinary chat bubbles, so it is no evidence.)
  const salesContainer = messagingForm ? null : el.closest(sel('salesNavContainer'));
  if (path.startsWith('/sales/') || el.matches(sel('salesNavBody')) || salesContainer) {
    if (el.closest(sel('inviteDialog'))) {
      // Connect from Sales Navigator is still a connection note.
    } else {
      const scope = salesContainer ?? form ?? el.parentElement ?? el;
      const subject = findSubject(scope, el);
      evidence.push(path.startsWith('/sales/') ? 'Sales Navigator URL' : 'Sales Navigator compose form');
      const fields = [field('body', el, scope)];
      if (subject) fields.unshift(field('subject', subject, scope));
      return {
        surface: {
          kind: 'salesnav',
          key: el,
          fields,
          // The whole overlay (its header too), not only the form inside it.
          area: outermost(el, sel('salesNavContainer')) ?? form ?? scope,
          container: scope,
          recipient: conversationRecipient(salesContainer ?? scope) ?? pagePersonName(el.ownerDocument),
          evidence,
        },
      };
    }
  }

  // Messaging (bubble, thread page, InMail): a rich editor in a messaging form or on /messaging/.
  const onMessagingPage = path.startsWith('/messaging/');
  if (messagingForm || (onMessagingPage && !dialog)) {
    const formEl = form ?? messagingForm ?? el.parentElement ?? el;
    const conversation = conversationOf(formEl);
    const subject = findSubject(formEl, el);
    evidence.push(messagingForm ? 'inside a messaging form' : 'rich editor on a messaging page');
    const fields = [field('body', el, formEl)];
    if (subject) {
      evidence.push('has a subject line');
      fields.unshift(field('subject', subject, formEl));
    }
    return {
      surface: {
        kind: subject ? 'inmail' : 'message',
        key: el,
        fields,
        // The chat bubble when there is one; else the conversation around the form (messaging page).
        area: el.closest(sel('chatBubble')) ?? conversation,
        container: conversation,
        recipient: conversationRecipient(conversation),
        evidence,
      },
    };
  }

  if (dialog) {
    if (el.tagName === 'TEXTAREA') return classifyNoteField(el, dialog, hints, evidence);
    // A rich editor in a dialog that is not messaging: the post composer (legacy share box or 2026 dialog).
    evidence.push(el.closest(sel('postComposer')) ? 'legacy share box' : 'rich editor in a dialog');
    return {
      surface: {
        kind: 'post',
        key: el,
        fields: [field('body', el, dialog)],
        area: dialog,
        container: dialog,
        recipient: null,
        evidence,
      },
    };
  }

  if (el.closest(sel('inviteDialog')) && el.tagName === 'TEXTAREA') {
    return classifyNoteField(el, el.closest(sel('inviteDialog')) as Element, hints, evidence);
  }

  if (el.tagName !== 'TEXTAREA') {
    if (/^\/(?:pulse|article)\//.test(path))
      return { reasons: ['articles are not a surface Connect Coach coaches'] };
    // Outside dialogs and messaging, LinkedIn's inline rich editors are comment boxes (Quill or ProseMirror).
    const box = el.closest(sel('commentBox')) ?? form ?? el.parentElement ?? el;
    evidence.push(
      el.closest(sel('commentBox')) ? 'classic comment box' : 'inline rich editor outside dialogs',
    );
    return {
      surface: {
        kind: 'comment',
        key: el,
        fields: [field('body', el, box)],
        area: box,
        container: box,
        recipient: null,
        evidence,
      },
    };
  }

  return {
    reasons: [
      'it is a plain text box outside any dialog or messaging form, so it is not an invitation note or message',
    ],
  };
}

function classifyNoteField(
  el: HTMLElement,
  dialog: Element,
  hints: DetectionHints,
  evidence: string[],
): Classified {
  const page = pageLimitOf(el, dialog);
  const max = maxLengthOf(el);
  if (el.matches(sel('inviteNote'))) evidence.push('invitation-note field markup');
  if (dialog.matches(sel('inviteDialog'))) evidence.push('invitation dialog markup');
  // The note's limit is 200 or 300; other dialog text boxes (reports, recommendations) are longer or unlimited.
  if (max !== null && max <= 300) evidence.push(`note-sized maxlength ${max}`);
  if (page.counter != null && page.counter <= 300) evidence.push(`note counter /${page.counter}`);
  if (evidence.length === 0) {
    return {
      reasons: [
        'it is a text box in a dialog with no invitation-note limit (no maxlength or counter of 300 or less)',
      ],
    };
  }
  return {
    surface: {
      kind: 'connection-note',
      key: el,
      fields: [{ name: 'note', element: el, pageLimit: page }],
      area: dialog,
      container: dialog,
      recipient: dialogRecipient(dialog) ?? cleanName(hints.inviteRecipient ?? null),
      evidence,
    },
  };
}

/** Finds every compose surface under root (including open shadow roots and same-origin iframes). */
export function findSurfaces(root: SearchRoot, hints: DetectionHints): DetectionResult {
  const surfaces: DetectedSurface[] = [];
  const skipped: SkippedElement[] = [];
  const seen = new Set<Element>();
  const roots = collectSearchRoots(root);
  for (const r of roots) {
    for (const candidate of r.querySelectorAll(sel('editable'))) {
      const host = editingHost(candidate);
      if (seen.has(host)) continue;
      seen.add(host);
      if (!isEditable(host)) {
        skipped.push({ element: host, reasons: ['it is marked as a text box but cannot be edited'] });
        continue;
      }
      const result = classify(host, hints);
      if ('surface' in result) surfaces.push(result.surface);
      else skipped.push({ element: host, reasons: result.reasons });
    }
  }
  // A subject input is a field of its surface, never a surface of its own.
  return { surfaces, skipped, roots };
}

/** Why a focused element got no panel: the reasons for it, or a plain note when it is not editable. */
export function explainElement(el: Element, hints: DetectionHints): string[] {
  const host = editingHost(el);
  if (!isEditable(host) && host.tagName !== 'INPUT') return ['it is not a text box'];
  if (host.tagName === 'INPUT')
    return ['it is a single-line field (search, subject or form input), not a message body'];
  const result = classify(host, hints);
  return 'surface' in result ? [] : result.reasons;
}
