/**
 * Text direction and language of the UI. They come from the catalogue itself (messages `ui_dir` and
 * `ui_lang`), so they describe the translation actually shown: the predefined `@@bidi_dir` follows the
 * browser's locale and would mirror our English text in an Arabic browser while only English ships.
 * Once an entrypoint has set t()'s source (the language chosen in the settings, ./loader.ts) they are
 * read from it; before that, from the browser's i18n API. Pages and panel roots set `dir` and `lang`
 * from them (the CSS uses logical properties only). Without either (tests, Node): English, left to right.
 */

/** Set by t()'s setMessageSource: reads ui_dir and ui_lang from the catalogue shown (no import of t
 * here, so the small LinkedIn content script stays without it). */
let shown: ((key: string) => string) | null = null;

export function setAttributeSource(read: ((key: string) => string) | null): void {
  shown = read;
}

export interface LocaleAttributes {
  dir: 'ltr' | 'rtl';
  lang: string;
}

export function localeAttributes(i18n: object | undefined): LocaleAttributes {
  const get = (i18n as { getMessage?: unknown } | undefined)?.getMessage;
  const read = (key: string): string => {
    if (shown) return shown(key).trim();
    if (typeof get !== 'function') return '';
    try {
      return String(get.call(i18n, key) ?? '').trim();
    } catch {
      return '';
    }
  };
  const lang = read('ui_lang');
  return { dir: read('ui_dir') === 'rtl' ? 'rtl' : 'ltr', lang: lang ? lang.replace(/_/g, '-') : 'en' };
}

/** Sets dir and lang on a page's root element or a panel's wrapper. */
export function applyLocale(el: HTMLElement, attrs: LocaleAttributes): HTMLElement {
  el.dir = attrs.dir;
  el.lang = attrs.lang;
  return el;
}
