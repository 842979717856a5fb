/**
 * The extension's builds replace lib/i18n/messages.ts with an empty catalogue (wxt.config.ts): every
 * string comes from _locales/en/messages.json through the browser's getMessage. This runs t() that way
 * and checks each of the catalogue's messages still comes out exactly as the English source says.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MessageKey, setMessageSource, t, tParts } from '../../../lib/i18n/t';
import { type ChromeMessage, chromeGetMessage, LOCALE_FILE } from '../../../scripts/build-locales';

vi.mock('../../../lib/i18n/messages', () => ({ EN: {} }));

const shipped = JSON.parse(readFileSync(LOCALE_FILE, 'utf8')) as Record<string, ChromeMessage>;

const getMessage = (key: string, subs: string[]) => chromeGetMessage(shipped, key, subs);

afterEach(() => setMessageSource(null));

describe('t() with the catalogue left out of the build', () => {
  it('every message equals the English source with its values in place', async () => {
    const { EN } = await vi.importActual<typeof import('../../../lib/i18n/messages')>(
      '../../../lib/i18n/messages',
    );
    setMessageSource(getMessage);
    const tAny = t as (key: MessageKey, values?: Record<string, string>) => string;
    for (const [key, english] of Object.entries(EN)) {
      const names = [...new Set([...english.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1] as string))];
      // Distinct values, so a swapped pair of placeholders shows.
      const values = Object.fromEntries(names.map((n, i) => [n, `‹${n}:${i}›`]));
      const want = english.replace(/\{([a-z0-9_]+)\}/g, (_, n: string) => values[n] as string);
      expect(tAny(key as MessageKey, values), key).toBe(want);
    }
  });

  it('React values keep their place through getMessage', () => {
    setMessageSource(getMessage);
    const el = { tag: 'strong' };
    expect(tParts('panel_to', { name: el })).toEqual(['to ', el]);
  });

  it('a message missing from the browser catalogue shows its key, not nothing', () => {
    setMessageSource(() => '');
    expect(t('panel_hide')).toBe('panel_hide');
  });
});
