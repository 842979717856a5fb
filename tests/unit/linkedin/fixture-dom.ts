/** Loads a fixture page into a happy-dom document (inline scripts do not run: the static state). */
import { FIXTURES, loadFixture } from '../../fixtures/linkedin/index';

export function fixtureDocument(name: string, seed = 7): Document {
  const html = loadFixture(name, { seed });
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixtureUrl(name: string): string {
  const info = FIXTURES[name];
  if (!info) throw new Error(`no fixture ${name}`);
  return info.url;
}

/** Fixtures whose final state is built by their own script: a frame or shadow root, or a late dialog. */
const BUILT_BY_SCRIPT = new Set(['post-composer']);

export function isScripted(name: string): boolean {
  const info = FIXTURES[name];
  if (!info) return false;
  return BUILT_BY_SCRIPT.has(name) || info.expect.surfaces.some((s) => s.container !== undefined);
}
