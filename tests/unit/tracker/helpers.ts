import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTACT_VERSION, type TrackedContact } from '../../../lib/tracker/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/tracker/settings';
import { normaliseProfileUrl } from '../../../lib/tracker/url';

// Tuesday 10 March 2026, 09:00 UTC. Every test uses a fixed now.
export const NOW = new Date('2026-03-10T09:00:00.000Z');

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

export function contact(slug: string, over: Partial<TrackedContact> = {}): TrackedContact {
  const url = `https://www.linkedin.com/in/${slug}`;
  return {
    v: CONTACT_VERSION,
    id: normaliseProfileUrl(url) as string,
    name: over.name ?? slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    profileUrl: url,
    degree: 2,
    messages: [],
    status: 'none',
    signals: {},
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...over,
  };
}

export async function seed(values: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(values);
}

export async function dump(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

export const FIXTURES = join(process.cwd(), 'tests/fixtures/tracker');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixture(name: string): { storage: Record<string, unknown>; expected?: unknown } {
  return JSON.parse(fixtureText(name));
}
