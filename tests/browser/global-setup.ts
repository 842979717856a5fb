/** Before the browser tests: a Chromium must exist, and the extension is built fresh. */
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium';

export default function setup() {
  findChromium();
  // Vitest sets NODE_ENV=test, which would make the build use React's dev JSX runtime.
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
