import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createStore } from 'zustand/vanilla';
import { type PreparedHistory, prepareHistory } from '../../lib/draft';
import { startContentLanguage } from '../../lib/i18n/loader';
import { t } from '../../lib/i18n/t';
import { type AccountType, inferAccountType } from '../../lib/limits';
import { type DetectedSurface, explainElement, findSurfaces } from '../../lib/linkedin/detect';
import { deepActiveElement, pickFocusedBubble } from '../../lib/linkedin/focus';
import { readProfile } from '../../lib/linkedin/person';
import { profileName } from '../../lib/linkedin/recipient';
import { isSentInvitationsPage, readSentInvitations } from '../../lib/linkedin/sent';
import { watchPage } from '../../lib/linkedin/watcher';
import { type FocusReport, isMessage, type Message } from '../../lib/messages';
import { type Labels, labelsItem, readLabels, repairLabels } from '../../lib/tracker/labels';
import { noteHistoryItem, readNoteHistory, repairNoteHistory } from '../../lib/tracker/note-history';
import { panelPrefsItem, readPanelPrefs, readSettings, settingsItem } from '../../lib/tracker/storage';
import { readVolume, repairVolume, type VolumeCache, volumeItem } from '../../lib/tracker/volume-cache';
import { type CoachHandoff, readHandoff, writeHandoff } from '../linkedin.content/handoff';
import { type PanelEnv, SurfacePanel } from './panel-mount';
import { personForSurface } from './person-advice';
import { ProfileCardMount, topCardAnchor } from './profile-card';
import { watchBlankInviteSend } from './send-capture';
import { SentSyncMount } from './sent-sync';
import { showToast } from './toast';
import { sendTracker } from './tracker-client';

