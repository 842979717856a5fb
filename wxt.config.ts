import { defineConfig } from 'wxt';

// Manifest V3 for both browsers. Permissions are only what the code uses; the README explains each.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  // Explicit imports everywhere: lib/ must stay plain TypeScript that runs in Node tests.
  imports: false,
  // The Firefox sources zip (for AMO review) carries the code and tests, not local run output.
  // Nor the store screenshots (not needed to build or test).
  zip: { excludeSources: ['demo-output/**', '.cache/**', 'tests/bench/results.json', 'assets/store/*.png'] },
  // The browser reads every UI string from _locales/<lang>/messages.json (lib/i18n/t.ts), so the
  // builds drop the English catalogue from the scripts instead of shipping the text twice. Build only:
  // Vitest and Node keep the real catalogue.
  vite: () => ({
    plugins: [
      {
        name: 'connect-coach:catalogue-from-locales',
        apply: 'build',
        enforce: 'pre',
        load(id: string) {
          if (/[\\/]lib[\\/]i18n[\\/]messages\.ts$/.test(id)) return 'export const EN = {};';
          return null;
        },
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // unlimitedStorage: 20,000 tracked contacts take ~7.8 MB; more, or long notes, pass the 10 MB default.
    // scripting: the background injects the coaching UI into a LinkedIn tab only when it is needed,
    // so pages that are only read carry a small content script (no extra host access: same match).
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Asked for only when the user turns on the daily reminder.
    optional_permissions: ['notifications'],
    host_permissions: ['https://www.linkedin.com/*'],
    action: { default_title: 'Connect Coach' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Connect Coach card for the box you are typing in, then move into it',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'connect-coach@connectcoach.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
