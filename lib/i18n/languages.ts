/**
 * The UI languages Connect Coach ships, by Chrome locale folder name (public/_locales/<id>), with
 * the name each calls itself in the language picker. English is the source and the fallback.
 */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The translations (everything but the English source). */
export const TRANSLATIONS = UI_LANGUAGES.filter((l) => l !== 'en') as Exclude<UiLanguage, 'en'>[];

/** The setting: one of the languages, or 'auto' for the browser's own UI language. */
export type UiLanguageSetting = 'auto' | UiLanguage;

/** Each language's own name (autonyms are not translated: a German reader looks for "Deutsch"). */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt_BR: 'Português (Brasil)',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The shipped language for a locale tag the way Chrome picks a _locales folder: the exact
 * language_REGION, then the language alone, else English (so pt-PT gets English, as in the browser).
 * Accepts de, de-AT, de_DE.UTF-8, pt-BR, pt_BR@euro.
 */
export function matchUiLanguage(tag: string | undefined | null): UiLanguage | null {
  if (!tag) return null;
  const [lang = '', region = ''] = tag
    .replace(/[.@].*$/, '')
    .split(/[-_]/)
    .map((p) => p.trim());
  if (!/^[a-z]{2,3}$/i.test(lang)) return null;
  const exact = region ? `${lang.toLowerCase()}_${region.toUpperCase()}` : '';
  if (isUiLanguage(exact)) return exact;
  const bare = lang.toLowerCase();
  return isUiLanguage(bare) ? bare : null;
}
