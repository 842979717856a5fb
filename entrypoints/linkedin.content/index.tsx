import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createStore } from 'zustand/vanilla';
import { type AccountType, inferAccountType } from '../../lib/limits';
import { type DetectedSurface, explainElement, findSurfaces } from '../../lib/linkedin/detect';
import { deepActiveElement, pickFocusedBubble } from '../../lib/linkedin/focus';
import { inviteTriggerName, profileName } from '../../lib/linkedin/recipient';
import { watchPage } from '../../lib/linkedin/watcher';
import type { FocusReport, Message } from '../../lib/messages';
import { panelPrefsItem, readPanelPrefs, readSettings, settingsItem } from '../../lib/tracker/storage';
import { type PanelEnv, SurfacePanel } from './panel-mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // CSS is inlined into each shadow root, so the extension exposes no web-accessible resources.
  cssInjectionMode: 'manual',
  main: (ctx) => startCoach(ctx),
});

/** Remembered Connect-control names expire: a later dialog is probably for someone else. */
const INVITE_MEMORY_MS = 5 * 60_000;

async function startCoach(ctx: ContentScriptContext) {
  const [settings, prefs] = await Promise.all([readSettings(), readPanelPrefs()]);
  let account: AccountType | null = settings.accountType;
  const collapsed = createStore<boolean>(() => prefs.collapsed);
  const env: PanelEnv = {
    account: () => account,
    history: () => undefined,
    collapsed,
    setCollapsed: (value) => {
      collapsed.setState(value, true);
      void panelPrefsItem.setValue({ collapsed: value });
    },
  };
  const unwatchSettings = settingsItem.watch((next) => {
    account = next?.accountType ?? null;
    for (const p of panels.values()) p.refresh();
  });
  const unwatchPrefs = panelPrefsItem.watch((next) => collapsed.setState(Boolean(next?.collapsed), true));
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchPrefs();
  });

  const panels = new Map<HTMLElement, SurfacePanel>();
  let invite: { name: string | null; at: number } | null = null;
  let lastFocused: Element | null = null;

  const hints = () => {
    const url = location.href;
    const remembered = invite && Date.now() - invite.at < INVITE_MEMORY_MS ? invite.name : null;
    return { url, inviteRecipient: remembered ?? profileName(document, url) };
  };

  const inferAccount = (surfaces: DetectedSurface[]) => {
    if (account !== null) return;
    for (const s of surfaces) {
      const page = s.kind === 'connection-note' ? s.fields[0]?.pageLimit : undefined;
      const limit = page?.counter ?? page?.maxLength;
      const inferred = limit ? inferAccountType(limit) : null;
      // Only a 200 counter is conclusive: 300 was everyone's limit before 2025.
      if (inferred === 'free') {
        account = inferred;
        void settingsItem.setValue({ ...settings, accountType: 'free', accountTypeInferred: true });
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
    return result.roots;
  };

  const watcher = watchPage(document, { signal: ctx.signal, scan, tracked: () => panels.keys() });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());

  // Observe only: remember who a Connect control is for, so the note dialog can name them.
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element)) return;
      const name = inviteTriggerName(target, document, location.href);
      if (name !== undefined) invite = { name, at: Date.now() };
    },
    { capture: true, passive: true },
  );

  // Tell the side panel what the focused box is, and why it got no panel when it did not.
  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element) || target.closest('connect-coach-panel')) return;
      if (!isTextEntry(target)) return;
      lastFocused = target;
      const surface = [...panels.values()].find((p) => p.key === target || p.key.contains(target));
      const report: FocusReport = surface
        ? { url: location.href, recognised: true, reasons: [], at: Date.now() }
        : { url: location.href, recognised: false, reasons: explainElement(target, hints()), at: Date.now() };
      const msg: Message = { type: 'focus-report', report };
      browser.runtime.sendMessage(msg).catch(() => {});
    },
    { capture: true, passive: true },
  );
}

function isTextEntry(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', 'email', ''].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable || el.getAttribute('role') === 'textbox';
}
