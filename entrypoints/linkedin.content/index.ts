/**
 * The content script that runs on every LinkedIn page. It is deliberately small: it watches for a
 * compose box, a profile or the Sent-invitations page (or the user starting to interact) and only
 * then asks the background to inject the coaching UI (React, the draft engine, the panels). A feed
 * that is only being read pays for this file and a quiet watcher, nothing more (load time and page
 * overhead). It never acts on the page: it reads it and listens to the user's own clicks.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { localeAttributes } from '../../lib/i18n/direction';
import { findSurfaces } from '../../lib/linkedin/detect';
import { freshInvite, type InviteMemory, inviteFromClick } from '../../lib/linkedin/invite';
import { readProfile } from '../../lib/linkedin/profile';
import { isSentInvitationsPage } from '../../lib/linkedin/sent-page';
import { watchPage } from '../../lib/linkedin/watcher';
import { listen, send } from '../../utils/messaging';
import { type CoachHandoff, writeHandoff } from './handoff';
import { removeLeftovers, watchLifeline } from './lifeline';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // CSS is inlined into each shadow root, so the extension exposes no web-accessible resources.
  cssInjectionMode: 'manual',
  main: (ctx) => startLoader(ctx),
});

/** Interactions after which a compose box is likely: load the UI before it appears. */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

function startLoader(ctx: ContentScriptContext) {
  const watching = new AbortController();
  ctx.onInvalidated(() => watching.abort());
  // What an earlier copy of the extension inserted (Firefox runs the new one in open tabs) goes first.
  removeLeftovers(document);
  // If the extension goes away under this tab (update, reload), go quiet and say so once. The words
  // are read now (the i18n API goes with the extension), straight from _locales: this script stays
  // small, without the UI's message helpers.
  watchLifeline(ctx, {
    notice: {
      text: browser.i18n.getMessage('lifecycle_updated_reload'),
      dismiss: browser.i18n.getMessage('lifecycle_dismiss'),
      ...localeAttributes(browser.i18n),
    },
    wouldCoach: (path) => {
      const found = findSurfaces(document, { url: location.href, inviteRecipient: null });
      return found.surfaces.some((s) => path.includes(s.container) || path.includes(s.key));
    },
  });

  // Observe only: remember who a Connect control is for, so the note dialog can name them.
  let invite: InviteMemory | null = null;
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const target = e.composedPath()[0];
      if (target instanceof Element)
        invite = inviteFromClick(target, document, location.href, Date.now()) ?? invite;
    },
    { capture: true, passive: true },
  );

  let requested = false;
  const loadUi = () => {
    if (requested || ctx.isInvalid) return;
    requested = true;
    // On failure (background restarting) the next trigger tries again.
    send({ type: 'ui/load' })
      .then((ok) => {
        if (ok !== true) requested = false;
      })
      .catch(() => {
        requested = false;
      });
  };

  const stopListening = listen({
    'toggle-panel': () => {
      handoff.toggleRequested = !handoff.toggleRequested;
      loadUi();
    },
  });
  ctx.onInvalidated(stopListening);

  const handoff: CoachHandoff = {
    ctx,
    invite: () => freshInvite(invite, Date.now()),
    toggleRequested: false,
    started: false,
    takeOver: () => {
      watching.abort();
      stopListening();
    },
  };
  writeHandoff(globalThis, handoff);

  for (const type of INTENT_EVENTS)
    document.addEventListener(type, loadUi, { capture: true, passive: true, signal: watching.signal });

  watchPage(document, {
    signal: watching.signal,
    tracked: () => [],
    scan: () => {
      const url = location.href;
      const found = findSurfaces(document, { url, inviteRecipient: null });
      if (found.surfaces.length || isSentInvitationsPage(url) || readProfile(document, url)) loadUi();
      return found.roots;
    },
  });
}
