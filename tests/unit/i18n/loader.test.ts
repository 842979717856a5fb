/**
 * The UI-language loader in each context, against the real shipped _locales files: the browser's
 * language by default, a chosen language stored by the background for the coaching UI (which cannot
 * read the package), English for a key a translation lacks, an update rebuilding the copy, and a
 * change of mind while the files are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeAttributes } from '../../../lib/i18n/direction';
import {
  applyUiLanguage,
  CATALOGUE_KEY,
  type LoaderBrowser,
  startContentLanguage,
  syncStoredCatalogue,
  validCatalogue,
  watchUiLanguage,
} from '../../../lib/i18n/loader';
import { setMessageSource, t } from '../../../lib/i18n/t';
import { type ChromeMessage, chromeGetMessage } from '../../../scripts/build-locales';

const PUBLIC = join(import.meta.dirname, '../../../public');
const shipped = (lang: string) =>
  JSON.parse(readFileSync(join(PUBLIC, `_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    ChromeMessage
  >;

type Listener = Parameters<LoaderBrowser['storage']['onChanged']['addListener']>[0];

/** A browser whose UI language is `uiLang`, with storage in memory and the package on disk. */
function fakeBrowser(uiLang: string, version = '1.0.0') {
  const data: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    for (const l of listeners) l(changes, 'local');
  };
  // getMessage as Chrome answers it: the UI language's file, else English (the default locale).
  const ui = shipped(uiLang);
  const en = shipped('en');
  const browser: LoaderBrowser & { data: typeof data; fetches: string[] } = {
    data,
    fetches: [],
    i18n: {
      getMessage: (key: string, subs?: string[]) =>
        chromeGetMessage(ui, key, subs ?? []) || chromeGetMessage(en, key, subs ?? []),
    },
    runtime: {
      getManifest: () => ({ version }),
      getURL: (path: string) => `chrome-extension://test${path}`,
    },
    storage: {
      local: {
        get: async (keys: string[]) =>
          Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])),
        set: async (items: Record<string, unknown>) => {
          const changes = Object.fromEntries(
            Object.entries(items).map(([k, v]) => [k, { oldValue: data[k], newValue: v }]),
          );
          Object.assign(data, items);
          emit(changes);
        },
        remove: async (key: string) => {
          const oldValue = data[key];
          delete data[key];
          emit({ [key]: { oldValue } });
        },
      },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
  };
  return browser;
}

beforeEach(() => {
  // The package's files, as the extension's own fetch reads them (chrome-extension://test/...).
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    try {
      const text = readFileSync(join(PUBLIC, path), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) };
    } catch {
      return { ok: false, status: 404, json: async () => null };
    }
  });
});
afterEach(() => {
  setMessageSource(null);
  vi.unstubAllGlobals();
});

const read = async (path: string) => (await fetch(`chrome-extension://test${path}`)).json();
const setLanguage = (b: ReturnType<typeof fakeBrowser>, uiLanguage: string) =>
  b.storage.local.set({ settings: { ...(b.data.settings as object), uiLanguage } });

