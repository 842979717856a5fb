/**
 * How every extension page starts (popup, dashboard, onboarding, privacy, side panel): its UI strings
 * in the browser's language or the one chosen in the settings (lib/i18n/loader.ts), the language and
 * direction on <html>, its title, then the app; rendered once the strings are set, and again in the
 * new language when the setting changes.
 */
import { type ReactNode, StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { applyLocale, localeAttributes } from '../lib/i18n/direction';
import { startPageLanguage } from '../lib/i18n/loader';

export function startPage(title: () => string, app: () => ReactNode): void {
  const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement);
  const render = () => {
    applyLocale(document.documentElement, localeAttributes(browser.i18n));
    document.title = title();
    root.render(<StrictMode>{app()}</StrictMode>);
  };
  void startPageLanguage(browser, render).then(render);
}
