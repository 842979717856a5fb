/**
 * Which catalogue t() reads, in every context of the extension. `browser.i18n.getMessage` follows the
 * browser's UI language and cannot switch at run time, so:
 *
 * - Setting "as the browser" (the default): getMessage on _locales, which picks de for a German
 *   browser, fr for fr-CA, English where we ship nothing, and English for any key a translation
 *   lacks. Costs nothing: no catalogue in any script, no storage read.
 * - A chosen language: the background reads that language's and the English messages.json from the
 *   package (a file of its own, so no web-accessible resource), lays the translation over English and
 *   stores the result under `uiCatalogue` (storage.local), once per language and version. Extension
 *   pages and the background could read the package too; the injected coaching UI (an isolated world
 *   on LinkedIn) cannot without exposing the files, so every context reads the stored copy and only
 *   the one chosen catalogue ever reaches a LinkedIn tab.
 *
 * lib/ stays free of browser globals: the entrypoints pass their `browser` in (LoaderBrowser is the
 * part of it this uses).
 */
import { flatSource, fromChromeMessages, overEnglish } from './catalogue';
import { isUiLanguage, type UiLanguage, type UiLanguageSetting } from './languages';
import { messageSourceFrom, setMessageSource } from './t';

/** storage.local key of the chosen language's catalogue. */
export const CATALOGUE_KEY = 'uiCatalogue';
/** storage.local key of the settings (lib/tracker/storage.ts KEYS.settings, without its area). */
const SETTINGS_KEY = 'settings';

export interface StoredCatalogue {
  language: UiLanguage;
  /** The extension version it was built from: an update rebuilds it. */
  version: string;
  messages: Record<string, string>;
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** The part of WXT's `browser` the loader uses (structural, so tests pass a fake). */
export interface LoaderBrowser {
  i18n?: object;
  runtime: { getManifest(): { version: string }; getURL(path: string): string };
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
    onChanged: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
  };
}

/** The language setting inside a stored settings value; 'auto' when absent or unreadable. */
export function languageSetting(settings: unknown): UiLanguageSetting {
  const value = (settings as { uiLanguage?: unknown } | null | undefined)?.uiLanguage;
  return isUiLanguage(value) ? value : 'auto';
}

/** A stored catalogue that is whole and made for this language and version, or null. */
export function validCatalogue(raw: unknown, language: UiLanguage, version: string): StoredCatalogue | null {
  const c = raw as Partial<StoredCatalogue> | null | undefined;
  if (!c || c.language !== language || c.version !== version) return null;
  if (!c.messages || typeof c.messages !== 'object') return null;
  // A catalogue without its own language tag was cut short: ignore it and rebuild.
  if (typeof (c.messages as Record<string, unknown>).ui_lang !== 'string') return null;
  return c as StoredCatalogue;
}

/** Reads one of the package's files (extension pages and the background only). */
export type PackageReader = (path: string) => Promise<unknown>;

export function packageReader(browser: LoaderBrowser, fetchFn: typeof fetch = fetch): PackageReader {
  return async (path) => {
    const res = await fetchFn(browser.runtime.getURL(path));
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json();
  };
}

/** The chosen language's messages over English, read from the package's _locales. */
export async function buildCatalogue(
  language: UiLanguage,
  read: PackageReader,
): Promise<Record<string, string>> {
  const english = fromChromeMessages(await read('/_locales/en/messages.json'));
  if (language === 'en') return english;
  return overEnglish(english, fromChromeMessages(await read(`/_locales/${language}/messages.json`)));
}

export interface Chosen {
  setting: UiLanguageSetting;
  /** Where the messages come from: the browser's own pick, the stored catalogue, or the package. */
  from: 'browser' | 'stored' | 'package';
}

/**
 * Sets t()'s source for this context from the setting and the stored catalogue. With `read` (pages,
 * background) a missing or outdated catalogue is built from the package instead; without it (the
 * coaching UI on LinkedIn) the browser's language shows until the background has stored it.
 */
export async function applyUiLanguage(browser: LoaderBrowser, read?: PackageReader): Promise<Chosen> {
  let got: Record<string, unknown> = {};
  try {
    got = await browser.storage.local.get([SETTINGS_KEY, CATALOGUE_KEY]);
  } catch {
    // Storage unreadable: the browser's language still works.
  }
  const setting = languageSetting(got[SETTINGS_KEY]);
  const browserSource = () => setMessageSource(messageSourceFrom(browser.i18n));
  if (setting === 'auto') {
    browserSource();
    return { setting, from: 'browser' };
  }
  const stored = validCatalogue(got[CATALOGUE_KEY], setting, browser.runtime.getManifest().version);
  if (stored) {
    setMessageSource(flatSource(stored.messages));
    return { setting, from: 'stored' };
  }
  if (read) {
    try {
      setMessageSource(flatSource(await buildCatalogue(setting, read)));
      return { setting, from: 'package' };
    } catch {
      // A package file missing: fall through to the browser's language.
    }
  }
  browserSource();
  return { setting, from: 'browser' };
}

/**
 * The background's part: keeps `uiCatalogue` in step with the setting (built on a language change,
 * an update, or when missing; removed for "as the browser"). Returns the catalogue it stored, if any.
 */
export async function syncStoredCatalogue(
  browser: LoaderBrowser,
  read: PackageReader,
): Promise<StoredCatalogue | null> {
  const got = await browser.storage.local.get([SETTINGS_KEY, CATALOGUE_KEY]);
  const setting = languageSetting(got[SETTINGS_KEY]);
  if (setting === 'auto') {
    if (got[CATALOGUE_KEY] !== undefined) await browser.storage.local.remove(CATALOGUE_KEY);
    return null;
  }
  const version = browser.runtime.getManifest().version;
  const current = validCatalogue(got[CATALOGUE_KEY], setting, version);
  if (current) return current;
  const messages = await buildCatalogue(setting, read);
  // The user may have changed the language again while the files were read: the later call wins.
  const now = languageSetting((await browser.storage.local.get([SETTINGS_KEY]))[SETTINGS_KEY]);
  if (now !== setting) return null;
  const stored: StoredCatalogue = { language: setting, version, messages };
  await browser.storage.local.set({ [CATALOGUE_KEY]: stored });
  return stored;
}

/**
 * Calls back when the language shown should change: the setting changed, or the stored catalogue
 * was (re)written. Returns the unsubscribe function.
 */
export function watchUiLanguage(browser: LoaderBrowser, onChange: (why: 'setting' | 'catalogue') => void) {
  const listener: Listener = (changes, area) => {
    if (area !== 'local') return;
    const settings = changes[SETTINGS_KEY];
    if (settings && languageSetting(settings.oldValue) !== languageSetting(settings.newValue))
      onChange('setting');
    else if (changes[CATALOGUE_KEY]) onChange('catalogue');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