/**
 * The coaching UI: panels, profile card, Sent-invitations sync, send capture. The background injects
 * it into a LinkedIn frame when the small content script (entrypoints/linkedin.content) sees a compose
 * box, a profile, the Sent page or the user starting to interact; it then takes over watching the page.
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
  const [initialSettings, prefs, notes, initialLabels, initialVolume] = await Promise.all([
    readSettings(),
    readPanelPrefs(),
    readNoteHistory(),
    readLabels(),
    readVolume(),
  ]);
  const labels = createStore<Labels>(() => initialLabels);
  const volume = createStore<VolumeCache>(() => initialVolume);
  const unwatchVolume = volumeItem.watch((next) => volume.setState(repairVolume(next), true));
  ctx.onInvalidated(unwatchVolume);
  const unwatchLabels = labelsItem.watch((next) => labels.setState(repairLabels(next), true));
  ctx.onInvalidated(unwatchLabels);
  // The user's earlier notes, prepared once for the template-similarity check.
  let history: PreparedHistory | undefined = notes.length ? prepareHistory(notes) : undefined;
  const unwatchHistory = noteHistoryItem.watch((next) => {
    const list = repairNoteHistory(next);
    history = list.length ? prepareHistory(list) : undefined;
  });
  ctx.onInvalidated(unwatchHistory);
  let settings = initialSettings;
  let account: AccountType | null = settings.accountType;
  const collapsed = createStore<boolean>(() => prefs.collapsed);
  /** Records a request the user sent by hand, and offers Undo. */
  const recordInvite = async (
    person: { name: string | null; profileUrl: string | null },
    note: string | null,
    label: { version?: string; audience?: string } | null,
  ) => {
    if (!person.profileUrl || !person.name) {
      await showToast(ctx, {
        message: t('toast_unknown_profile'),
      });
      return;
    }
    const res = await sendTracker({
      type: 'tracker/request-sent',
      input: {
        name: person.name,
        profileUrl: person.profileUrl,
        note: note?.trim() ? note : null,
        sentAt: new Date().toISOString(),
        accountType: account,
        ...(label?.version ? { version: label.version } : {}),
        ...(label?.audience ? { audience: label.audience } : {}),
      },
    });
    if (!res.ok) {
      await showToast(ctx, { message: t('toast_not_tracked', { error: res.error.message }) });
      return;
    }
    const id = (res.result as { id: string }).id;
    await showToast(ctx, {
      message: t('toast_request_tracked', { name: person.name }),
      actionLabel: t('toast_undo'),
      onAction: async () => {
        const undo = await sendTracker({ type: 'tracker/undo-request', id });
        return undo.ok ? null : undo.error.message;
      },
    });
  };

  const env: PanelEnv = {
    account: () => account,
    history: () => history,
    settings: () => settings,
    person: (surface) => personForSurface(surface, document, location.href, freshInvite()),
    onInviteSend: (person, note) => {
      const { currentVersion, currentAudience } = labels.getState();
      void recordInvite(person, note, { version: currentVersion, audience: currentAudience });
    },
    labels,
    volume,
    setLabels: (next) => {
      labels.setState(next, true);
      void labelsItem.setValue(next);
    },
    onMessageSent: (person, tracked) => {
      if (!tracked) return;
      void sendTracker({ type: 'tracker/message-sent', id: tracked.id, at: new Date().toISOString() }).then(
        (res) =>
          showToast(ctx, {
            message: res.ok
              ? t('toast_message_tracked', { name: person.name ?? tracked.name })
              : t('toast_not_tracked', { error: res.error.message }),
          }),
      );
    },
    collapsed,
    setCollapsed: (value) => {
      collapsed.setState(value, true);
      void panelPrefsItem.setValue({ collapsed: value });
    },
  };
  const unwatchSettings = settingsItem.watch((next) => {
    if (next) settings = next;
    account = next?.accountType ?? null;
    for (const p of panels.values()) p.refresh();
  });
  const unwatchPrefs = panelPrefsItem.watch((next) => collapsed.setState(Boolean(next?.collapsed), true));
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchPrefs();
  });

  const panels = new Map<HTMLElement, SurfacePanel>();
  const onMessage = (raw: unknown) => {
    if (isMessage(raw) && raw.type === 'toggle-panel') env.setCollapsed(!collapsed.getState());
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  if (handoff.toggleRequested) env.setCollapsed(!collapsed.getState());
  let lastFocused: Element | null = null;
  let profileCard: ProfileCardMount | null = null;
  const freshInvite = () => handoff.invite();

  const hints = () => {
    const url = location.href;
    return { url, inviteRecipient: freshInvite()?.name ?? profileName(document, url) };
  };

  /** Profile pages get the compact advice card under the top card; it follows SPA navigation. */
  const syncProfileCard = () => {
    const person = readProfile(document, location.href);
    const anchor = person && person.state !== 'self' ? topCardAnchor(document) : null;
    const same =
      profileCard &&
      person &&
      anchor &&
      profileCard.person.profileUrl === person.profileUrl &&
      profileCard.anchor === anchor;
    if (same && profileCard?.anchor.isConnected) return;
    profileCard?.remove();
    profileCard = null;
    if (person?.name && person.profileUrl && anchor) {
      profileCard = new ProfileCardMount(
        ctx,
        { ...person, name: person.name, profileUrl: person.profileUrl },
        anchor,
      );
      void profileCard.mount();
    }
  };
  ctx.onInvalidated(() => profileCard?.remove());

  /** The Sent invitations page gets the sync offer above the list; it re-reads as the list grows. */
  let sentSync: SentSyncMount | null = null;
  // Rows are swapped in place on virtualised lists: compare who is listed, not how many.
  let sentSeen = '';
  const syncSentPage = () => {
    const list = isSentInvitationsPage(location.href) ? readSentInvitations(document) : null;
    const anchor = list?.listContainer ?? null;
    if (!anchor) {
      sentSync?.remove();
      sentSync = null;
      return;
    }
    if (!sentSync || sentSync.anchor !== anchor || !anchor.isConnected) {
      sentSync?.remove();
      sentSync = new SentSyncMount(ctx, anchor);
      sentSeen = list?.cards.map((c) => c.profileUrl).join('|') ?? '';
      void sentSync.mount();
    } else if (list) {
      const seen = list.cards.map((c) => c.profileUrl).join('|');
      if (seen !== sentSeen) {
        sentSeen = seen;
        void sentSync.refresh();
      }
    }
  };
  ctx.onInvalidated(() => sentSync?.remove());

  const inferAccount = (surfaces: DetectedSurface[]) => {
    if (account !== null) return;
    for (const s of surfaces) {
      const page = s.kind === 'connection-note' ? s.fields[0]?.pageLimit : undefined;
      const limit = page?.counter ?? page?.maxLength;
      const inferred = limit ? inferAccountType(limit) : null;
      // Only a 200 counter is conclusive: 300 was everyone's limit before 2025.
      if (inferred === 'free') {
        account = inferred;
        settings = { ...settings, accountType: 'free', accountTypeInferred: true };
        void settingsItem.setValue(settings);
      }
    }
  };

  const scan = () => {
    const result = findSurfaces(document, hints());
    const wanted = pickFocusedBubble(result.surfaces, deepActiveElement(document), lastFocused);
    inferAccount(wanted);
    const keep = new Set<HTMLElement>();
    for (const surface of wanted) {
      keep.add(surface.key);
      const existing = panels.get(surface.key);
      if (existing) existing.update(surface);
      else {
        const panel = new SurfacePanel(ctx, surface, env);
        panels.set(surface.key, panel);
        void panel.mount();
      }
    }
    for (const [key, panel] of panels) {
      if (!keep.has(key)) {
        panel.remove();
        panels.delete(key);
      }
    }
    syncProfileCard();
    syncSentPage();
    return result.roots;
  };

  const watcher = watchPage(document, { signal: ctx.signal, scan, tracked: () => panels.keys() });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.nudge());

  // Observe only: a request sent from the gate dialog without a note.
  watchBlankInviteSend(ctx, {
    inviteFresh: () => freshInvite() !== null,
    handledElsewhere: (dialog) => [...panels.values()].some((p) => p.container === dialog),
    onBlankSend: () => {
      const memory = freshInvite();
      void recordInvite({ name: memory?.name ?? null, profileUrl: memory?.profileUrl ?? null }, null, null);
    },
  });

  // Tell the side panel what the focused box is, and why it got no panel when it did not.
  const reportFocus = (target: EventTarget | null | undefined) => {
    if (!(target instanceof Element) || target.closest('connect-coach-panel')) return;
    if (!isTextEntry(target)) return;
    lastFocused = target;
    const surface = [...panels.values()].find((p) => p.key === target || p.key.contains(target));
    const report: FocusReport = surface
      ? { url: location.href, recognised: true, reasons: [], at: Date.now() }
      : { url: location.href, recognised: false, reasons: explainElement(target, hints()), at: Date.now() };
    const msg: Message = { type: 'focus-report', report };
    browser.runtime.sendMessage(msg).catch(() => {});
  };
  ctx.addEventListener(document, 'focusin', (e) => reportFocus(e.composedPath()[0]), {
    capture: true,
    passive: true,
  });
  // Focusing a box is often what loaded this UI: report the box that has focus now.
  reportFocus(deepActiveElement(document));
}

function isTextEntry(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', 'email', ''].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable || el.getAttribute('role') === 'textbox';
}
