/**
 * `npm run bench` (add `-- --quick` for CI): builds the extension, measures it in Chromium and prints
 * one table of figures against the targets of issues 3, 5 and 7. Benchmarks report; they never fail on
 * a missed target. The exit code is non-zero only when a benchmark could not run at all.
 * Everything is also written to tests/bench/results.json (quick runs: .cache/bench-quick.json).
 *
 * Areas, one file each: size.ts (bundle sizes), load.ts (content-script evaluation at page load),
 * panel.ts (compose box → panel), overhead.ts (heavy feed with vs without the extension),
 * analysis.ts (draft engine vs write-good in the page), tracker.ts (20,000 contacts), coaching.ts
 * (every sent note judged again and grouped by its warnings, at 20,000 contacts), corpus.ts (the
 * engine's recall and precision on the held-out half of the real-outreach corpus), scaling.ts (how
 * the due list and the note engine grow with size, in Node), table.ts (the dashboard table's filter at
 * 20,000 rows, in Node).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { benchAnalysis } from './analysis';
import { type BenchSession, copyBuild, launchBench, withPermissions } from './browser';
import { benchCoaching } from './coaching';
import { benchCorpus } from './corpus';
import { benchLoad } from './load';
import { machine } from './machine';
import { benchOverhead } from './overhead';
import { benchPanel } from './panel';
import { benchScaling } from './scaling';
import { benchSize, buildExtension } from './size';
import { benchTable } from './table';
import { benchTemplates } from './templates';
import { benchTracker } from './tracker';
import { type BenchOptions, ROOT, type Row, sleep } from './util';

const quick = process.argv.includes('--quick');
// `--only=tracker,overhead`: measure some areas while working on them (written to .cache, not results.json).
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wanted = (name: string) => !only || only.has(name);
const started = Date.now();
const log = (msg: string) => process.stdout.write(`${msg}\n`);
const opts: BenchOptions = { quick, log };
const env = machine();
const rows: Row[] = [];
const details: Record<string, unknown> = {};
const failures: string[] = [];

async function area(
  name: string,
  fn: () => Promise<{ rows: Row[]; detail: unknown }> | { rows: Row[]; detail: unknown },
) {
  if (name !== 'size' && !wanted(name)) return;
  const t0 = Date.now();
  log(`▸ ${name}…`);
  try {
    const r = await fn();
    rows.push(...r.rows);
    details[name] = r.detail;
    log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (err) {
    const message = (err as Error).stack ?? String(err);
    failures.push(`${name}: ${message}`);
    rows.push({
      area: name,
      name: 'could not run',
      value: null,
      unit: '',
      note: String((err as Error).message).split('\n')[0],
    });
    log(`  FAILED: ${message}`);
  }
}

/** Builds, then copies the build away from .output (other runs may rebuild it while we measure). */
async function buildAndCopy(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    buildExtension(log);
    try {
      return copyBuild();
    } catch (err) {
      if (attempt >= 3) throw err;
      log(`  ${(err as Error).message}; building again`);
      await sleep(5000);
    }
  }
}

function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1000) return x.toLocaleString('en', { maximumFractionDigits: 0 });
  if (Math.abs(x) >= 10) return x.toFixed(1);
  if (Math.abs(x) >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

function table(list: Row[]): string {
  const head = ['area', 'measure', 'median / value', 'p95', 'target', 'result'];
  const body = list.map((r) => [
    r.area,
    r.name + (r.n ? ` (n=${r.n})` : ''),
    `${fmt(r.value)} ${r.unit}`.trim(),
    r.p95 === undefined ? '' : fmt(r.p95),
    r.target ?? '',
    r.pass === undefined || r.pass === null ? '' : r.pass ? 'pass' : 'MISS',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' │ ');
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  list.forEach((r, i) => {
    out.push(line(body[i] as string[]));
    if (r.note) out.push(`${' '.repeat((widths[0] as number) + 3)}  ↳ ${r.note}`);
  });
  return out.join('\n');
}

log(`Connect Coach benchmarks${quick ? ' (quick)' : ''}`);
log(
  `machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB; ${env.os}; ${env.chromium}; Node ${env.node}; load average ${env.loadAverageAtStart}`,
);

let buildDir: string | null = null;
await area('size', async () => {
  buildDir = await buildAndCopy();
  return benchSize(opts);
});

// The request table's filter at 20,000 rows: Node only.
await area('table', () => benchTable(opts));

// Quality on real texts: Node only, before the browser areas.
await area('corpus', () => benchCorpus(opts));
await area('scaling', () => benchScaling(opts));

let main: BenchSession | null = null;
let unlimited: BenchSession | null = null;
if (buildDir) {
  const dir: string = buildDir;
  try {
    main = await launchBench(dir);
    const s = main;
    await area('load', () => benchLoad(s, opts));
    await area('panel', () => benchPanel(s, opts));
    await area('overhead', () => benchOverhead(s, opts));
    await area('analysis', () => benchAnalysis(s, opts));
    await area('tracker', () =>
      benchTracker(
        s,
        async () => {
          unlimited = await launchBench(withPermissions(dir, ['unlimitedStorage']));
          return unlimited;
        },
        opts,
      ),
    );
    // After the tracker bench: its seeded 20,000 contacts are judged by the extension's background.
    await area('coaching', () => benchCoaching(s, (unlimited as BenchSession | null) ?? s, opts));
    await area('templates', () => benchTemplates(s, opts));
  } catch (err) {
    failures.push(`browser: ${(err as Error).stack}`);
  } finally {
    await main?.close();
    await (unlimited as BenchSession | null)?.close();
  }
}

env.loadAverageAtEnd = Number((os.loadavg()[0] ?? 0).toFixed(2));
const durationMs = Date.now() - started;
// A full run writes the committed figures; a quick run (CI) writes beside the build, not over them.
const file = resolve(
  ROOT,
  only ? '.cache/bench-only.json' : quick ? '.cache/bench-quick.json' : 'tests/bench/results.json',
);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify({ generatedAt: new Date().toISOString(), quick, durationMs, machine: env, rows, details, failures }, null, 2)}\n`,
);

// Formatted the way biome wants it, so a committed results.json keeps `biome check` clean.
try {
  execFileSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
} catch {
  // Unformatted JSON is still valid JSON.
}

log('');
log(table(rows));
log('');
log(`machine: ${env.cpu} (${env.cores} cores, ${env.memoryGb} GB), ${env.os}`);
log(
  `         ${env.chromium}, Node ${env.node}; load average ${env.loadAverageAtStart} → ${env.loadAverageAtEnd}`,
);
const missed = rows.filter((r) => r.pass === false).length;
log(`${rows.filter((r) => r.pass === true).length} targets met, ${missed} missed (reported, not asserted).`);
log(`run time ${(durationMs / 1000).toFixed(1)} s; results in ${file}`);
if (failures.length) {
  log(`\n${failures.length} benchmark(s) could not run:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
