import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentLanguage } from '../../lib/i18n/loader';
import { findSurfaces } from '../../lib/linkedin/detect';
import { readProfile } from '../../lib/linkedin/profile';
import { profileName } from '../../lib/linkedin/recipient';
import { watchPage } from '../../lib/linkedin/watcher';
import { listen } from '../../utils/messaging';
import { type CoachHandoff, readHandoff, writeHandoff } from '../linkedin.content/handoff';
import { watchFocus } from './focus-report';
import { createPanelEnv } from './panel-env';
import { Panels } from './panels';
import { personForSurface } from './person-advice';
import { ProfilePiece } from './profile-piece';
import { watchBlankInviteSend } from './send-capture';
import { SentPiece } from './sent-piece';

/**
 * The coaching UI: wiring only. The background injects it into a LinkedIn frame when the small content
 * script (entrypoints/linkedin.content) sees a compose box, a profile, the Sent page or the user starting
 * to interact; it then takes over watching the page. Each feature lives in its own file: the compose
 * boxes' chips and cards (panels.ts, surface-panel.tsx, floating/), the live field, send capture, the
 * profile chip, the Sent-page sync and the focus report for the side panel.
 */
export default defineUnlistedScript(() => {
  // Should a browser ever run injected scripts apart from the content script's world, start alone:
  // its own context, no remembered Connect click (the content script keeps its quiet watcher).
  const handoff = readHandoff(globalThis) ?? standalone();
  // Injected twice, or after the extension was reloaded: nothing to do.
  if (handoff.started || handoff.ctx.isInvalid) return;
  handoff.started = true;
  handoff.takeOver();
  // UI strings: the browser's language, or the stored catalogue of the one chosen in the settings.
  void startContentLanguage(browser, handoff.ctx).then(() => startCoach(handoff.ctx, handoff));
});

function standalone(): CoachHandoff {
  const handoff: CoachHandoff = {
    ctx: new ContentScriptContext('coach-ui'),
    invite: () => null,
    toggleRequested: false,
    started: false,
    takeOver: () => {},
  };
  writeHandoff(globalThis, handoff);
  return handoff;
}

async function startCoach(ctx: ContentScriptContext, handoff: CoachHandoff) {
  const freshInvite = () => handoff.invite();
  const hints = () => ({
    url: location.href,
    inviteRecipient: freshInvite()?.name ?? profileName(document, location.href),
  });
  const env = await createPanelEnv(ctx, (surface) =>
    personForSurface(surface, document, location.href, freshInvite()),
  );
  const panels = new Panels(ctx, env);
  const profile = new ProfilePiece(ctx);
  const sent = new SentPiece(ctx);

  // Alt+Shift+K (the browser's command, through the background): the card of the box being typed in.
  ctx.onInvalidated(listen({ 'toggle-panel': () => panels.toggleActive() }));

  const scan = () => {
    const result = findSurfaces(document, hints());
    const { modals, changed } = panels.sync(result.surfaces, result.roots);
    profile.sync(modals, changed);
    sent.sync(modals, changed);
    return result.roots;
  };
  const watcher = watchPage(document, { signal: ctx.signal, scan, tracked: () => panels.keys() });
  // The shortcut was pressed while the UI was loading: apply it once the first panels exist.
  if (handoff.toggleRequested) setTimeout(() => panels.toggleActive(), 300);

  // Observe only: a request sent from the gate dialog without a note.
  watchBlankInviteSend(ctx, {
    inviteFresh: () => freshInvite() !== null,
    handledElsewhere: (dialog) => panels.handles(dialog),
    onBlankSend: () => {
      const memory = freshInvite();
      void env.recordInvite(
        { name: memory?.name ?? null, profileUrl: memory?.profileUrl ?? null },
        null,
        null,
      );
    },
  });

  const focus = watchFocus(ctx, {
    panels,
    hints,
    pagePerson: () => {
      for (const p of panels.values()) if (p.pagePerson) return p.pagePerson;
      const person = readProfile(document, location.href);
      return person?.name && person.profileUrl
        ? {
            name: person.name,
            profileUrl: person.profileUrl,
            headline: person.headline,
            degree: person.degree,
            state: person.state,
          }
        : null;
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watcher.nudge();
    setTimeout(() => focus.pageChanged(), 200);
  });
}
