/**
 * `node tests/bench/bundle-shipped.mjs ENTRY FORMAT`: prints ENTRY bundled and minified the way the
 * extension ships it: lib/i18n/messages.ts replaced by an empty catalogue (the browser reads every
 * string from _locales/…/messages.json; see wxt.config.ts). Used by size.ts for the engine's size.
 */
import { build } from 'esbuild';

const [entry, format = 'esm'] = process.argv.slice(2);
const emptyCatalogue = {
  name: 'empty-catalogue',
  setup(b) {
    b.onLoad({ filter: /[\\/]lib[\\/]i18n[\\/]messages\.ts$/ }, () => ({
      contents: 'export const EN = {};',
      loader: 'ts',
    }));
  },
};
const out = await build({
  entryPoints: [entry],
  bundle: true,
  format,
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  write: false,
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [emptyCatalogue],
});
process.stdout.write(out.outputFiles[0].text);
