import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import { applyLocale, localeAttributes } from '../../lib/i18n/direction';
import { messageSourceFrom, setMessageSource, t } from '../../lib/i18n/t';
import { createTrackerStore } from '../../utils/tracker-store';
import { PopupApp } from './PopupApp';

// UI strings from _locales through the browser's i18n API (English while only English ships).
setMessageSource(messageSourceFrom(browser.i18n));
applyLocale(document.documentElement, localeAttributes(browser.i18n));
document.title = t('ext_name');
const store = createTrackerStore();
// Start reading now, while React renders the first frame: the summary's rows arrive sooner.
store.start();

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PopupApp store={store} />
  </StrictMode>,
);
