#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, then every Vitest project (unit + component, real Chromium, real
 * Firefox) in one run. Ends with one plain line "N passed, N failed" summed over all of it; the
 * typecheck and the lint count as one check each. Exits non-zero when anything failed.
 *
 * A browser that is missing is a failure with a plain message saying how to install it, never a
 * skip; the other projects still run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function step(label, cmd, args) {
  process.stdout.write(`\n── ${label}: ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  return res.status === 0;
}

function check(label, cmd, args) {
  if (step(label, cmd, args)) passed++;
  else {
    failed++;
    process.stdout.write(`✗ ${label} failed\n`);
  }
}

check('typecheck', bin('tsc'), ['--noEmit']);
check('lint', bin('biome'), ['check', '.']);

// The Firefox build must pass addons-linter (what addons.mozilla.org runs) with 0 errors.
function firefoxLint() {
  process.stdout.write('\n── firefox lint: wxt build -b firefox && web-ext lint\n');
  const build = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) return false;
  const lint = spawnSync(bin('web-ext'), ['lint', '-s', '.output/firefox-mv3', '--output', 'json'], {
    encoding: 'utf8',
  });
  try {
    const report = JSON.parse(lint.stdout);
    for (const w of report.warnings)
      process.stdout.write(`  warning ${w.code}: ${w.file ?? ''} ${w.message}\n`);
    for (const e of report.errors) process.stdout.write(`  ERROR ${e.code}: ${e.file ?? ''} ${e.message}\n`);
    process.stdout.write(`  ${report.summary.errors} errors, ${report.summary.warnings} warnings\n`);
    return report.summary.errors === 0;
  } catch {
    process.stdout.write(`  web-ext lint gave no report: ${lint.stderr}\n`);
    return false;
  }
}
if (firefoxLint()) passed++;
else {
  failed++;
  process.stdout.write('✗ firefox lint failed\n');
}

// Each browser project needs its browser; the finders (tests/browser/chromium.ts,
// tests/firefox/firefox.ts) say how to install one that is missing.
const BROWSERS = [
  { project: 'browser', module: './tests/browser/chromium.ts', find: 'findChromium' },
  { project: 'firefox', module: './tests/firefox/firefox.ts', find: 'findFirefox' },
];
const projects = ['unit'];
for (const b of BROWSERS) {
  const probe = spawnSync(
    bin('tsx'),
    [
      '--eval',
      `import { ${b.find} } from '${b.module}'; try { ${b.find}(); } catch (e) { process.stderr.write(e.message); process.exit(3); }`,
    ],
    { encoding: 'utf8' },
  );
  if (probe.status === 0) projects.push(b.project);
  else {
    failed++;
    process.stdout.write(`\n✗ the ${b.project} tests cannot run:\n${probe.stderr.trim()}\n`);
  }
}

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const started = Date.now();
const ok = step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...projects.map((p) => `--project=${p}`),
  ...extra,
]);
const minutes = (ms) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that cannot even load (syntax error, missing Chromium) has no tests: count it as a failure.
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
  }
  if (!ok && r.numFailedTests === 0 && r.numFailedTestSuites === 0) failed++;
  // Where the time goes. Browser files run one at a time, so the Firefox part is the sum of its files.
  const firefox = (r.testResults ?? []).filter((f) => /[\\/]tests[\\/]firefox[\\/]/.test(f.name));
  const firefoxMs = firefox.reduce((sum, f) => sum + (f.endTime - f.startTime), 0);
  process.stdout.write(
    `\nTests took ${minutes(Date.now() - started)}; the Firefox files ${minutes(firefoxMs)}.\n`,
  );
} else {
  failed++;
  process.stdout.write('✗ the test runner produced no report\n');
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
