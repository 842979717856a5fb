/** Profile pages get the next-step chip by the top card; it follows SPA navigation and goes with the page. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { profileTopCard, readProfile } from '../../lib/linkedin/profile';
import { ProfileCardMount } from './profile-card';

export class ProfilePiece {
  private mounted: ProfileCardMount | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.mounted?.remove());
  }

  sync(modals: Element[], modalsChanged: boolean) {
    const person = readProfile(document, location.href);
    const anchor = person && person.state !== 'self' ? profileTopCard(document) : null;
    const current = this.mounted;
    if (
      current &&
      person &&
      anchor &&
      current.person.profileUrl === person.profileUrl &&
      current.anchor === anchor &&
      anchor.isConnected
    ) {
      current.sync(modals, modalsChanged);
      return;
    }
    current?.remove();
    this.mounted = null;
    if (person?.name && person.profileUrl && anchor) {
      const next = new ProfileCardMount(
        this.ctx,
        { ...person, name: person.name, profileUrl: person.profileUrl },
        anchor,
      );
      this.mounted = next;
      void next.mount(modals);
    }
  }
}
