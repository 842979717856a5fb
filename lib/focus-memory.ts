/**
 * What the content script last reported about the focused box, per tab, for the side panel. Kept in
 * session storage, not in the background's memory: Firefox's event page and Chrome's service worker
 * are stopped when idle, and the side panel opened after that must still find the report. Session
 * storage is cleared when the browser closes.
 */
import { storage } from 'wxt/utils/storage';
import type { FocusReport } from './protocol/requests';

export const FOCUS_REPORTS_KEY = 'session:focusReports';

export interface FocusMemory {
  byTab: Record<string, FocusReport>;
  latest: { tabId: number; report: FocusReport } | null;
}

/** Tabs remembered at most (oldest reports go first). */
const MAX_TABS = 50;

export const focusMemoryItem = storage.defineItem<FocusMemory>(FOCUS_REPORTS_KEY, {
  fallback: { byTab: {}, latest: null },
});

function isReport(v: unknown): v is FocusReport {
  const r = v as FocusReport | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.url === 'string' &&
    typeof r.recognised === 'boolean' &&
    Array.isArray(r.reasons) &&
    typeof r.at === 'number'
  );
}

/** A stored value as a usable memory (anything unreadable is dropped, never thrown). */
export function repairFocusMemory(raw: unknown): FocusMemory {
  const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<FocusMemory>;
  const byTab: Record<string, FocusReport> = {};
  for (const [tab, report] of Object.entries(v.byTab ?? {})) if (isReport(report)) byTab[tab] = report;
  const latest =
    v.latest && typeof v.latest.tabId === 'number' && isReport(v.latest.report) ? v.latest : null;
  return { byTab, latest };
}

export function withReport(memory: FocusMemory, tabId: number, report: FocusReport): FocusMemory {
  const byTab = { ...memory.byTab, [String(tabId)]: report };
  const tabs = Object.entries(byTab).sort((a, b) => b[1].at - a[1].at);
  return { byTab: Object.fromEntries(tabs.slice(0, MAX_TABS)), latest: { tabId, report } };
}

export function withoutTab(memory: FocusMemory, tabId: number): FocusMemory {
  const byTab = { ...memory.byTab };
  delete byTab[String(tabId)];
  return { byTab, latest: memory.latest?.tabId === tabId ? null : memory.latest };
}
