import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EN, type MessageKey } from '../../../lib/i18n/messages';
import { placeholderNames, setMessageSource, t, tParts } from '../../../lib/i18n/t';
import {
  type ChromeMessage,
  chromeGetMessage,
  LOCALE_FILE,
  localeJson,
  toChromeMessage,
} from '../../../scripts/build-locales';

const ROOT = join(import.meta.dirname, '../../..');
const keys = Object.keys(EN) as MessageKey[];
const committed = JSON.parse(readFileSync(LOCALE_FILE, 'utf8')) as Record<string, ChromeMessage>;

/** Distinct sample values per placeholder, so a swapped substitution shows. */
const sample = (key: MessageKey) =>
  Object.fromEntries(placeholderNames(EN[key]).map((n, i) => [n, `‹${n}:${i}›`])) as Record<string, string>;
const tAny = t as (key: MessageKey, values?: Record<string, string | number>) => string;

/** Every .ts/.tsx file under the folders that show UI, and the engines whose sentences the UI shows. */
function uiFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  for (const dir of ['components', 'entrypoints', 'lib/i18n', 'lib/draft', 'lib/sequencing', 'lib/insight'])
    walk(join(ROOT, dir));
  out.push(join(ROOT, 'lib/tracker/format.ts'), join(ROOT, 'lib/evidence.ts'));
  return out;
}

afterEach(() => setMessageSource(null));

describe('the UI string catalogue', () => {
  it('the committed _locales/en/messages.json is what build-locales.ts writes', () => {
    expect(readFileSync(LOCALE_FILE, 'utf8')).toBe(localeJson());
  });

  it('keys are valid Chrome message names and placeholders stay within getMessage limits', () => {
    for (const key of keys) {
      expect(key).toMatch(/^[a-z0-9_]+$/);
      const text = EN[key];
      expect(text, key).toBe(text.trim());
      expect(placeholderNames(text).length, key).toBeLessThanOrEqual(9);
      // Every brace is a well-formed placeholder.
      expect(text.replace(/\{[a-z0-9_]+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('every key used in the code exists', () => {
    const used = new Set<string>();
    for (const file of uiFiles()) {
      const src = readFileSync(file, 'utf8');
      // t('key'…), tParts('key'…), k="key", and keys in ternaries and key tables: any quoted snake_case
      // word that starts with a catalogue prefix.
      for (const m of src.matchAll(/['"]([a-z0-9]+_[a-z0-9_]+)['"]/g)) used.add(m[1] as string);
    }
    const prefixes = new Set(keys.map((k) => k.split('_')[0]));
    const candidates = [...used].filter((k) => prefixes.has(k.split('_')[0]));
    expect(candidates.length).toBeGreaterThan(500);
    // A plural's base ('sync_found' in tp('sync_found', n, …)) stands for its _one and _other.
    const known = (k: string) => k in EN || (`${k}_one` in EN && `${k}_other` in EN);
    expect(candidates.filter((k) => !known(k))).toEqual([]);
  });

  it('t() substitutes every placeholder, from EN and through getMessage alike', () => {
    for (const key of keys) {
      const values = sample(key);
      const english = tAny(key, values);
      expect(english, key).not.toMatch(/\{[a-z0-9_]+\}|\$[A-Z0-9_]+\$/);
      for (const [name, value] of Object.entries(values)) expect(english, `${key} ${name}`).toContain(value);
    }
    setMessageSource((key, subs) => chromeGetMessage(committed, key, subs));
    for (const key of keys) {
      setMessageSource(null);
      const english = tAny(key, sample(key));
      setMessageSource((k, subs) => chromeGetMessage(committed, k, subs));
      expect(tAny(key, sample(key)), key).toBe(english);
    }
  });

  it('a source that lacks a message falls back to English; a translation moves placeholders', () => {
    setMessageSource(() => '');
    expect(t('contact_added', { name: 'Zoe' })).toBe('Added Zoe.');
    const de = {
      contact_added: toChromeMessage('{name} hinzugefügt.'),
      table_showing: toChromeMessage('{total}: {shown}'),
    };
    // Placeholder numbers follow the names' alphabetical order ($1 = shown, $2 = total), whatever order a translation uses.
    de.table_showing.placeholders = { SHOWN: { content: '$1' }, TOTAL: { content: '$2' } };
    setMessageSource((k, subs) => chromeGetMessage(de, k, subs));
    expect(t('contact_added', { name: 'Zoe' })).toBe('Zoe hinzugefügt.');
    expect(t('table_showing', { shown: 3, total: 10 })).toBe('10: 3');
    expect(t('panel_hide')).toBe('Hide');
  });

  it('tParts() keeps element values whole, in the translation’s order', () => {
    const el = { tag: 'strong' };
    expect(tParts('panel_to', { name: el })).toEqual(['to ', el]);
    const fr = { panel_to: { message: '$NAME$ (destinataire)', placeholders: { NAME: { content: '$1' } } } };
    setMessageSource((k, subs) => chromeGetMessage(fr, k, subs));
    expect(tParts('panel_to', { name: el })).toEqual([el, ' (destinataire)']);
  });

  it('a literal $ is escaped for Chrome and comes back as $', () => {
    const m = toChromeMessage('Costs $5 for {name}');
    expect(m).toEqual({ message: 'Costs $$5 for $NAME$', placeholders: { NAME: { content: '$1' } } });
    expect(chromeGetMessage({ k: m }, 'k', ['Zoe'])).toBe('Costs $5 for Zoe');
  });

  it('the manifest name and description come from the catalogue', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_ext_name__'");
    expect(config).toContain("description: '__MSG_ext_description__'");
    expect(config).toContain("default_locale: 'en'");
    expect(EN.ext_description.length).toBeLessThanOrEqual(132);
  });
});
