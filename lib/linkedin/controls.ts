/**
 * LinkedIn's own controls around a compose box: its Send, and everything else a person may click there
 * (emoji, attach, GIF, the counter). We only need to know where they are, so our UI never covers them and
 * a Send the user presses can be noticed. Structure first (a form's submit button, a dialog's primary
 * button rendered last, in every generation and language), class names only as extra evidence.
 */
import { sel } from './selectors';

const enabled = (b: Element) => !b.hasAttribute('disabled') && b.getAttribute('aria-disabled') !== 'true';

/** True when `button` is the last enabled button of `dialog` (LinkedIn's primary action). */
export function isPrimaryAction(button: Element, dialog: Element): boolean {
  const buttons = [...dialog.querySelectorAll('button')].filter(enabled);
  return buttons[buttons.length - 1] === button;
}

/**
 * A click on `button` sends an invitation without a note: the primary action of a dialog that is not
 * a note dialog (its own panel reports those), an email check or a Premium upsell.
 */
export function isBlankInviteSend(button: Element, dialog: Element): boolean {
  return !dialog.querySelector(sel('notBlankInviteDialog')) && isPrimaryAction(button, dialog);
}

/** A click on this button (inside a message form) sends the message. */
export function isSendButton(button: Element): boolean {
  return button.getAttribute('type') === 'submit' || button.matches(sel('sendButton'));
}

/**
 * The control that sends what is typed in `box`, searched in `area` (the dialog, bubble or form around
 * it): a known Send, the form's submit button, or the dialog's last button. Null when none shows yet
 * (a comment's button appears only once the box holds text).
 */
export function sendControl(box: Element, area: Element): Element | null {
  const known = area.querySelector(sel('sendButton'));
  if (known) return known;
  const form = box.closest('form');
  const submit = form?.querySelector('button[type="submit"]');
  if (submit) return submit;
  const dialog = box.closest(sel('dialog'));
  if (dialog) {
    const buttons = [...dialog.querySelectorAll('button')];
    return buttons[buttons.length - 1] ?? null;
  }
  return null;
}

/** What counts as a control a person may click or read in a compose area. */
const CONTROL =
  'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="combobox"], [role="menuitem"], [contenteditable]:not([contenteditable="false"])';

/** LinkedIn's controls in `scope` other than the box itself: our UI must keep clear of them. */
export function controlsIn(scope: Element, box: Element): Element[] {
  return [...scope.querySelectorAll(CONTROL)].filter(
    (el) => el !== box && !box.contains(el) && !el.contains(box) && !el.closest(sel('ownPanel')),
  );
}
