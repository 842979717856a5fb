/** Several chat bubbles can be open at once: coach only the one the user is in (research §1b). */
import type { DetectedSurface } from './detect';
import { frameDocument } from './roots';
import { sel } from './selectors';

/** The element that really has focus, through open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; active && i < 10; i++) {
    const inner: Element | null | undefined =
      active.shadowRoot?.activeElement ??
      (active.tagName === 'IFRAME'
        ? (frameDocument(active as HTMLIFrameElement)?.activeElement ?? null)
        : undefined);
    if (!inner || inner === active) break;
    active = inner;
  }
  return active;
}

/**
 * Keeps every surface except overlay chat bubbles, of which only one stays: the focused one, else the
 * one the user was in last, else the one LinkedIn marks active, else the first.
 */
export function pickFocusedBubble(
  surfaces: DetectedSurface[],
  active: Element | null,
  lastFocused: Element | null,
): DetectedSurface[] {
  const bubbleSel = sel('chatBubble');
  const inBubble = (s: DetectedSurface) =>
    (s.kind === 'message' || s.kind === 'inmail') && !!s.key.closest(bubbleSel);
  const bubbles = surfaces.filter(inBubble);
  if (bubbles.length <= 1) return surfaces;
  const bubbleOf = (s: DetectedSurface) => s.key.closest(bubbleSel) as Element;
  const pick =
    bubbles.find((s) => active && bubbleOf(s).contains(active)) ??
    bubbles.find((s) => lastFocused && bubbleOf(s).contains(lastFocused)) ??
    bubbles.find((s) => bubbleOf(s).matches(sel('activeBubble'))) ??
    bubbles[0];
  return surfaces.filter((s) => !bubbles.includes(s) || s === pick);
}
