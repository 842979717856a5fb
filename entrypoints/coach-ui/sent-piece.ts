/** The Sent invitations page gets the sync chip by the list; it re-reads as the list grows or changes. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSentInvitations } from '../../lib/linkedin/sent';
import { isSentInvitationsPage } from '../../lib/linkedin/sent-page';
import { SentSyncMount } from './sent-sync';

export class SentPiece {
  private mounted: SentSyncMount | null = null;
  // Rows are swapped in place on virtualised lists: compare who is listed, not how many.
  private seen = '';

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.mounted?.remove());
  }

  sync(modals: Element[], modalsChanged: boolean) {
    const list = isSentInvitationsPage(location.href) ? readSentInvitations(document) : null;
    const anchor = list?.listContainer ?? null;
    if (!anchor || !list) {
      this.mounted?.remove();
      this.mounted = null;
      return;
    }
    const seen = list.cards.map((c) => c.profileUrl).join('|');
    if (!this.mounted || this.mounted.anchor !== anchor || !anchor.isConnected) {
      this.mounted?.remove();
      this.mounted = new SentSyncMount(this.ctx, anchor);
      this.seen = seen;
      void this.mounted.mount(modals);
      return;
    }
    this.mounted.sync(modals, modalsChanged);
    if (seen !== this.seen) {
      this.seen = seen;
      void this.mounted.refresh();
    }
  }
}
