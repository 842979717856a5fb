/**
 * In-page measurements of how our UI sits on LinkedIn's page (issue 11): LinkedIn's element boxes with
 * our hosts present and with them taken out, what is under the centre of LinkedIn's Send, whether our
 * UI covers any of the compose box, and where our count chip and card are. Everything is read through
 * open shadow roots and same-origin iframes, in top-document viewport coordinates.
 */
import type { Page } from 'playwright-core';

export interface Target {
  /** CSS for the compose box (first match, searched through shadow roots and frames). */
  field: string;
  /** CSS for LinkedIn's Send (or Post / Comment) control; `text` narrows it to the one with that text. */
  send: { css: string; text?: string };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutProbe {
  /** LinkedIn elements compared (ours excluded). */
  elements: number;
  /** Our hosts (connect-coach-*) on the page before they were taken out. */
  hosts: number;
  /** Largest change of any LinkedIn element's box or scroll offset, in px, when our hosts are taken out. */
  maxShift: number;
  /** The element that moved most, for the failure message. */
  worst: string;
  send: { found: boolean; inViewport: boolean; box: Box | null; hit: string; hitIsSend: boolean };
  field: { found: boolean; box: Box | null; samples: number; coveredByUs: number };
  chip: { found: boolean; box: Box | null; inViewport: boolean };
  card: { found: boolean; open: boolean; box: Box | null; inViewport: boolean };
  viewport: { width: number; height: number };
}

/** Runs in the page: see LayoutProbe. Takes our hosts out of the page at the end. */
function probe(target: Target): LayoutProbe {
  type Root = { root: Document | ShadowRoot; dx: number; dy: number };
  const ours = (el: Element) => el.tagName.startsWith('CONNECT-COACH-');
  const roots: Root[] = [];
  const collect = (root: Document | ShadowRoot, dx: number, dy: number) => {
    roots.push({ root, dx, dy });
    for (const el of root.querySelectorAll('*')) {
      if (ours(el)) continue;
      if (el.shadowRoot) collect(el.shadowRoot, dx, dy);
      if (el.tagName === 'IFRAME') {
        try {
          const doc = (el as HTMLIFrameElement).contentDocument;
          const r = el.getBoundingClientRect();
          if (doc?.documentElement) collect(doc, dx + r.left + el.clientLeft, dy + r.top + el.clientTop);
        } catch {}
      }
    }
  };
  collect(document, 0, 0);

  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('class')
        ? `.${String(el.getAttribute('class')).trim().split(/\s+/).slice(0, 2).join('.')}`
        : ''
    }${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''}`;

  const snapshot = () => {
    const out: { el: Element; v: number[] }[] = [];
    for (const { root } of roots) {
      for (const el of root.querySelectorAll('*')) {
        if (ours(el)) continue;
        const r = el.getBoundingClientRect();
        out.push({ el, v: [r.left, r.top, r.width, r.height, el.scrollTop, el.scrollLeft] });
      }
      const view = (root as Document).defaultView;
      if (view) out.push({ el: (root as Document).documentElement, v: [view.scrollX, view.scrollY] });
    }
    return out;
  };

  const deepFirst = (css: string, text?: string): { el: Element; dx: number; dy: number } | null => {
    for (const { root, dx, dy } of roots) {
      for (const el of root.querySelectorAll(css)) {
        if (ours(el)) continue;
        if (text !== undefined && el.textContent?.trim() !== text) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        return { el, dx, dy };
      }
    }
    return null;
  };
  const boxOf = (el: Element, dx = 0, dy = 0): Box => {
    const r = el.getBoundingClientRect();
    return { x: r.left + dx, y: r.top + dy, width: r.width, height: r.height };
  };
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const inViewport = (b: Box | null) =>
    !!b &&
    b.width > 0 &&
    b.height > 0 &&
    b.x >= -0.5 &&
    b.y >= -0.5 &&
    b.x + b.width <= vw + 0.5 &&
    b.y + b.height <= vh + 0.5;

  /** The element really under a point (through shadow roots and frames), and whether it is ours. */
  const hitAt = (x: number, y: number): { el: Element | null; ours: boolean } => {
    let doc: Document | ShadowRoot = document;
    let px = x;
    let py = y;
    let el = document.elementFromPoint(px, py);
    for (let i = 0; el && i < 20; i++) {
      if (ours(el)) return { el, ours: true };
      if (el.shadowRoot && el.shadowRoot !== doc) {
        const inner = el.shadowRoot.elementFromPoint(px, py);
        if (inner && inner !== el) {
          doc = el.shadowRoot;
          el = inner;
          continue;
        }
      }
      if (el.tagName === 'IFRAME') {
        try {
          const frameDoc: Document | null = (el as HTMLIFrameElement).contentDocument;
          const r = el.getBoundingClientRect();
          if (frameDoc) {
            px -= r.left + el.clientLeft;
            py -= r.top + el.clientTop;
            doc = frameDoc;
            el = frameDoc.elementFromPoint(px, py);
            continue;
          }
        } catch {}
      }
      break;
    }
    return { el, ours: false };
  };

  // Our UI: hosts anywhere, the chip and card inside their shadow roots.
  const hosts: { el: Element; dx: number; dy: number }[] = [];
  const findHosts = (root: Document | ShadowRoot, dx: number, dy: number) => {
    for (const el of root.querySelectorAll('*')) {
      if (ours(el)) hosts.push({ el, dx, dy });
      else if (el.shadowRoot) findHosts(el.shadowRoot, dx, dy);
      if (el.tagName === 'IFRAME') {
        try {
          const doc = (el as HTMLIFrameElement).contentDocument;
          const r = el.getBoundingClientRect();
          if (doc?.documentElement) findHosts(doc, dx + r.left, dy + r.top);
        } catch {}
      }
    }
  };
  findHosts(document, 0, 0);
  const field = deepFirst(target.field);
  const fieldBox = field ? boxOf(field.el, field.dx, field.dy) : null;
  // Of several panels (several comment boxes), the one whose chip is nearest the box being typed in.
  const panels = hosts
    .filter((h) => h.el.tagName === 'CONNECT-COACH-PANEL')
    .map((h) => {
      const chip = h.el.shadowRoot?.querySelector('[data-testid="cc-chip"]') ?? null;
      const b = chip ? boxOf(chip, h.dx, h.dy) : null;
      const d =
        b && fieldBox
          ? Math.hypot(
              b.x + b.width / 2 - (fieldBox.x + fieldBox.width),
              b.y + b.height / 2 - (fieldBox.y + fieldBox.height),
            )
          : Number.POSITIVE_INFINITY;
      return { h, d };
    })
    .sort((a, b) => a.d - b.d);
  const panel = panels[0]?.h;
  const chipEl = panel?.el.shadowRoot?.querySelector('[data-testid="cc-chip"]') ?? null;
  const cardEl = panel?.el.shadowRoot?.querySelector('[data-testid="cc-card"]') ?? null;
  const chipBox = chipEl && panel ? boxOf(chipEl, panel.dx, panel.dy) : null;
  const cardBox = cardEl && panel ? boxOf(cardEl, panel.dx, panel.dy) : null;

  const send = deepFirst(target.send.css, target.send.text);
  const sendBox = send ? boxOf(send.el, send.dx, send.dy) : null;
  let hit = '';
  let hitIsSend = false;
  if (send && sendBox && inViewport(sendBox)) {
    const h = hitAt(sendBox.x + sendBox.width / 2, sendBox.y + sendBox.height / 2);
    hit = h.el ? (h.ours ? `ours: ${h.el.tagName.toLowerCase()}` : describe(h.el)) : 'nothing';
    hitIsSend = !h.ours && !!h.el && send.el.contains(h.el);
  }

  let samples = 0;
  let covered = 0;
  if (fieldBox) {
    const left = Math.max(0, fieldBox.x) + 2;
    const right = Math.min(vw, fieldBox.x + fieldBox.width) - 2;
    const top = Math.max(0, fieldBox.y) + 2;
    const bottom = Math.min(vh, fieldBox.y + fieldBox.height) - 2;
    if (right > left && bottom > top) {
      for (let i = 0; i <= 6; i++) {
        for (let j = 0; j <= 3; j++) {
          samples++;
          if (hitAt(left + ((right - left) * i) / 6, top + ((bottom - top) * j) / 3).ours) covered++;
        }
      }
    }
  }

  const before = snapshot();
  for (const h of hosts) h.el.remove();
  const after = snapshot();
  let maxShift = 0;
  let worst = '';
  before.forEach((b, i) => {
    const a = after[i];
    if (!a || a.el !== b.el) {
      maxShift = Number.POSITIVE_INFINITY;
      worst = 'the element list changed';
      return;
    }
    b.v.forEach((v, k) => {
      const d = Math.abs(v - (a.v[k] ?? 0));
      if (d > maxShift) {
        maxShift = d;
        worst = `${describe(b.el)} [${['left', 'top', 'width', 'height', 'scrollTop', 'scrollLeft'][k]}] ${v} → ${a.v[k]}`;
      }
    });
  });

  return {
    elements: before.length,
    hosts: hosts.length,
    maxShift,
    worst,
    send: { found: !!send, inViewport: inViewport(sendBox), box: sendBox, hit, hitIsSend },
    field: { found: !!field, box: fieldBox, samples, coveredByUs: covered },
    chip: { found: !!chipEl, box: chipBox, inViewport: inViewport(chipBox) },
    card: {
      found: !!cardEl,
      open: cardEl?.getAttribute('data-open') === 'true',
      box: cardBox,
      inViewport: inViewport(cardBox),
    },
    viewport: { width: vw, height: vh },
  };
}

/** Measures the page (see LayoutProbe); our hosts are gone afterwards, so close the page next. */
export function probeLayout(page: Page, target: Target): Promise<LayoutProbe> {
  return page.evaluate(probe, target);
}

/** The sizes the product owner tries: a laptop, the most common small laptop, and a narrow window. */
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 900, height: 700 },
] as const;

/** Where each surface fixture's compose box and Send are (test knowledge: stable attributes only). */
export const TARGETS: Record<string, Target> = {
  'connect-legacy-note': { field: 'textarea', send: { css: 'button[aria-label="Send invitation"]' } },
  'connect-2025': { field: 'textarea', send: { css: 'button[aria-label="Send invitation"]' } },
  'connect-2026-note-free': {
    field: 'dialog textarea',
    send: { css: 'button[aria-label="Send invitation"]' },
  },
  'connect-2026-note-premium': {
    field: 'dialog textarea',
    send: { css: 'button[aria-label="Send invitation"]' },
  },
  'connect-2026-iframe': { field: 'dialog textarea', send: { css: 'button[aria-label="Send invitation"]' } },
  'connect-2026-shadow': { field: 'dialog textarea', send: { css: 'button[aria-label="Send invitation"]' } },
  'connect-2026-non-english': {
    field: 'dialog textarea',
    send: { css: 'button[aria-label="Einladung senden"]' },
  },
  'messaging-bubbles': {
    field: '.msg-overlay-conversation-bubble--is-active [contenteditable="true"]',
    send: { css: '.msg-overlay-conversation-bubble--is-active .msg-form__send-button' },
  },
  'messaging-compose-bubble': {
    field: '.msg-form__contenteditable',
    send: { css: '.msg-form__send-button' },
  },
  'messaging-page': { field: '.msg-form__contenteditable', send: { css: '.msg-form__send-button' } },
  'messaging-2026-hashed': { field: '[contenteditable="true"]', send: { css: 'form button[type="submit"]' } },
  inmail: { field: '.msg-form__contenteditable', send: { css: '.msg-form__send-button' } },
  salesnav: { field: 'textarea.compose-form__message-field', send: { css: '.compose-form__send-button' } },
  'comment-quill': { field: '.ql-editor', send: { css: '.comments-comment-box__submit-button' } },
  'comment-2026': { field: '[contenteditable="true"]', send: { css: '[role="article"] > button' } },
  'post-composer': {
    field: '[role="textbox"][contenteditable="true"]',
    send: { css: 'button', text: 'Post' },
  },
  'post-composer-legacy': { field: '.ql-editor', send: { css: '.share-actions__primary-action' } },
};

export interface PieceProbe {
  hosts: number;
  maxShift: number;
  worst: string;
  chip: { found: boolean; box: Box | null; inViewport: boolean };
  /** LinkedIn controls and words the chip covers (should be none). */
  covers: string[];
  /** LinkedIn controls in the viewport whose centre is not theirs (something of ours is on top). */
  controlsHidden: string[];
}

/** For pages without a compose box (profile, Sent invitations): our chip `host` floats in free space. */
function probePiece(host: string): PieceProbe {
  const ours = (el: Element) => el.tagName.startsWith('CONNECT-COACH-');
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const hostEl = document.querySelector(host);
  const chipEl = hostEl?.shadowRoot?.querySelector('[data-float="chip"]') ?? null;
  const c = chipEl?.getBoundingClientRect() ?? null;
  const chip = c ? { x: c.x, y: c.y, width: c.width, height: c.height } : null;
  const inViewport =
    !!chip &&
    chip.width > 0 &&
    chip.x >= 0 &&
    chip.y >= 0 &&
    chip.x + chip.width <= vw &&
    chip.y + chip.height <= vh;
  const hits = (r: DOMRect) =>
    !!chip &&
    Math.min(r.right, chip.x + chip.width) - Math.max(r.left, chip.x) > 0.5 &&
    Math.min(r.bottom, chip.y + chip.height) - Math.max(r.top, chip.y) > 0.5;
  const covers: string[] = [];
  const controlsHidden: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || !n.parentElement || ours(n.parentElement)) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects())
      if (hits(r)) covers.push(`text "${n.textContent.trim().slice(0, 30)}"`);
  }
  for (const el of document.querySelectorAll('a, button, input, img, svg, [role="button"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (hits(r)) covers.push(describe(el));
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    if (cx < 0 || cy < 0 || cx > vw || cy > vh || (el.closest('svg') !== el && el.closest('svg'))) continue;
    const top = document.elementFromPoint(cx, cy);
    if (top && ours(top)) controlsHidden.push(describe(el));
  }
  const snapshot = () =>
    [...document.querySelectorAll('*')]
      .filter((el) => !ours(el))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { el, v: [r.left, r.top, r.width, r.height, el.scrollTop] };
      });
  const all = [...document.querySelectorAll('*')].filter(ours);
  const before = snapshot();
  for (const h of all) h.remove();
  const after = snapshot();
  let maxShift = 0;
  let worst = '';
  before.forEach((b, i) => {
    const a = after[i];
    b.v.forEach((v, k) => {
      const d = a && a.el === b.el ? Math.abs(v - (a.v[k] ?? 0)) : Number.POSITIVE_INFINITY;
      if (d > maxShift) {
        maxShift = d;
        worst = describe(b.el);
      }
    });
  });
  return {
    hosts: all.length,
    maxShift,
    worst,
    chip: { found: !!chipEl, box: chip, inViewport },
    covers,
    controlsHidden,
  };
}

export function probeFloatingPiece(page: Page, host: string): Promise<PieceProbe> {
  return page.evaluate(probePiece, host);
}
