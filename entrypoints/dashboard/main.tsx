import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import { applyLocale, localeAttributes } from '../../lib/i18n/direction';
import { startPageLanguage } from '../../lib/i18n/loader';
import { t } from '../../lib/i18n/t';
import { createTrackerStore } from '../../utils/tracker-store';
import { DashboardApp } from './DashboardApp';

const store = createTrackerStore();
// Start reading now, while React renders the first frame: the summary's rows arrive sooner.
store.start();

const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement);
const render = () => {
  applyLocale(document.documentElement, localeAttributes(browser.i18n));
  document.title = t('dashboard_page_title');
  root.render(
    <StrictMode>
      <DashboardApp store={store} />
    </StrictMode>,
  );
};
// UI strings in the browser's language, or the one chosen in the settings (lib/i18n/loader.ts): the
// page renders once they are set, and again in the new language when the setting changes.
void startPageLanguage(browser, render).then(render);
