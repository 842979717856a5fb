/** On the Sent invitations page: offer to sync what LinkedIn lists with what we track. Reading only. */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SentSync } from '../../components/SentSync';
import { t, tp } from '../../lib/i18n/t';
import { readSentInvitations } from '../../lib/linkedin/sent';
import { pageTheme } from '../../lib/linkedin/theme';
import type { Answers, Message } from '../../lib/messages';
import type { SentSyncPlan } from '../../lib/tracker/sync';
import { type CoachUi, createCoachUi } from './shadow-ui';
import { sendTracker } from './tracker-client';

interface SyncState {
  plan: SentSyncPlan;
  complete: boolean;
  busy: boolean;
  message: string | null;
  theme: 'light' | 'dark';
}

export class SentSyncMount {
  private ui: CoachUi | null = null;
  private readonly store: StoreApi<SyncState>;
  private removed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly anchor: Element,
  ) {
    this.store = createStore<SyncState>(() => ({
      plan: { found: 0, new: [], alreadyTracked: [], missing: [], skipped: [] },
      complete: false,
      busy: false,
      message: null,
      theme: pageTheme(anchor),
    }));
  }

  /** Re-reads the list (it grows with "Load more" and rows are swapped in place). */
  async refresh() {
    const { cards } = readSentInvitations(document);

    const found = cards.map((c) => ({ ...c, sentLabel: c.sentLabel ?? '' }));
    // The background holds the tracker: it plans the sync, so this tab never reads every contact.
    const msg: Message = { type: 'sync/plan', found, listComplete: this.store.getState().complete };
    let plan: Answers['sync/plan'] | null = null;
    try {
      plan = (await browser.runtime.sendMessage(msg)) as Answers['sync/plan'];
    } catch {
      plan = null;
    }
    if (!plan) return;
    if (!this.removed) this.store.setState({ plan });
  }

  private run(work: () => Promise<string>) {
    this.store.setState({ busy: true });
    void work()
      .then((message) => this.store.setState({ message }))
      .finally(() => {
        this.store.setState({ busy: false });
        void this.refresh();
      });
  }

  private readonly onImport = () =>
    this.run(async () => {
      const { plan } = this.store.getState();
      const res = await sendTracker({
        type: 'tracker/import',
        records: plan.new.map((n) => n.contact),
        mode: 'merge',
      });
      const count = plan.new.length;
      if (!res.ok) return t('sync_import_failed', { error: res.error.message });
      return tp('sync_imported', count, { count });
    });

  private readonly onComplete = () => {
    this.store.setState({ complete: true });
    void this.refresh();
  };

  private readonly onResolve = (id: string, outcome: 'accepted' | 'withdrawn') =>
    this.run(async () => {
      const at = new Date().toISOString();
      const res = await sendTracker({
        type: outcome === 'accepted' ? 'tracker/accepted' : 'tracker/withdrawn',
        id,
        at,
      });
      if (!res.ok) return t('sync_save_failed', { error: res.error.message });
      return t(outcome === 'accepted' ? 'sync_marked_accepted' : 'sync_marked_withdrawn');
    });

  async mount() {
    const App = () => {
      const s = useStore(this.store);
      return (
        <SentSync {...s} onImport={this.onImport} onComplete={this.onComplete} onResolve={this.onResolve} />
      );
    };
    const ui = await createCoachUi(this.ctx, {
      name: 'connect-coach-sync',
      anchor: this.anchor,
      append: 'before',
      render: () => <App />,
    });
    if (this.removed || !this.anchor.isConnected) return;
    this.ui = ui;
    ui.mount();
    await this.refresh();
  }

  remove() {
    this.removed = true;
    this.ui?.remove();
  }
}
