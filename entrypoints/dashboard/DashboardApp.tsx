import { useCallback, useEffect, useMemo, useState } from 'react';
import { AddContactForm, ContactEditor } from '../../components/ContactForm';
import { ImportExport, WipeData } from '../../components/ImportExport';
import { InsightView } from '../../components/insight/InsightView';
import { RequestTable } from '../../components/RequestTable';
import { SettingsForm } from '../../components/SettingsForm';
import { StoreProblems } from '../../components/StoreProblems';
import type { StoreProblem } from '../../lib/tracker/store';
import { calendarItems } from '../../lib/ui/calendar';
import { zoneOf } from '../../lib/ui/format';
import { useSchedule } from '../../lib/ui/schedule';
import { errorText, sendTracker } from '../../lib/ui/send-tracker';
import { requestNotificationsPermission, saveSettings } from '../../lib/ui/settings-adapter';
import type { TrackerStore } from '../../lib/ui/tracker-store';
import { useNow, useTracker } from '../../lib/ui/use-tracker';

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
  // Due dates move with the clock; at 20,000 contacts a recompute is seconds of (sliced) work.
  const now = useNow(5 * 60_000);
  const zone = zoneOf(settings);
  const [editing, setEditing] = useState<string | null>(null);
  const [initProblems, setInitProblems] = useState<StoreProblem[]>([]);
  const [initError, setInitError] = useState<string | null>(null);

  // The writer's start-up check sets unreadable records aside and saves repairs; ask it once and show
  // what it found (the store then follows the keys it moved).
  useEffect(() => {
    sendTracker({ type: 'tracker/init' })
      .then((r) => setInitProblems(r.problems))
      .catch((err) => setInitError(`The tracker's background did not start: ${errorText(err)}.`));
  }, []);

  const { dueById, nextById, ready, progress } = useSchedule(contacts, now, settings, zone);
  const calendar = useCallback(
    () => calendarItems(contacts, new Date(), settings, zone),
    [contacts, settings, zone],
  );

  const editingContact = editing ? byId.get(editing) : undefined;
  const allProblems = useMemo(() => {
    const seen = new Set(problems.map((p) => p.key));
    return [...problems, ...initProblems.filter((p) => !seen.has(p.key) && p.action !== 'quarantined')];
  }, [problems, initProblems]);

  return (
    <main className="cc-dashboard" data-testid="cc-dashboard" data-status={status}>
      <header className="cc-toolbar">
        <h1>Connect Coach: your tracker</h1>
        <span className="cc-note">
          {status === 'loading'
            ? 'Reading…'
            : `${contacts.length.toLocaleString('en')} people · ${
                ready && progress === 1
                  ? `${dueById.size} due now`
                  : `working out due dates… ${Math.round(progress * 100)}%`
              }`}
        </span>
        <nav className="cc-toolbar" aria-label="Sections">
          <a className="cc-link" href="#cc-list">
            List
          </a>
          <a className="cc-link" href="#cc-insight">
            Which notes work
          </a>
          <a className="cc-link" href="#cc-settings">
            Settings
          </a>
          <a className="cc-link" href="#cc-data">
            Import, export, wipe
          </a>
        </nav>
      </header>
      <p className="cc-note">
        Everything here stays on this device. Connect Coach never acts on LinkedIn: you send, withdraw and
        reply there yourself, and tick it off here.
      </p>
      {loadError || initError ? (
        <p role="alert" className="cc-alert">
          {loadError ?? initError}
        </p>
      ) : null}
      <StoreProblems problems={allProblems} quarantined={quarantined} />
      <div id="cc-list" />
      <AddContactForm existing={byId} send={sendTracker} onEdit={(c) => setEditing(c.id)} />
      {editingContact ? (
        <ContactEditor
          key={editingContact.id}
          contact={editingContact}
          send={sendTracker}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <RequestTable
        contacts={contacts}
        dueById={dueById}
        nextById={nextById}
        now={now}
        timeZone={zone}
        send={sendTracker}
        onEdit={(c) => setEditing(c.id)}
      />
      <section id="cc-insight" aria-label="Insight">
        {status === 'ready' ? (
          <InsightView contacts={contacts} settings={settings} now={now} timeZone={zone} />
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
      <ImportExport contacts={contacts} calendar={calendar} send={sendTracker} />
      <WipeData send={sendTracker} count={contacts.length} />
    </main>
  );
}
