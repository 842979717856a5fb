import { StrictMode, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../assets/page.css';

type SidePanelApi = { open(o: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** Opens the paste-in drafting panel: Chrome's side panel or Firefox's sidebar. Needs the click's gesture. */
async function openDraftingPanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidebarAction) return api.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (api.sidePanel && win.id !== undefined) return api.sidePanel.open({ windowId: win.id });
  throw new Error('This browser has no side panel.');
}

function Popup() {
  const [error, setError] = useState<string | null>(null);
  return (
    <main>
      <h1>Connect Coach</h1>
      <p className="cc-note">
        Open a LinkedIn note or message box: the coach appears beside it. Prefer nothing added to LinkedIn's
        page? Draft in the side panel.
      </p>
      <button
        type="button"
        className="cc-btn"
        onClick={() =>
          openDraftingPanel()
            .then(() => window.close())
            .catch((e: Error) => setError(`Could not open the side panel: ${e.message}`))
        }
      >
        Draft in the side panel
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </main>
  );
}

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
