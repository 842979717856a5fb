/** Before the Firefox tests: a Firefox must exist, and the Firefox package is built fresh. */
import { execFileSync } from 'node:child_process';
import { findFirefox } from './firefox';

export default function setup() {
  findFirefox();
  // Vitest sets NODE_ENV=test, which would make the build use React's dev JSX runtime.
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
