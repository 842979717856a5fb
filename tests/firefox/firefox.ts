/** Finds a Firefox to run the Firefox tests. Never silently skips. */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const FIREFOX_MISSING = [
  'Firefox was not found, so the Firefox tests cannot run.',
  'Install it with:  sudo apt-get install -y firefox-esr   (Debian/Ubuntu: Firefox ESR 153, or any Firefox 140+)',
  'or point FIREFOX_PATH at a Firefox binary:  FIREFOX_PATH=/path/to/firefox npm test',
].join('\n');

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to "${fromEnv}", but there is no file there.\n${FIREFOX_MISSING}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(FIREFOX_MISSING);
  return found;
}
