import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type FocusReport, isMessage, type Message } from '../lib/messages';

/**
 * The background keeps what the content script last saw per tab (for the side panel's "not recognised"
 * explanation). It makes no network requests and never touches LinkedIn.
 */
export default defineBackground(() => {
  const reports = new Map<number, FocusReport>();
  let latest: { tabId: number; report: FocusReport } | null = null;

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isMessage(raw)) return undefined;
    const msg: Message = raw;
    if (msg.type === 'focus-report' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      reports.set(tabId, msg.report);
      latest = { tabId, report: msg.report };
      const update: Message = { type: 'focus-report-updated', tabId, report: msg.report };
      // Nobody may be listening (side panel closed): that is fine.
      browser.runtime.sendMessage(update).catch(() => {});
      return undefined;
    }
    if (msg.type === 'get-focus-report') {
      const report =
        msg.tabId === undefined
          ? latest
          : reports.has(msg.tabId)
            ? { tabId: msg.tabId, report: reports.get(msg.tabId) }
            : null;
      return Promise.resolve(report);
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));

  // Chrome: the toolbar button opens the popup; the side panel opens from there or the panel's link.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
});
