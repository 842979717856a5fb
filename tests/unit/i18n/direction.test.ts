import { describe, expect, it } from 'vitest';
import { applyLocale, localeAttributes } from '../../../lib/i18n/direction';

const i18n = (messages: Record<string, string>) => ({ getMessage: (key: string) => messages[key] ?? '' });

describe('localeAttributes: dir and lang from the browser i18n API', () => {
  it('an Arabic UI is right to left', () => {
    expect(localeAttributes(i18n({ ui_dir: 'rtl', ui_lang: 'ar' }))).toEqual({
      dir: 'rtl',
      lang: 'ar',
    });
  });

  it('Brazilian Portuguese is left to right, with a BCP 47 tag', () => {
    expect(localeAttributes(i18n({ ui_dir: 'ltr', ui_lang: 'pt_BR' }))).toEqual({
      dir: 'ltr',
      lang: 'pt-BR',
    });
  });

  it('an Arabic browser still showing the English catalogue stays left to right', () => {
    const fallback = { '@@bidi_dir': 'rtl', '@@ui_locale': 'ar', ui_dir: 'ltr', ui_lang: 'en' };
    expect(localeAttributes(i18n(fallback))).toEqual({ dir: 'ltr', lang: 'en' });
  });

  it('without the API (or when it throws) the UI is English, left to right', () => {
    expect(localeAttributes(undefined)).toEqual({ dir: 'ltr', lang: 'en' });
    const throwing = {
      getMessage: () => {
        throw new Error('context invalidated');
      },
    };
    expect(localeAttributes(throwing)).toEqual({ dir: 'ltr', lang: 'en' });
  });

  it('applyLocale sets both attributes on an element', () => {
    const el = applyLocale(document.createElement('div'), { dir: 'rtl', lang: 'he' });
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(el.getAttribute('lang')).toBe('he');
  });
});
