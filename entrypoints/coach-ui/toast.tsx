import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../lib/i18n/t';
import { type CoachUi, createCoachUi } from './shadow-ui';

const TOAST_MS = 12_000;

export interface ToastOptions {
  message: string;
  actionLabel?: string;
  onAction?: () => Promise<string | null>;
}

function Toast({ message, actionLabel, onAction, close }: ToastOptions & { close: () => void }) {
  return (
    <div className="cc-toast-wrap">
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
    </div>
  );
}

let current: { remove: () => void } | null = null;

/** A note at the viewport's bottom-start corner, in the top layer, out of LinkedIn's layout. */
export async function showToast(ctx: ContentScriptContext, options: ToastOptions) {
  current?.remove();
  const ui: CoachUi = await createCoachUi(ctx, {
    name: 'connect-coach-toast',
    anchor: document.body,
    append: 'last',
    render: () => <Toast {...options} close={() => ui.remove()} />,
  });
  ui.mount();
  const host = ui.shadowHost;
  if ('showPopover' in host) {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {}
  }
  const timer = setTimeout(() => ui.remove(), TOAST_MS);
  current = {
    remove: () => {
      clearTimeout(timer);
      ui.remove();
    },
  };
}
