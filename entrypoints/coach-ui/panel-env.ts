/**
 * What every compose-box panel shares: settings, the account type, the user's earlier notes, labels,
 * the weekly volume, the card preferences per kind of box, and the tracker actions (a request or
 * message sent by hand). Loaded once, kept fresh by storage watchers tied to the content-script context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type PreparedHistory, prepareHistory } from '../../lib/draft';
import { t } from '../../lib/i18n/t';
import { repairWarningFigures, type WarningFigures } from '../../lib/insight/figures';
import { type AccountType, inferAccountType, type SurfaceKind } from '../../lib/limits';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { type Labels, labelsItem, readLabels, repairLabels } from '../../lib/tracker/labels';
import { noteHistoryItem, readNoteHistory, repairNoteHistory } from '../../lib/tracker/note-history';
import type { TrackedSummary } from '../../lib/tracker/person-advice';
import type { PanelPrefs, Settings } from '../../lib/tracker/settings';
import { panelPrefsItem, readPanelPrefs, readSettings, settingsItem } from '../../lib/tracker/storage';
import { readVolume, repairVolume, type VolumeCache, volumeItem } from '../../lib/tracker/volume-cache';
import { readWarningFigures, warningFiguresItem } from '../../lib/tracker/warning-figures-cache';
import { errorText, send } from '../../utils/messaging';
import type { PagePerson } from './person-advice';
import { showToast } from './toast';

export interface PanelEnv {
  account: () => AccountType | null;
  /** The user's earlier notes, for template similarity. */
  history: () => PreparedHistory | undefined;
  settings: () => Settings;
  /** Who this box is about, read from the page (null for comments and posts). */
  person: (surface: DetectedSurface) => PagePerson | null;
  /** The user pressed LinkedIn's Send in this invitation dialog, with this note. */
  onInviteSend: (person: PagePerson, note: string) => void;
  /** The user sent a message from this box (LinkedIn cleared it right after Send or Enter). */
  onMessageSent: (person: PagePerson, tracked: TrackedSummary | null) => void;
  /** Version and audience labels for connection notes (which note works). */
  labels: StoreApi<Labels>;
  setLabels: (next: Labels) => void;
  /** Requests in the last 7 days and free notes left this month (kept fresh by the background). */
  volume: StoreApi<VolumeCache>;
  /** The user's acceptance per warning (kept by the background), shown beside a warning's evidence. */
  warningFigures: StoreApi<WarningFigures | null>;
  /** Whether this kind of box gets its card open (remembered per kind; comments start as a chip). */
  cardWanted: (kind: SurfaceKind) => boolean;
  setCardWanted: (kind: SurfaceKind, open: boolean) => void;
  /** Settings changed: panels re-read their limits. */
  onSettings: (cb: () => void) => void;
  /** A 200 note counter tells us the account is free. */
  inferAccount: (surfaces: DetectedSurface[]) => void;
  /** Records a request the user sent by hand, and offers Undo. */
  recordInvite: (
    person: { name: string | null; profileUrl: string | null },
    note: string | null,
    label: { version?: string; audience?: string } | null,
  ) => Promise<void>;
}

/** Comments are read far more than written to: their card waits to be asked for. */
const CLOSED_BY_DEFAULT: ReadonlySet<SurfaceKind> = new Set(['comment']);

export function cardWantedFrom(prefs: PanelPrefs, kind: SurfaceKind): boolean {
  const set = prefs.cards[kind];
  if (set !== undefined) return set;
  return !prefs.collapsed && !CLOSED_BY_DEFAULT.has(kind);
}

