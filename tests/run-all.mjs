#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, then every Vitest project (unit + component + real-Chromium browser
 * tests) in one run. Ends with one plain line "N passed, N failed" summed over all of it; the
 * typecheck and the lint count as one check each. Exits non-zero when anything failed.
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

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const ok = step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...extra,
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that cannot even load (syntax error, missing Chromium) has no tests: count it as a failure.
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
  }
  if (!ok && r.numFailedTests === 0 && r.numFailedTestSuites === 0) failed++;
} else {
  failed++;
  process.stdout.write('✗ the test runner produced no report\n');
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
