/**
 * The store listing (assets/store/listing.md) fits the stores' limits, explains every permission the
 * manifests ask for, and its screenshots exist at the size both stores take (1280×800).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import glossary from '../../../lib/i18n/glossary.json' with { type: 'json' };
import { TRANSLATIONS } from '../../../lib/i18n/languages';
import { PERMISSIONS } from '../../../lib/privacy/policy';

const STORE = join(import.meta.dirname, '../../../assets/store');
const listing = readFileSync(join(STORE, 'listing.md'), 'utf8');

function section(title: string, text = listing, file = 'listing.md'): string {
  const parts = text.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`${title}\n`));
  if (found === undefined) throw new Error(`${file} has no "## ${title}" section`);
  return found.slice(title.length + 1).trim();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('the store listing', () => {
  it('fits the stores’ limits', () => {
    const name = section('Name');
    expect(name).toBe('Connect Coach');
    // Chrome Web Store: short description ≤ 132 characters; AMO summary ≤ 250.
    expect(section('Short description').length).toBeLessThanOrEqual(132);
    expect(section('AMO summary').length).toBeLessThanOrEqual(250);
    expect(section('Description').length).toBeLessThanOrEqual(16_000);
    expect(section('Single purpose').length).toBeGreaterThan(40);
  });

  it('explains every permission the manifests ask for', () => {
    const text = section('Permission justifications');
    for (const p of PERMISSIONS) expect(text, p.name).toContain(p.name);
  });

  it('says the same as the privacy policy: nothing collected, nothing sent, no remote code', () => {
    expect(section('Data usage')).toMatch(/does not collect or transmit any user data/);
    expect(section('Remote code')).toMatch(/^No\./);
    expect(section('Description')).toMatch(/Nothing leaves your device/);
  });

  it('its screenshots exist, 1280×800, at most five (the Chrome Web Store’s limit)', () => {
    const shots = [...section('Screenshots').matchAll(/`([^`]+\.png)`/g)].map((m) => m[1] as string);
    expect(shots.length).toBeGreaterThan(0);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) {
      const file = join(STORE, shot);
      expect(existsSync(file), shot).toBe(true);
      expect(pngSize(file), shot).toEqual({ width: 1280, height: 800 });
    }
  });

  it.each(TRANSLATIONS)('has a listing in %s, within the same limits, in the catalogue’s words', (lang) => {
    const file = `listing.${lang}.md`;
    const text = readFileSync(join(STORE, file), 'utf8');
    const get = (title: string) => section(title, text, file);
    expect(get('Name')).toBe('Connect Coach');
    expect(get('Short description').length).toBeLessThanOrEqual(132);
    expect(get('AMO summary').length).toBeLessThanOrEqual(250);
    expect(get('Description').length).toBeLessThanOrEqual(16_000);
    expect(get('Description').length).toBeGreaterThan(0.8 * section('Description').length - 400);
    // Translated, not copied: none of the English description's sentences is left.
    for (const sentence of section('Description')
      .split(/(?<=[.:])\s+/)
      .filter((x) => x.length > 40))
      expect(get('Description'), file).not.toContain(sentence);
    // The product's terms as the UI says them (lib/i18n/glossary.json).
    for (const term of ['acceptance rate', 'note (on a request)', 'connection request', 'checklist']) {
      const match = (glossary.terms as unknown as Record<string, Record<string, { match?: string }>>)[term]?.[
        lang
      ]?.match;
      expect(get('Description'), `${file}: ${term}`).toMatch(new RegExp(match as string, 'iu'));
    }
  });
});
