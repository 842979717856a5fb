/** A short "Tracked: request to X · Undo" note in the corner, in its own shadow root. */

import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from '../../assets/panel.css?inline';
import { applyLocale, localeAttributes } from '../../lib/i18n/direction';
import { t } from '../../lib/i18n/t';

const TOAST_MS = 12_000;
const HOST_CSS =
  ':host{position:fixed!important;inset-block-end:16px;inset-inline-start:16px;z-index:2147483000;max-width:360px}';

export interface ToastOptions {
  message: string;
  actionLabel?: string;
  onAction?: () => Promise<string | null>;
}

function Toast({ message, actionLabel, onAction, close }: ToastOptions & { close: () => void }) {
  return (
    <div className="cc cc-toast" role="status" data-testid="cc-toast">
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button
          type="button"
          className="cc-btn"
          data-testid="cc-toast-action"
          onClick={() => void onAction().then(close)}
        >
          {actionLabel}
        </button>
      ) : null}
      <button type="button" className="cc-btn" aria-label={t('toast_dismiss')} onClick={close}>
        ×
      </button>
    </div>
  );
}

let current: { remove: () => void } | null = null;

export async function showToast(ctx: ContentScriptContext, options: ToastOptions) {
  current?.remove();
  const ui = await createShadowRootUi(ctx, {
    name: 'connect-coach-toast',
    position: 'inline',
    anchor: document.body,
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    inheritStyles: true,
    css: `${panelCss}\n${HOST_CSS}`,
    onMount: (container) => {
      const wrapper = applyLocale(document.createElement('div'), localeAttributes(browser.i18n));
      const root = ReactDOM.createRoot(container.appendChild(wrapper));
      const close = () => ui.remove();
      root.render(<Toast {...options} close={close} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  const timer = setTimeout(() => ui.remove(), TOAST_MS);
  current = {
    remove: () => {
      clearTimeout(timer);
      ui.remove();
    },
  };
}
