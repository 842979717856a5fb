/**
 * The background is the tracker's one writer (so two LinkedIn tabs never lose each other's updates),
 * keeps the toolbar badge's count of due actions, and holds what the content script last saw per tab.
 * It answers every request of the one protocol (lib/protocol/requests.ts), validated first
 * (lib/protocol/serve.ts). It makes no network requests and never touches LinkedIn.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openOnboardingOnce } from '../lib/first-run';
import { focusMemoryItem, repairFocusMemory, withoutTab, withReport } from '../lib/focus-memory';
import { rebuildStoredCatalogue, startBackgroundLanguage } from '../lib/i18n/loader';
import { messageSourceFrom, setMessageSource, t, tp } from '../lib/i18n/t';
import { notesUsedThisMonth } from '../lib/insight/quota';
import { requestsInLast7Days } from '../lib/insight/volume';
import type { PageFacts } from '../lib/linkedin/facts-types';
import { type Handlers, serve } from '../lib/protocol/serve';
import { trackerHandlers } from '../lib/protocol/tracker-handlers';
import { Advisor } from '../lib/tracker/advisor';
import { isWorkingDay, nextDigestAt } from '../lib/tracker/digest';
import { refreshNoteHistory } from '../lib/tracker/note-history';
import { notesLeftNow, pageQuotaItem, repairPageQuota } from '../lib/tracker/page-quota';
import { newTrackedFor, type PagePerson, type SignalName, withSignal } from '../lib/tracker/person-advice';
import { badgeText } from '../lib/tracker/reminders';
import type { TrackedContact } from '../lib/tracker/schema';
import { type Settings, systemTimeZone } from '../lib/tracker/settings';
import { readSettings, settingsItem } from '../lib/tracker/storage';
import { readContact } from '../lib/tracker/store';
import { planSentSync } from '../lib/tracker/sync';
import { TemplatesKeeper } from '../lib/tracker/templates-keeper';
import { TrackerView } from '../lib/tracker/tracker-view';
import { normaliseProfileUrl } from '../lib/tracker/url';
import { recentRequests, repairVolume, volumeItem } from '../lib/tracker/volume-cache';
import { WarningFiguresKeeper } from '../lib/tracker/warning-figures-keeper';
import { TrackerWriter } from '../lib/tracker/writer';
import { notifyPages, sendToTab } from '../utils/messaging';

/** A macrotask turn, so a message that arrived meanwhile is answered before the next step. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Re-check what is due at least this often, even when nothing changed (due dates pass with time). */
const REMINDER_ALARM = 'cc-reminders';
const DAILY_ALARM = 'cc-daily-digest';

/**
 * Injects the coaching UI into the frame that asked (the content script saw a compose box, a profile,
 * the Sent page or the user interacting). Answers true once it ran; false when the frame is gone.
 */
async function injectCoachUi(sender: { tab?: { id?: number }; frameId?: number }): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/coach-ui.js'],
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Access to LinkedIn was just granted (it can be withheld or revoked by the user): the LinkedIn tabs
 * already open get the content script now, not only the next pages loaded. A tab whose script is
 * already running (the browser may have put it there itself) answers the ping and is left alone.
 */
async function coachOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: LINKEDIN_MATCH });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    if ((await sendToTab(tab.id, { type: 'content/ping' })) === true) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['/content-scripts/linkedin.js'] })
      .catch(() => {});
  }
}

const LINKEDIN_MATCH = 'https://www.linkedin.com/*';

