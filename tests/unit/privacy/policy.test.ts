/**
 * The privacy policy matches the code: every storage key the code names is listed (and nothing the
 * code does not use), every permission the manifests ask for is explained, the code has no way to
 * send anything, and the store's Markdown is what lib/privacy writes. The browser suite also checks
 * every key actually found in storage after a tour against the same list (tests/browser/lifecycle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyMarkdown } from '../../../lib/privacy/markdown';
import { PERMISSIONS, STORED } from '../../../lib/privacy/policy';
import { CONTACT_PREFIX, QUARANTINE_PREFIX } from '../../../lib/tracker/store';
import { POLICY_FILE } from '../../../scripts/write-policy';
import config from '../../../wxt.config';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The code that ships: the extension's entrypoints and what they import (scripts/ never runs in a browser). */
const SHIPPED = [
  ...sources('entrypoints'),
  ...sources('components'),
  ...sources('hooks'),
  ...sources('utils'),
  ...sources('lib'),
];

const fixedKeys = STORED.map((s) => s.key).filter((k) => !k.includes('<'));
const prefixes = STORED.map((s) => s.key)
  .filter((k) => k.includes('<'))
  .map((k) => k.slice(0, k.indexOf('<')));

describe('the privacy policy matches the code', () => {
  it('every storage key named in the shipped code is in the policy, and every key in the policy is used', () => {
    const named = new Set<string>();
    for (const file of SHIPPED) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/['"`]((?:local|session|sync|managed):[A-Za-z]+)['"`]/g))
        named.add(m[1] as string);
    }
    expect([...named].sort()).toEqual([...fixedKeys].sort());
    // The per-record keys are built from these prefixes (lib/tracker/store.ts).
    expect(prefixes.sort()).toEqual([`local:${CONTACT_PREFIX}`, `local:${QUARANTINE_PREFIX}`].sort());
  });

  it('nothing is stored in sync storage (it would leave the device)', () => {
    for (const file of SHIPPED) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/storage\.sync|['"`]sync:/);
    }
  });

  it('the shipped code has no way to send anything', () => {
    for (const file of SHIPPED) {
      let text = readFileSync(join(ROOT, file), 'utf8');
      // One exception: the UI-language loader reads the extension's own files from the installed
      // package (a chrome-extension:// address on this device), and only by runtime.getURL.
      if (file === join('lib', 'i18n', 'loader.ts'))
        text = text.replace(/\bfetch\(browser\.runtime\.getURL\(path\)\)/, '');
      expect(text, relative(ROOT, file)).not.toMatch(
        /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|importScripts/,
      );
    }
  });

  it.each(['chrome', 'firefox'] as const)(
    'every permission the %s manifest asks for is explained',
    (browser) => {
      const manifest = (
        config.manifest as (env: { browser: string }) => Record<string, string[] | undefined>
      )({
        browser,
      });
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
      ].sort();
      const explained = PERMISSIONS.filter((p) => !p.only || p.only === browser)
        .map((p) => p.name)
        .sort();
      expect(asked).toEqual(explained);
      expect(manifest.optional_permissions ?? []).toEqual(
        PERMISSIONS.filter((p) => p.optional).map((p) => p.name),
      );
    },
  );

  it('the store text (assets/store/privacy-policy.md) is what lib/privacy writes', () => {
    expect(readFileSync(POLICY_FILE, 'utf8')).toBe(policyMarkdown());
    for (const s of STORED) expect(policyMarkdown()).toContain(`\`${s.key}\``);
  });
});
