import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Checklist } from '../../components/Checklist';
import { HostAccess } from '../../components/HostAccess';
import { StoreProblems } from '../../components/StoreProblems';
import { useHostAccess } from '../../hooks/use-host-access';
import { useSchedule } from '../../hooks/use-schedule';
import { useNow, useTracker } from '../../hooks/use-tracker';
import { t } from '../../lib/i18n/t';
import { zoneOf } from '../../lib/tracker/format';
import type { TrackedContact } from '../../lib/tracker/schema';
import { send } from '../../utils/messaging';
import type { TrackerStore } from '../../utils/tracker-store';
import { withdrawReviewStore } from '../../utils/withdraw-review';

const NO_CONTACTS: TrackedContact[] = [];

type SidePanelApi = { open(o: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** Opens the paste-in drafting panel: Chrome's side panel or Firefox's sidebar. Needs the click's gesture. */
async function openDraftingPanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidebarAction) return api.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (api.sidePanel && win.id !== undefined) return api.sidePanel.open({ windowId: win.id });
  throw new Error(t('popup_no_side_panel'));
}

async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

export function PopupApp({ store }: { store: TrackerStore }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => store.start(), [store]);
  const status = useTracker(store, (s) => s.status);
  const contacts = useTracker(store, (s) => s.contacts);
  const byId = useTracker(store, (s) => s.byId);
  const settings = useTracker(store, (s) => s.settings);
  const problems = useTracker(store, (s) => s.problems);
  const quarantined = useTracker(store, (s) => s.quarantined);
  const loadError = useTracker(store, (s) => s.error);
  const now = useNow();
  const timeZone = zoneOf(settings);
  // Until every contact is read, the background's summary gives the first due items (summary.ts).
  const preview = useTracker(store, (s) => s.preview);
  const previewContacts = useMemo(() => preview?.rows.map((r) => r.contact) ?? NO_CONTACTS, [preview]);
  const previewById = useMemo(() => new Map(previewContacts.map((c) => [c.id, c])), [previewContacts]);
  const previewing = status === 'loading' && preview !== null;
  const schedule = useSchedule(previewing ? previewContacts : contacts, now, settings, timeZone);
  const access = useHostAccess();

  return (
    <main className="cc-popup">
      <header className="cc-popup-head">
        <h1>{t('ext_name')}</h1>
        <button
          type="button"
          className="cc-btn cc-btn-link"
          data-testid="cc-open-dashboard"
          onClick={() =>
            openDashboard()
              .then(() => window.close())
              .catch((e: Error) => setError(t('popup_dashboard_failed', { error: e.message })))
          }
        >
          {t('popup_open_dashboard')}
        </button>
      </header>
      <HostAccess granted={access.granted} request={access.request} compact />
      {loadError ? (
        <p role="alert" className="cc-alert">
          {loadError}
        </p>
      ) : null}
      <StoreProblems problems={problems} quarantined={quarantined} compact />
      {previewing && preview && schedule.ready ? (
        <p className="cc-note" role="status" data-testid="cc-preview-note">
          {t('popup_preview', { shown: schedule.due.length, total: preview.dueCount })}
        </p>
      ) : null}
      <Checklist
        items={schedule.due}
        contacts={previewing ? previewById : byId}
        now={now}
        timeZone={timeZone}
        send={send}
        loading={(status === 'loading' && !previewing) || !schedule.ready}
        openTab={(url) => void browser.tabs.create({ url }).catch(() => {})}
        review={withdrawReviewStore}
      />
      <div className="cc-popup-actions">
        <button
          type="button"
          className="cc-btn"
          onClick={() =>
            openDraftingPanel()
              .then(() => window.close())
              .catch((e: Error) => setError(t('popup_side_panel_failed', { error: e.message })))
          }
        >
          {t('popup_draft_side_panel')}
        </button>
      </div>
      <p className="cc-note">{t('popup_hint')}</p>
      {error ? (
        <p role="alert" className="cc-alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}
