import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, one run, one summary:
// - unit: pure lib code, DOM readers on fixture pages, React components (happy-dom, WXT's fake browser);
// - browser: the built extension loaded into a real Chromium (see tests/browser/harness.ts);
// - firefox: the built Firefox package in a real Firefox ESR (see tests/firefox/harness.ts).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One file at a time, like the Chromium files: Vitest runs every file of a project without
          // file parallelism alone, after the unit files, so only one browser runs at once (2 cores).
          fileParallelism: false,
        },
      },
    ],
  },
});
