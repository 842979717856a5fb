/**
 * The scripts in a LinkedIn tab outlive the extension that put them there. When Connect Coach is
 * updated, reloaded or turned off while the tab is open:
 * - Chrome leaves the old scripts running with no extension behind them: every `browser.*` call then
 *   throws "Extension context invalidated". They must go quiet before they touch the API again, take
 *   their UI off the page, and say once, where coaching would have appeared, that the tab needs a
 *   reload (Chrome puts no new scripts into open tabs).
 * - Firefox removes the old scripts and runs the new ones in the open tabs; what the old ones had
 *   inserted stays in the page, dead. The new script removes it before it starts.
 *
 * The check is cheap: `browser.runtime.id` is gone once the extension is. It runs once a second and,
 * synchronously, before any of our own handlers, on the events that lead to an API call (window
 * capture listeners run before the document ones the loader and the coaching UI use).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen } from '../../utils/messaging';

export const NOTICE_TAG = 'connect-coach-notice';
const OURS = 'CONNECT-COACH-';
const CHECK_EVENTS = ['pointerdown', 'mousedown', 'keydown', 'focusin', 'input', 'click'] as const;
const CHECK_MS = 1000;

export interface LifelineOptions {
  /** The one-line notice and its dismiss label, read now: the i18n API goes with the extension. */
  notice: { text: string; dismiss: string; dir: string; lang: string };
  /** Whether focusing this element would have brought coaching (a compose box we recognise). */
  wouldCoach: (path: EventTarget[]) => boolean;
}

/** Every element our scripts inserted (tags `connect-coach-*`), through open shadow roots and same-origin frames. */
export function ourHosts(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  const walk = (r: Document | ShadowRoot) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.tagName.startsWith(OURS)) {
        found.push(el);
        continue;
      }
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          const d = (el as HTMLIFrameElement).contentDocument;
          if (d) walk(d);
        } catch {
          // A cross-origin frame: nothing of ours can be there.
        }
      }
    }
  };
  walk(root);
  return found;
}

/** Removes what an earlier copy of our scripts left in the page (Firefox after an update). */
export function removeLeftovers(root: Document = document): number {
  const left = ourHosts(root);
  for (const el of left) el.remove();
  // The document-level styles WXT adds beside a shadow-root UI.
  for (const s of root.querySelectorAll('style[wxt-shadow-root-document-styles]')) s.remove();
  return left.length;
}

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Cleanups registered with ctx.onInvalidated (here and in the coaching UI) remove listeners from
 * browser.* events; once the extension is gone those calls throw, and an exception in one would show
 * up as an uncaught error in the page. They run guarded: an error is swallowed only when the
 * extension is gone (there is nothing left to clean up then), never while it is alive.
 */
function guardCleanups(ctx: ContentScriptContext) {
  const register = ctx.onInvalidated.bind(ctx);
  ctx.onInvalidated = (cb: () => void) =>
    register(() => {
      try {
        cb();
      } catch (err) {
        if (extensionAlive()) throw err;
      }
    });
}

export function watchLifeline(ctx: ContentScriptContext, options: LifelineOptions): void {
  guardCleanups(ctx);
  // Answers the background's "is a content script already here?" (before it injects one).
  const stopPing = listen({ 'content/ping': () => true });
  ctx.onInvalidated(() => {
    if (extensionAlive()) stopPing();
  });

  const checking = new AbortController();
  // Reading ctx.isInvalid invalidates the context (and runs every onInvalidated cleanup, which takes
  // our UI off the page) as soon as the extension is gone.
  const check = () => void ctx.isInvalid;
  for (const type of CHECK_EVENTS)
    window.addEventListener(type, check, { capture: true, passive: true, signal: checking.signal });
  const timer = setInterval(check, CHECK_MS);

  ctx.onInvalidated(() => {
    clearInterval(timer);
    checking.abort();
    // A newer copy of the script took over this page (the extension is still here): nothing to say.
    if (extensionAlive()) return;
    const hadUi = ourHosts().some((el) => el.tagName !== NOTICE_TAG.toUpperCase());
    // Off the page now, whatever state it was in (the UI's own cleanups, registered later, unmount it).
    removeLeftovers();
    orphaned(options, hadUi);
  });
}

/** The extension is gone: say so once, where the user would have been coached, and do nothing else. */
function orphaned(options: LifelineOptions, showNow: boolean) {
  const quiet = new AbortController();
  const show = () => {
    quiet.abort();
    showNotice(options.notice);
  };
  if (showNow) {
    show();
    return;
  }
  window.addEventListener(
    'focusin',
    (e) => {
      if (options.wouldCoach(e.composedPath())) show();
    },
    { capture: true, passive: true, signal: quiet.signal },
  );
}

const NOTICE_CSS = `
:host { all: initial; position: fixed !important; inset-block-end: 16px; inset-inline-start: 16px;
  z-index: 2147483000; max-width: calc(100vw - 32px); }
.n { display: flex; align-items: center; gap: 8px; box-sizing: border-box; padding: 6px 6px 6px 12px;
  border-radius: 8px; background: #1d2226; color: #ffffff; font: 13px/1.4 system-ui, -apple-system,
  "Segoe UI", Roboto, Ubuntu, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
.t { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button { all: unset; cursor: pointer; min-width: 24px; min-height: 24px; text-align: center;
  border-radius: 4px; font-size: 16px; line-height: 24px; color: #ffffff; }
button:hover { background: rgb(255 255 255 / 15%); }
button:focus-visible { outline: 2px solid #71b7fb; outline-offset: 1px; }
`;

function showNotice(notice: LifelineOptions['notice']) {
  if (document.querySelector(NOTICE_TAG) || !document.body) return;
  const host = document.createElement(NOTICE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = document.createElement('div');
  box.className = 'n';
  box.setAttribute('role', 'status');
  box.setAttribute('data-testid', 'cc-updated');
  box.dir = notice.dir;
  box.lang = notice.lang;
  const text = document.createElement('span');
  text.className = 't';
  text.textContent = notice.text;
  text.title = notice.text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', notice.dismiss);
  close.addEventListener('click', () => host.remove());
  box.append(text, close);
  // Keys typed on our button are ours: LinkedIn's shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) box.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, box);
  document.body.append(host);
}