export default defineBackground(() => {
  // The browser's language at once; then the one chosen in the settings, stored for the coaching UI.
  setMessageSource(messageSourceFrom(browser.i18n));
  void startBackgroundLanguage(browser);
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;

  // First run: the onboarding page, on install only (never again by itself after an update).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // An update may bring new translations: the stored catalogue is built again.
    if (reason === 'update') void rebuildStoredCatalogue(browser).catch(() => {});
    if (reason !== 'install') return;
    void openOnboardingOnce(() =>
      browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }),
    ).catch(() => {});
  });
  // A listener here is what makes the browser start the background when it starts, so the badge and
  // the alarms come back with the browser and not only on the first LinkedIn page.
  browser.runtime.onStartup.addListener(() => scheduleBadge());
  browser.permissions.onAdded.addListener((added) => {
    if (added.origins?.some((o) => o.includes('linkedin.com'))) void coachOpenTabs().catch(() => {});
  });

  // Focus reports live in session storage: this background is stopped when idle (memory would be lost).
  let focusWrites: Promise<unknown> = Promise.resolve();
  const changeFocusMemory = (change: (m: ReturnType<typeof repairFocusMemory>) => typeof m) => {
    focusWrites = focusWrites
      .then(async () => focusMemoryItem.setValue(change(repairFocusMemory(await focusMemoryItem.getValue()))))
      .catch(() => {});
    return focusWrites;
  };

  /** Contacts in memory, the due index and the summary key pages read first (tracker-view.ts). */
  const view = new TrackerView();
  /** Acceptance by what the coach says about each sent note, re-analysed only on change. */
  const coaching = new WarningFiguresKeeper(yieldToMessages, {
    engine: browser.runtime.getManifest().version,
  });
  /** The user's templates found in their sent notes, extended as notes are sent. */
  const templates = new TemplatesKeeper(yieldToMessages, { engine: browser.runtime.getManifest().version });

  const writer = new TrackerWriter({
    onChange: (ids) => {
      view.markChanged(ids);
      scheduleBadge();
    },
  });
  // Anything else that changes a contact key (another extension page, storage cleared) is followed
  // too, and a summary removed or damaged by someone else is written again.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // The recent-notes key changed (by us, or damaged by someone): compare it again on the next refresh.
    if (changes.noteHistory) view.markNotesChanged();
    if (view.storageChanged(changes)) scheduleBadge();
  });

  async function refreshBadge() {
    const settings = await readSettings();
    const now = new Date();
    const { contacts, dueCount, due, next } = await view.refresh(settings, now);
    await yieldToMessages();
    await browser.action.setBadgeText({ text: badgeText(dueCount) });
    await browser.action.setBadgeBackgroundColor({ color: '#b24020' });
    // Wake up when the next item becomes due, not only on the periodic alarm.
    if (next)
      await browser.alarms.create(`${REMINDER_ALARM}-next`, { when: new Date(next).getTime() + 1000 });
    await refreshPanelFigures(contacts, settings, now);
    void coaching.refresh(contacts, settings.timeZone ?? systemTimeZone(), now).catch(() => {});
    void templates.refresh(contacts, settings.timeZone ?? systemTimeZone(), now).catch(() => {});
    return { dueCount, due };
  }

  /** The small figures LinkedIn tabs read instead of every contact: recent notes, volume, quota. */
  async function refreshPanelFigures(contacts: TrackedContact[], settings: Settings, now: Date) {
    // Let messages waiting for the background through between the steps (a write answers first).
    await yieldToMessages();
    // Sorting every note is the costliest figure: only when a note or its date changed.
    if (view.notesChanged()) await refreshNoteHistory(contacts);
    await yieldToMessages();
    const tz = settings.timeZone ?? systemTimeZone();
    const recent = recentRequests(contacts, now);
    const last7Days = requestsInLast7Days(recent, now, tz);
    // The quota LinkedIn showed in the invitation dialog wins over our count (page-quota.ts).
    const page = repairPageQuota(await pageQuotaItem.getValue());
    const ours = notesUsedThisMonth(recent, now, tz, settings).left;
    const { left: notesLeft, from: notesLeftFrom } = notesLeftNow(page, ours, recent, now, tz);
    // Every LinkedIn tab watches this key: write only when a figure changed, not on every refresh.
    const stored = repairVolume(await volumeItem.getValue());
    if (
      stored.computedAt &&
      stored.last7Days === last7Days &&
      stored.notesLeft === notesLeft &&
      stored.notesLeftFrom === notesLeftFrom
    )
      return;
    await volumeItem.setValue({ last7Days, notesLeft, notesLeftFrom, computedAt: now.toISOString() });
  }

  /**
   * The periodic alarms, created only when missing: the browser keeps them across background restarts
   * (Chrome also across browser restarts; Firefox does not), and creating one again would move it.
   */
  async function ensureAlarms() {
    const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
    if (!existing.has(REMINDER_ALARM)) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 30 });
    if (!existing.has(DAILY_ALARM)) await planDigest((await readSettings()).timeZone);
  }

  /** The daily reminder at the next 09:00 in the user's zone (creating it again replaces it). */
  async function planDigest(timeZone: string | null) {
    const when = nextDigestAt(new Date(), timeZone ?? systemTimeZone());
    await browser.alarms.create(DAILY_ALARM, { when, periodInMinutes: 24 * 60 });
  }

  function scheduleBadge() {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => void refreshBadge().catch(() => {}), 300);
  }

  // LinkedIn tabs ask here, so the content script carries neither the advisor nor the tracker schemas.
  async function trackedFor(
    person: PagePerson,
  ): Promise<{ id: string | null; tracked: TrackedContact | null }> {
    const id = person.profileUrl ? normaliseProfileUrl(person.profileUrl) : null;
    return { id, tracked: id ? ((await readContact(id)).contact ?? null) : null };
  }

  /** The one advisor (lib/tracker/advisor.ts): the same step for a person on every surface. */
  const advisor = new Advisor({
    writer,
    settings: readSettings,
    record: async (id) => (await readContact(id)).contact ?? null,
    all: () => view.contacts(),
    onQuota: () => scheduleBadge(),
  });

  /** What the asking frame shows (read by entrypoints/page-facts.ts), and the top frame's profile. */
  async function readPage(sender: { tab?: { id?: number }; frameId?: number }): Promise<PageFacts | null> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    const frameIds = [...new Set([sender.frameId ?? 0, 0])];
    const results = await browser.scripting.executeScript({
      target: { tabId, frameIds },
      files: ['/page-facts.js'],
    });
    let out: PageFacts | null = null;
    for (const r of results) {
      const facts = r.result as PageFacts | undefined;
      if (!facts || !Array.isArray(facts.people)) continue;
      if (!out) out = { ...facts, people: [...facts.people] };
      else {
        out.people.push(...facts.people);
        out.quota ??= facts.quota;
      }
    }
    return out;
  }

  async function changeSignal(
    person: PagePerson,
    signal: SignalName,
    value: boolean,
  ): Promise<{ error: string | null }> {
    const { tracked } = await trackedFor(person);
    const next = withSignal(person, tracked, signal, value, new Date());
    if (!next) return { error: 'unknown-profile' };
    return upsert(next);
  }

  async function track(person: PagePerson): Promise<{ error: string | null }> {
    const contact = newTrackedFor(person, new Date());
    if (!contact) return { error: 'unknown-profile' };
    return upsert(contact);
  }

  /** Through the writer's own checks, as a page's tracker/upsert would go. */
  async function upsert(contact: TrackedContact): Promise<{ error: string | null }> {
    const res = await serve(tracker, { type: 'tracker/upsert', contact });
    return { error: res.ok ? null : res.error.message };
  }

  async function dailyDigest() {
    const settings = await readSettings();
    if (!settings.notifications) return;
    const now = new Date();
    if (!isWorkingDay(now, settings.timeZone ?? systemTimeZone(), settings.workingDays)) return;
    const notifications = (browser as unknown as { notifications?: typeof browser.notifications })
      .notifications;
    if (!notifications) return; // optional permission not granted
    const { dueCount, due } = await refreshBadge();
    if (dueCount === 0) return;
    const names = due
      .slice(0, 3)
      .map((d) => d.name)
      .join(', ');
    await notifications.create(DAILY_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: tp('digest_title', dueCount, { count: dueCount }),
      message:
        dueCount > 3
          ? t('digest_message_more', { names, more: dueCount - 3 })
          : t('digest_message', { names }),
    });
  }

  const tracker = trackerHandlers(writer);
  const handlers: Handlers = {
    ...tracker,
    'focus-report': ({ report }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      void changeFocusMemory((m) => withReport(m, tabId, report));
      notifyPages({ type: 'focus-report-updated', tabId, report });
      return null;
    },
    'get-focus-report': ({ tabId }) =>
      focusWrites.then(async () => {
        const memory = repairFocusMemory(await focusMemoryItem.getValue());
        if (tabId === undefined) return memory.latest;
        const known = memory.byTab[String(tabId)];
        return known ? { tabId, report: known } : null;
      }),
    'ui/load': (_, sender) => injectCoachUi(sender),
    'advice/get': (msg, sender) => {
      // The side panel names the LinkedIn tab it shows (even when it is open as a tab itself); a
      // LinkedIn frame asks about its own page.
      const from =
        msg.tabId !== undefined ? { tab: { id: msg.tabId } } : sender.tab?.id !== undefined ? sender : null;
      return advisor.answer(msg, msg.facts || !from ? undefined : () => readPage(from)).catch(() => ({
        advice: null,
        watchKey: null,
        tracked: null,
      }));
    },
    'advice/signal': (msg) => changeSignal(msg.person, msg.signal, msg.value),
    'advice/track': (msg) => track(msg.person),
    'sync/plan': async (msg) => planSentSync(await view.contacts(), msg.found, new Date(), msg.listComplete),
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => serve(handlers, raw, sender));

  browser.tabs.onRemoved.addListener((tabId) => void changeFocusMemory((m) => withoutTab(m, tabId)));
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'toggle-panel') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendToTab(tab.id, { type: 'toggle-panel' });
    });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void dailyDigest().catch(() => {});
    else if (alarm.name.startsWith(REMINDER_ALARM)) scheduleBadge();
  });
  settingsItem.watch((next, previous) => {
    scheduleBadge();
    // 09:00 is the user's 09:00: a new time zone moves the daily reminder.
    if ((next?.timeZone ?? null) !== (previous?.timeZone ?? null))
      void planDigest(next?.timeZone ?? null).catch(() => {});
  });

  void ensureAlarms().catch(() => {});
  void writer
    .init()
    .then(() => scheduleBadge())
    .catch(() => scheduleBadge());

  // Chrome: the toolbar button opens the popup; the side panel opens from there.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
});
