import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { AddContactForm, ContactEditor } from '../../components/ContactForm';
import { ImportExport } from '../../components/ImportExport';
import { InsightView } from '../../components/insight/InsightView';
import { RequestTable } from '../../components/RequestTable';
import { SettingsForm } from '../../components/SettingsForm';
import { StoreProblems } from '../../components/StoreProblems';
import { WipeData } from '../../components/WipeData';
import { useTemplateFigures, useWarningFigures } from '../../hooks/use-background-figures';
import { useSchedule } from '../../hooks/use-schedule';
import { useNow, useTracker } from '../../hooks/use-tracker';
import { t } from '../../lib/i18n/t';
import { calendarItems } from '../../lib/tracker/calendar';
import { zoneOf } from '../../lib/tracker/format';
import type { TrackedContact } from '../../lib/tracker/schema';
import type { StoreProblem } from '../../lib/tracker/store';
import { errorText, send } from '../../utils/messaging';
import { requestNotificationsPermission, saveSettings } from '../../utils/settings-adapter';
import { sheetMemoryStore } from '../../utils/sheet-memory';
import type { TrackerStore } from '../../utils/tracker-store';

const NO_CONTACTS: TrackedContact[] = [];

/** The page's sections, as the header's links go to them. */
const SECTIONS = [
  ['cc-list', 'dashboard_nav_list'],
  ['cc-insight', 'dashboard_nav_insight'],
  ['cc-settings', 'dashboard_nav_settings'],
  ['cc-data', 'dashboard_nav_data'],
] as const;

export function DashboardApp({ store }: { store: TrackerStore }) {
  useEffect(() => store.start(), [store]);
  const status = useTracker(store, (s) => s.status);
  const contacts = useTracker(store, (s) => s.contacts);
  const byId = useTracker(store, (s) => s.byId);
  const settings = useTracker(store, (s) => s.settings);
  const settingsRepaired = useTracker(store, (s) => s.settingsRepaired);
  const problems = useTracker(store, (s) => s.problems);
  const quarantined = useTracker(store, (s) => s.quarantined);
  const loadError = useTracker(store, (s) => s.error);
  // Until every contact is read, the background's summary gives the first due rows (summary.ts).
  const preview = useTracker(store, (s) => s.preview);
  const previewContacts = useMemo(() => preview?.rows.map((r) => r.contact) ?? NO_CONTACTS, [preview]);
  const listed = status === 'loading' && preview ? previewContacts : contacts;
  // Due dates move with the clock; at 20,000 contacts a recompute is seconds of (sliced) work.
  const now = useNow(5 * 60_000);
  const zone = zoneOf(settings);
  const [editing, setEditing] = useState<string | null>(null);
  // The insight view costs a few hundred ms at 20,000 contacts: the list paints first, figures follow.
  const insightContacts = useDeferredValue(contacts, NO_CONTACTS);
  const warningFigures = useWarningFigures();
  const templateFigures = useTemplateFigures();
  const [initProblems, setInitProblems] = useState<StoreProblem[]>([]);
  const [initError, setInitError] = useState<string | null>(null);

  // The writer's start-up check sets unreadable records aside and saves repairs; ask it once and show
  // what it found (the store then follows the keys it moved). Asked once this page has read the
  // list: the check reads every contact too, and both at once would slow the first rows.
  const loaded = status !== 'loading';
  useEffect(() => {
    if (!loaded) return;
    send({ type: 'tracker/init' })
      .then((r) => setInitProblems(r.problems))
      .catch((err) => setInitError(t('dashboard_init_failed', { error: errorText(err) })));
  }, [loaded]);

  const { dueById, nextById, ready, progress } = useSchedule(listed, now, settings, zone);
  const calendar = useCallback(
    () => calendarItems(contacts, new Date(), settings, zone),
    [contacts, settings, zone],
  );

  // What the table and the insight view share: this page's clock, the user's zone, the tracker writer.
  const onPage = { now, timeZone: zone, send: send };
  const editingContact = editing ? byId.get(editing) : undefined;
  const allProblems = useMemo(() => {
    const seen = new Set(problems.map((p) => p.key));
    return [...problems, ...initProblems.filter((p) => !seen.has(p.key) && p.action !== 'quarantined')];
  }, [problems, initProblems]);

  return (
    <main className="cc-dashboard" data-testid="cc-dashboard" data-status={status}>
      <header className="cc-toolbar">
        <h1>{t('dashboard_title')}</h1>
        <span className="cc-note">
          {status === 'loading'
            ? preview
              ? t('dashboard_reading_preview', {
                  people: preview.count,
                  due: preview.dueCount,
                })
              : t('dashboard_reading')
            : t('dashboard_status', {
                people: contacts.length,
                due:
                  ready && progress === 1
                    ? t('dashboard_due_now', { count: dueById.size })
                    : t('dashboard_working_out', { percent: Math.round(progress * 100) }),
              })}
        </span>
        <nav className="cc-toolbar" aria-label={t('dashboard_sections')}>
          {SECTIONS.map(([anchor, label]) => (
            <a key={anchor} className="cc-link" href={`#${anchor}`}>
              {t(label)}
            </a>
          ))}
        </nav>
      </header>
      <p className="cc-note">{t('dashboard_promise')}</p>
      {loadError || initError ? (
        <p role="alert" className="cc-alert">
          {loadError ?? initError}
        </p>
      ) : null}
      <StoreProblems problems={allProblems} quarantined={quarantined} />
      <div id="cc-list" />
      <AddContactForm existing={byId} send={send} onEdit={(c) => setEditing(c.id)} />
      {editingContact ? (
        <ContactEditor
          key={editingContact.id}
          contact={editingContact}
          send={send}
          onClose={() => setEditing(null)}
          timeZone={zone}
        />
      ) : null}
      <RequestTable
        {...onPage}
        contacts={listed}
        dueById={dueById}
        nextById={nextById}
        onEdit={(c) => setEditing(c.id)}
      />
      <section
        id="cc-insight"
        aria-label={t('dashboard_insight')}
        aria-busy={status === 'ready' && insightContacts !== contacts}
      >
        {/* Once shown, the view stays while newer figures are worked out (a write elsewhere on the
            page would otherwise unmount it, losing focus and what the user was doing in it). */}
        {status === 'ready' && (insightContacts === contacts || insightContacts !== NO_CONTACTS) ? (
          <InsightView
            {...onPage}
            contacts={insightContacts}
            settings={settings}
            warningFigures={warningFigures}
            templateFigures={templateFigures}
          />
        ) : status === 'ready' ? (
          <p className="cc-note" role="status">
            {t('dashboard_insight_loading')}
          </p>
        ) : null}
      </section>
      <div id="cc-settings" />
      {status === 'ready' ? (
        <SettingsForm
          settings={settings}
          repaired={settingsRepaired}
          onSave={saveSettings}
          requestNotifications={requestNotificationsPermission}
        />
      ) : null}
      <div id="cc-data" />
      <ImportExport contacts={contacts} calendar={calendar} send={send} sheetMemory={sheetMemoryStore} />
      <WipeData send={send} count={contacts.length} />
    </main>
  );
}