describe('the UI language in each context', () => {
  it('as the browser (the default): getMessage, German for a German browser', async () => {
    const b = fakeBrowser('de');
    expect(await applyUiLanguage(b)).toEqual({ setting: 'auto', from: 'browser' });
    expect(t('panel_hide')).toBe('Ausblenden');
    expect(localeAttributes(undefined)).toEqual({ dir: 'ltr', lang: 'de' });
  });

  it('a chosen language: the coaching UI shows the browser’s until the background has stored it', async () => {
    const b = fakeBrowser('de');
    await setLanguage(b, 'fr');
    // The coaching UI on LinkedIn cannot read the package.
    expect(await applyUiLanguage(b)).toEqual({ setting: 'fr', from: 'browser' });
    expect(t('panel_hide')).toBe('Ausblenden');
    const stored = await syncStoredCatalogue(b, read);
    expect(stored?.language).toBe('fr');
    expect(await applyUiLanguage(b)).toEqual({ setting: 'fr', from: 'stored' });
    expect(t('panel_hide')).toBe('Masquer');
    expect(t('table_showing', { shown: 1234, total: 5678 })).toMatch(/^\D*1\u202f?\s?234\D+5\u202f?\s?678/);
    expect(localeAttributes(undefined)).toEqual({ dir: 'ltr', lang: 'fr' });
  });

  it('English can be chosen in a German browser', async () => {
    const b = fakeBrowser('de');
    await setLanguage(b, 'en');
    await syncStoredCatalogue(b, read);
    await applyUiLanguage(b);
    expect(t('panel_hide')).toBe('Hide');
  });

  it('extension pages build the catalogue from the package themselves', async () => {
    const b = fakeBrowser('en');
    await setLanguage(b, 'pt_BR');
    expect(await applyUiLanguage(b, read)).toEqual({ setting: 'pt_BR', from: 'package' });
    expect(t('settings_title')).toBe('Configurações');
    expect(b.data[CATALOGUE_KEY]).toBeUndefined();
  });

  it('a message the translation lacks shows in English, in both ways', async () => {
    const b = fakeBrowser('es');
    const es = shipped('es');
    delete es.panel_hide;
    // getMessage falls back to the default locale; a stored catalogue is the translation over English.
    const browserSide = {
      ...b,
      i18n: {
        getMessage: (k: string, s?: string[]) =>
          chromeGetMessage(es, k, s ?? []) || chromeGetMessage(shipped('en'), k, s ?? []),
      },
    };
    await applyUiLanguage(browserSide);
    expect(t('panel_hide')).toBe('Hide');
    expect(t('panel_show')).toBe(chromeGetMessage(es, 'panel_show', []));
    await setLanguage(b, 'es');
    const withoutOne = async (path: string) => {
      const file = (await read(path)) as Record<string, ChromeMessage>;
      if (path.includes('/es/')) delete file.panel_hide;
      return file;
    };
    await syncStoredCatalogue(b, withoutOne);
    await applyUiLanguage(b);
    expect(t('panel_hide')).toBe('Hide');
    expect(t('panel_show')).not.toBe('Show');
  });

  it('back to "as the browser" removes the stored copy; an update rebuilds it', async () => {
    const b = fakeBrowser('en', '1.0.0');
    await setLanguage(b, 'de');
    await syncStoredCatalogue(b, read);
    expect(validCatalogue(b.data[CATALOGUE_KEY], 'de', '1.0.0')).not.toBeNull();
    // The next version finds the copy outdated and writes it again.
    const next = { ...b, runtime: { ...b.runtime, getManifest: () => ({ version: '1.1.0' }) } };
    expect(validCatalogue(b.data[CATALOGUE_KEY], 'de', '1.1.0')).toBeNull();
    await syncStoredCatalogue(next, read);
    expect(validCatalogue(b.data[CATALOGUE_KEY], 'de', '1.1.0')).not.toBeNull();
    await setLanguage(b, 'auto');
    await syncStoredCatalogue(b, read);
    expect(b.data[CATALOGUE_KEY]).toBeUndefined();
  });

  it('a change of mind while the files are read: the later language wins', async () => {
    const b = fakeBrowser('en');
    await setLanguage(b, 'de');
    const slow = async (path: string) => {
      const file = await read(path);
      // The user picks French while German is being read.
      if (path.includes('/de/')) await setLanguage(b, 'fr');
      return file;
    };
    expect(await syncStoredCatalogue(b, slow)).toBeNull();
    expect(b.data[CATALOGUE_KEY]).toBeUndefined();
    expect((await syncStoredCatalogue(b, read))?.language).toBe('fr');
  });

  it('a damaged or foreign stored copy is not used', async () => {
    const b = fakeBrowser('en');
    await setLanguage(b, 'de');
    for (const bad of [
      null,
      'x',
      { language: 'de', version: '1.0.0' },
      { language: 'de', version: '1.0.0', messages: {} },
    ]) {
      b.data[CATALOGUE_KEY] = bad;
      expect((await applyUiLanguage(b)).from).toBe('browser');
    }
    expect(t('panel_hide')).toBe('Hide');
  });

  it('the coaching UI switches when the setting or the stored copy changes', async () => {
    const b = fakeBrowser('en');
    let invalidate = () => {};
    await startContentLanguage(b, { onInvalidated: (fn: () => void) => (invalidate = fn) });
    expect(t('panel_hide')).toBe('Hide');
    await setLanguage(b, 'de');
    await syncStoredCatalogue(b, read);
    await vi.waitFor(() => expect(t('panel_hide')).toBe('Ausblenden'));
    invalidate();
    await setLanguage(b, 'auto');
    await new Promise((r) => setTimeout(r, 10));
    // No longer listening once the page's script is gone.
    expect(t('panel_hide')).toBe('Ausblenden');
  });

  it('watchUiLanguage tells a setting change from a catalogue change, and ignores the rest', async () => {
    const b = fakeBrowser('en');
    const seen: string[] = [];
    const stop = watchUiLanguage(b, (why) => seen.push(why));
    await b.storage.local.set({ settings: { uiLanguage: 'auto', staleAfterDays: 9 } });
    await setLanguage(b, 'es');
    await b.storage.local.set({ [CATALOGUE_KEY]: { language: 'es' } });
    await b.storage.local.set({ contact_x: 1 });
    stop();
    await setLanguage(b, 'de');
    expect(seen).toEqual(['setting', 'catalogue']);
  });
});
