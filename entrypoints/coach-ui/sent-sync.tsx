/**
 * On the Sent invitations page: a chip that offers to sync what LinkedIn lists with what we track,
 * floating by the list (never inserted above it, which would push LinkedIn's list down), opening the
 * sync card. Reading only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SentSync } from '../../components/SentSync';
import { t, tp } from '../../lib/i18n/t';
import { readSentInvitations } from '../../lib/linkedin/sent';
import { pageTheme } from '../../lib/linkedin/theme';
import type { SentSyncPlan } from '../../lib/tracker/sync';
import { errorText, send } from '../../utils/messaging';
import type { Plan } from './floating/anchored';
import { ChipCard } from './floating/chip-card';
import { obstaclesAround } from './floating/obstacles';
import { FloatingPiece } from './floating/piece';

interface SyncState {
  plan: SentSyncPlan;
  complete: boolean;
  busy: boolean;
  message: string | null;
  theme: 'light' | 'dark';
}

/** By the list: above its end corner first, then beside it, clear of LinkedIn's words and controls. */
function besideList(list: Element): Plan[] {
  const obstacles = obstaclesAround(list.parentElement ?? list, null);
  return [{ reference: list, placements: ['top-end', 'right-start', 'left-start'], obstacles, gap: 6 }];
}

export class SentSyncMount {
  readonly store: StoreApi<SyncState>;
  private removed = false;
  readonly piece: FloatingPiece;

  constructor(
    ctx: ContentScriptContext,
    readonly anchor: Element,
  ) {
    this.store = createStore<SyncState>(() => ({
      plan: { found: 0, new: [], alreadyTracked: [], missing: [], skipped: [] },
      complete: false,
      busy: false,
      message: null,
      theme: pageTheme(anchor),
    }));
    const App = ({ piece }: { piece: FloatingPiece }) => {
      const s = useStore(this.store);
      return (
        <ChipCard
          piece={piece}
          theme={s.theme}
          chipTestId="cc-sync-chip"
          srLabel={t('ext_name')}
          label={s.plan.new.length ? t('sync_chip', { count: s.plan.new.length }) : t('sync_chip_none')}
        >
          <SentSync {...s} onImport={this.onImport} onComplete={this.onComplete} onResolve={this.onResolve} />
        </ChipCard>
      );
    };
    this.piece = new FloatingPiece(ctx, {
      name: 'connect-coach-sync',
      anchor,
      chipPlans: besideList,
      render: (piece) => <App piece={piece} />,
    });
  }

  /** Re-reads the list (it grows with "Load more" and rows are swapped in place). */
  async refresh() {
    const { cards } = readSentInvitations(document);
    const found = cards.map((c) => ({ ...c, sentLabel: c.sentLabel ?? '' }));
    // The background holds the tracker: it plans the sync, so this tab never reads every contact.
    const listComplete = this.store.getState().complete;
    const plan = await send({ type: 'sync/plan', found, listComplete }).catch(() => null);
    if (plan && !this.removed) this.store.setState({ plan });
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
      const records = plan.new.map((n) => n.contact);
      const failed = await send({ type: 'tracker/import', records, mode: 'merge' }).then(
        () => null,
        errorText,
      );
      const count = plan.new.length;
      if (failed) return t('sync_import_failed', { error: failed });
      return tp('sync_imported', count, { count });
    });

  private readonly onComplete = () => {
    this.store.setState({ complete: true });
    void this.refresh();
  };

  private readonly onResolve = (id: string, outcome: 'accepted' | 'withdrawn') =>
    this.run(async () => {
      const at = new Date().toISOString();
      const type = outcome === 'accepted' ? 'tracker/accepted' : 'tracker/withdrawn';
      const failed = await send({ type, id, at }).then(() => null, errorText);
      if (failed) return t('sync_save_failed', { error: failed });
      return t(outcome === 'accepted' ? 'sync_marked_accepted' : 'sync_marked_withdrawn');
    });

  async mount(modals: Element[]) {
    await this.piece.mount(modals);
    await this.refresh();
  }

  sync(modals: Element[], changed: boolean) {
    this.piece.sync(modals, changed);
  }

  remove() {
    this.removed = true;
    this.piece.remove();
  }
}
