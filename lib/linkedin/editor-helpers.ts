/**
 * Editor libraries keep helper editables beside the real one: Quill moves a `contenteditable` clipboard
 * off-screen (`left:-100000px; height:1px; tabindex=-1`) to catch pastes, others keep 1-px measuring or
 * IME boxes. They are never something a person writes in, so they never get a panel (one compose
 * box, one panel). Decided by what they are (off-screen, 1 px, out of the Tab order, hidden
 * from assistive technology, inert), never by an editor's class name.
 */

/** Anything this far outside the page's start is parked there on purpose. */
const FAR_OFF_PX = -1000;
/** A box this thin cannot show a line of text. */
const TINY_PX = 2;

function px(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(-?\d+(?:\.\d+)?)px$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/** The reason `el` is an editor's helper rather than a compose box, or null. */
export function helperEditableReason(el: HTMLElement): string | null {
  if (el.closest('[inert]')) return 'it is inside an inert part of the page';
  const isField = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
  // A rich editor the keyboard can never reach is a helper the library focuses itself (Quill's clipboard).
  if (!isField && el.getAttribute('tabindex') === '-1')
    return "it is taken out of the Tab order (tabindex=-1): an editor's helper, not the box you type in";

  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle ? view.getComputedStyle(el) : el.style;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  const left = px(style.left);
  const top = px(style.top);
  if (positioned && ((left !== null && left <= FAR_OFF_PX) || (top !== null && top <= FAR_OFF_PX)))
    return 'it is moved off-screen, where no one can type in it';

  const rect = el.getBoundingClientRect();
  const laidOut = rect.width > 0 || rect.height > 0;
  if (laidOut) {
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    // Left of or above the page's own start: no scrolling can bring it into view.
    if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0)
      return 'it is moved off-screen, where no one can type in it';
    if (rect.width <= TINY_PX || rect.height <= TINY_PX) return 'it is 1 px wide or tall: nothing to type in';
  } else {
    // Without layout (a document that is not rendered), the declared size says the same.
    const height = px(style.height);
    const width = px(style.width);
    if ((height !== null && height <= TINY_PX) || (width !== null && width <= TINY_PX))
      return 'it is 1 px wide or tall: nothing to type in';
  }
  return null;
}
