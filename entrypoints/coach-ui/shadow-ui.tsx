/**
 * Every piece of our UI on LinkedIn's page (compose chip and card, profile chip, Sent-page sync, toast)
 * mounts the same way: React in an open shadow root with our CSS inlined (no web-accessible resources),
 * events kept inside (LinkedIn's shortcuts must not fire while typing in it), and a root that carries
 * the translation's direction and language. The host itself is a fixed 0 x 0 box (assets/panel.css
 * :host), out of LinkedIn's layout flow wherever it is appended.
 */
import type { ReactNode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptAppendMode } from 'wxt/utils/content-script-ui/types';
import panelCss from '../../assets/panel.css?inline';
import { applyLocale, localeAttributes } from '../../lib/i18n/direction';

export type CoachUi = ShadowRootContentScriptUi<ReactDOM.Root>;

export function createCoachUi(
  ctx: ContentScriptContext,
  opts: {
    name: string;
    anchor: Element;
    append: ContentScriptAppendMode;
    render: () => ReactNode;
  },
): Promise<CoachUi> {
  return createShadowRootUi(ctx, {
    name: opts.name,
    position: 'inline',
    anchor: opts.anchor,
    append: opts.append,
    mode: 'open',
    isolateEvents: true,
    inheritStyles: true,
    css: panelCss,
    onMount: (container) => {
      const wrapper = applyLocale(
        container.ownerDocument.createElement('div'),
        localeAttributes(browser.i18n),
      );
      const root = ReactDOM.createRoot(container.appendChild(wrapper));
      root.render(opts.render());
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
}
