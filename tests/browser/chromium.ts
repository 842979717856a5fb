/** Finds a Chromium or Chrome to run the browser tests and the demo. Never silently skips. */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROMIUM_MISSING = [
  'Chromium was not found, so the browser tests cannot run.',
  'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)',
  'or point CHROME_PATH at a Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but there is no file there.\n${CHROMIUM_MISSING}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}

/**
 * Options for a headless persistent Chromium with unpacked extensions loaded (browser tests, demo,
 * benchmarks): no network side channels (QUIC, background networking, sync, component updates).
 */
export function extensionLaunchOptions(extensionDirs: readonly string[], headless = true) {
  const dirs = extensionDirs.join(',');
  return {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
    ],
  };
}
