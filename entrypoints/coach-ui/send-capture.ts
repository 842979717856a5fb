/**
 * Observing, never acting: when the user presses LinkedIn's own Send in an invitation dialog, we
 * remember the request. The 2026 dialogs render the primary button last, as did the artdeco ones, so
 * "the dialog's last enabled button" finds Send in any language.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sel } from '../../lib/linkedin/selectors';

/** True when `button` is the last enabled button of `dialog` (LinkedIn's primary action). */
export function isPrimaryAction(button: Element, dialog: Element): boolean {
  const buttons = [...dialog.querySelectorAll('button')].filter(
    (b) => !b.hasAttribute('disabled') && b.getAttribute('aria-disabled') !== 'true',
  );
  return buttons[buttons.length - 1] === button;
}

export interface InviteSendOptions {
  /** A request was sent from a dialog without a note field (the 2026 gate's "Send without a note"). */
  onBlankSend: () => void;
  /** Dialogs that already report their own sends (those with a note panel). */
  handledElsewhere: (dialog: Element) => boolean;
  /** Whether the user just activated a Connect control (so this dialog is an invitation). */
  inviteFresh: () => boolean;
}

export function watchBlankInviteSend(ctx: ContentScriptContext, opts: InviteSendOptions) {
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element)) return;
      const button = target.closest('button');
      const dialog = button?.closest(sel('dialog'));
      if (!button || !dialog || !opts.inviteFresh() || opts.handledElsewhere(dialog)) return;
      // A verification ("How do you know…?") or upsell dialog is not a send.
      if (dialog.querySelector('textarea, input[type="email"], a[href*="/premium/"]')) return;
      if (isPrimaryAction(button, dialog)) opts.onBlankSend();
    },
    { capture: true, passive: true },
  );
}
