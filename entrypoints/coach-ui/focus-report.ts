/**
 * Tells the side panel what is on the LinkedIn tab: the box the user focused (and, when it got no
 * panel, why, in plain words) and the person the page is about, so the side panel can give the same
 * next step as the card.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type DetectionHints, explainElement } from '../../lib/linkedin/detect';
import { deepActiveElement } from '../../lib/linkedin/focus';
import type { FocusReport } from '../../lib/protocol/requests';
import type { PagePerson } from '../../lib/tracker/person-advice';
import { send } from '../../utils/messaging';
import { isOurs } from './floating/layer';
import type { Panels } from './panels';

function isTextEntry(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', 'email', ''].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable || el.getAttribute('role') === 'textbox';
}

export function watchFocus(
  ctx: ContentScriptContext,
  opts: { panels: Panels; hints: () => DetectionHints; pagePerson: () => PagePerson | null },
) {
  const tell = (report: FocusReport) => void send({ type: 'focus-report', report }).catch(() => {});
  const report = (target: EventTarget | null | undefined) => {
    if (!(target instanceof Element) || isOurs(target) || !isTextEntry(target)) return;
    opts.panels.focused(target);
    const panel = opts.panels.of(target);
    const base = { url: location.href, at: Date.now(), person: opts.pagePerson() };
    tell(
      panel
        ? { ...base, recognised: true, kind: panel.kind, reasons: [] }
        : { ...base, recognised: false, reasons: explainElement(target, opts.hints()) },
    );
  };
  ctx.addEventListener(document, 'focusin', (e) => report(e.composedPath()[0]), {
    capture: true,
    passive: true,
  });
  /** No box: still say who the page is about (a profile, a conversation). */
  const reportPage = () =>
    tell({
      url: location.href,
      at: Date.now(),
      recognised: false,
      reasons: [],
      noBox: true,
      person: opts.pagePerson(),
    });
  // Focusing a box is often what loaded this UI: report the box that has focus now.
  const active = deepActiveElement(document);
  if (active && isTextEntry(active)) report(active);
  else reportPage();
  return {
    /** After SPA navigation: the person on the page changed. */
    pageChanged: reportPage,
  };
}
