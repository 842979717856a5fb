/**
 * Observing, never acting: when the user presses LinkedIn's own Send we remember it. An invitation is
 * the dialog's primary button (rendered last in every generation and language); a message is sent when
 * LinkedIn empties its box right after a click on Send or Enter. Where Send is comes from lib/linkedin.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBlankInviteSend, isPrimaryAction, isSendButton } from '../../lib/linkedin/controls';
import type { DetectedSurface } from '../../lib/linkedin/detect';
import { sel } from '../../lib/linkedin/selectors';

/** How soon after Send/Enter an emptied box counts as sent. */
const SEND_WINDOW_MS = 2000;

export interface SendWatch {
  /** Call with the box's text after every change: notices the box emptied right after Send. */
  textChanged(body: string): void;
}

/** Watches one compose box for the user's own Send (passive, capture phase listeners). */
export function watchSendIntent(
  surface: DetectedSurface,
  signal: AbortSignal,
  on: { invite: () => void; message: () => void },
): SendWatch {
  const opts = { signal, capture: true, passive: true } as const;
  let intentAt = 0;
  let lastBody = '';
  if (surface.kind === 'connection-note') {
    const dialog = surface.container;
    dialog.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element | null)?.closest?.('button');
        if (button && isPrimaryAction(button, dialog)) on.invite();
      },
      opts,
    );
  } else if (surface.kind === 'message' || surface.kind === 'inmail' || surface.kind === 'salesnav') {
    const form = surface.key.closest('form') ?? surface.area;
    form.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element | null)?.closest?.('button');
        if (button && isSendButton(button)) intentAt = Date.now();
      },
      opts,
    );
    surface.key.addEventListener(
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        if (k.key === 'Enter' && !k.shiftKey) intentAt = Date.now();
      },
      opts,
    );
  }
  return {
    textChanged(body) {
      const was = lastBody;
      lastBody = body;
      if (was.trim() !== '' && body.trim() === '' && Date.now() - intentAt < SEND_WINDOW_MS) {
        intentAt = 0;
        on.message();
      }
    },
  };
}

export interface InviteSendOptions {
  /** A request was sent from a dialog without a note field (the 2026 gate's "Send without a note"). */
  onBlankSend: () => void;
  /** Dialogs that already report their own sends (those with a note panel). */
  handledElsewhere: (dialog: Element) => boolean;
  /** Whether the user just activated a Connect control (so this dialog is an invitation). */
  inviteFresh: () => boolean;
}

/** Observe only: a request sent from the gate dialog without a note. */
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
      if (isBlankInviteSend(button, dialog)) opts.onBlankSend();
    },
    { capture: true, passive: true },
  );
}