export async function createPanelEnv(
  ctx: ContentScriptContext,
  person: (surface: DetectedSurface) => PagePerson | null,
): Promise<PanelEnv> {
  const [initialSettings, initialPrefs, notes, initialLabels, initialVolume, initialFigures] =
    await Promise.all([
      readSettings(),
      readPanelPrefs(),
      readNoteHistory(),
      readLabels(),
      readVolume(),
      readWarningFigures(),
    ]);
  const warningFigures = createStore<WarningFigures | null>(() => initialFigures);
  const labels = createStore<Labels>(() => initialLabels);
  const volume = createStore<VolumeCache>(() => initialVolume);
  let prefs = initialPrefs;
  let settings = initialSettings;
  let account: AccountType | null = settings.accountType;
  // The user's earlier notes, prepared once for the template-similarity check.
  let history: PreparedHistory | undefined = notes.length ? prepareHistory(notes) : undefined;
  const settingsListeners: (() => void)[] = [];

  const unwatch = [
    volumeItem.watch((next) => volume.setState(repairVolume(next), true)),
    warningFiguresItem.watch((next) => warningFigures.setState(repairWarningFigures(next), true)),
    labelsItem.watch((next) => labels.setState(repairLabels(next), true)),
    noteHistoryItem.watch((next) => {
      const list = repairNoteHistory(next);
      history = list.length ? prepareHistory(list) : undefined;
    }),
    settingsItem.watch((next) => {
      if (next) settings = next;
      account = next?.accountType ?? null;
      for (const cb of settingsListeners) cb();
    }),
    panelPrefsItem.watch(async () => {
      prefs = await readPanelPrefs();
    }),
  ];
  ctx.onInvalidated(() => {
    for (const u of unwatch) u();
  });

  const recordInvite: PanelEnv['recordInvite'] = async (who, note, label) => {
    if (!who.profileUrl || !who.name) {
      await showToast(ctx, { message: t('toast_unknown_profile') });
      return;
    }
    const sent = send({
      type: 'tracker/request-sent',
      input: {
        name: who.name,
        profileUrl: who.profileUrl,
        note: note?.trim() ? note : null,
        sentAt: new Date().toISOString(),
        accountType: account,
        ...(label?.version ? { version: label.version } : {}),
        ...(label?.audience ? { audience: label.audience } : {}),
      },
    });
    const id = await sent.then(
      (contact) => contact.id,
      async (err) => {
        await showToast(ctx, { message: t('toast_not_tracked', { error: errorText(err) }) });
        return null;
      },
    );
    if (id === null) return;
    await showToast(ctx, {
      message: t('toast_request_tracked', { name: who.name }),
      actionLabel: t('toast_undo'),
      onAction: async () => {
        return send({ type: 'tracker/undo-request', id }).then(() => null, errorText);
      },
    });
  };

  return {
    account: () => account,
    history: () => history,
    settings: () => settings,
    person,
    labels,
    volume,
    warningFigures,
    setLabels: (next) => {
      labels.setState(next, true);
      void labelsItem.setValue(next);
    },
    onInviteSend: (who, note) => {
      const { currentVersion, currentAudience } = labels.getState();
      void recordInvite(who, note, { version: currentVersion, audience: currentAudience });
    },
    onMessageSent: (who, tracked) => {
      if (!tracked) return;
      void send({ type: 'tracker/message-sent', id: tracked.id, at: new Date().toISOString() })
        .then(
          () => t('toast_message_tracked', { name: who.name ?? tracked.name }),
          (err) => t('toast_not_tracked', { error: errorText(err) }),
        )
        .then((message) => showToast(ctx, { message }));
    },
    cardWanted: (kind) => cardWantedFrom(prefs, kind),
    setCardWanted: (kind, open) => {
      prefs = { ...prefs, cards: { ...prefs.cards, [kind]: open } };
      void panelPrefsItem.setValue(prefs);
    },
    onSettings: (cb) => {
      settingsListeners.push(cb);
    },
    inferAccount: (surfaces) => {
      if (account !== null) return;
      for (const s of surfaces) {
        const page = s.kind === 'connection-note' ? s.fields[0]?.pageLimit : undefined;
        const limit = page?.counter ?? page?.maxLength;
        // Only a 200 counter is conclusive: 300 was everyone's limit before 2025.
        if (limit && inferAccountType(limit) === 'free') {
          account = 'free';
          settings = { ...settings, accountType: 'free', accountTypeInferred: true };
          void settingsItem.setValue(settings);
        }
      }
    },
    recordInvite,
  };
}
