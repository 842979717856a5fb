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

/** The chosen language's catalogue, in WXT's area:key form (as the privacy policy lists it). */
export const CATALOGUE_STORAGE_KEY = 'local:uiCatalogue';
/** Its storage.local key. */
export const CATALOGUE_KEY = CATALOGUE_STORAGE_KEY.slice('local:'.length);
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

/**
 * The extension's own files, by their chrome-extension:// (moz-extension://) address: read from the
 * installed package on this device, never the network. The only fetch in the shipped code
 * (tests/unit/privacy/policy.test.ts holds it to runtime.getURL).
 */
export function packageReader(browser: LoaderBrowser): PackageReader {
  return async (path) => {
    const res = await fetch(browser.runtime.getURL(path));
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
  { rebuild = false }: { rebuild?: boolean } = {},
): Promise<StoredCatalogue | null> {
  const got = await browser.storage.local.get([SETTINGS_KEY, CATALOGUE_KEY]);
  const setting = languageSetting(got[SETTINGS_KEY]);
  if (setting === 'auto') {
    if (got[CATALOGUE_KEY] !== undefined) await browser.storage.local.remove(CATALOGUE_KEY);
    return null;
  }
  const version = browser.runtime.getManifest().version;
  const current = validCatalogue(got[CATALOGUE_KEY], setting, version);
  if (current && !rebuild) return current;
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

/**
 * An extension page: the language is set when this resolves (render then); when the setting changes
 * the new language is set and `rerender` called, so the page redraws in it without a reload (a draft
 * in the side panel, an import half done, stay). Never rejects.
 */
export async function startPageLanguage(browser: LoaderBrowser, rerender: () => void): Promise<Chosen> {
  const read = packageReader(browser);
  const chosen = await applyUiLanguage(browser, read);
  try {
    watchUiLanguage(browser, (why) => {
      if (why === 'setting') void applyUiLanguage(browser, read).then(rerender);
    });
  } catch {
    // No storage events (a stub browser): the language stays as loaded.
  }
  return chosen;
}

/**
 * The coaching UI in a LinkedIn tab: the stored catalogue (or the browser's language), switched when
 * the setting or the stored catalogue changes; panels show it as they next render.
 */
export async function startContentLanguage(
  browser: LoaderBrowser,
  ctx: { onInvalidated(fn: () => void): unknown },
): Promise<Chosen> {
  const chosen = await applyUiLanguage(browser);
  try {
    ctx.onInvalidated(watchUiLanguage(browser, () => void applyUiLanguage(browser)));
  } catch {
    // No storage events: the language stays as loaded.
  }
  return chosen;
}

/**
 * The background: keeps the stored catalogue in step with the setting (and rebuilds it after an
 * update, `rebuild`), and reads its own messages (notifications) from it.
 */
export async function startBackgroundLanguage(
  browser: LoaderBrowser,
  { rebuild = false }: { rebuild?: boolean } = {},
): Promise<Chosen> {
  const read = packageReader(browser);
  const sync = async (force: boolean) => {
    try {
      await syncStoredCatalogue(browser, read, { rebuild: force });
    } catch {
      // Storage or a package file unreadable: this context still reads the package or the browser's.
    }
    return applyUiLanguage(browser, read);
  };
  watchUiLanguage(browser, (why) => {
    if (why === 'setting') void sync(false);
  });
  return sync(rebuild);
}

/** After an update: the chosen language's catalogue built again from the new package. */
export function rebuildStoredCatalogue(browser: LoaderBrowser): Promise<StoredCatalogue | null> {
  return syncStoredCatalogue(browser, packageReader(browser), { rebuild: true });
}
