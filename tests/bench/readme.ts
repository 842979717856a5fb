/**
 * `npx tsx tests/bench/readme.ts`: writes the README's Performance table and the machine line from
 * tests/bench/results.json (the last full `npm run bench`), between the bench:start / bench:end
 * markers, so the README shows exactly the measured figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Machine } from './machine';
import { ROOT, type Row } from './util';

interface Results {
  generatedAt: string;
  machine: Machine & { loadAverageAtEnd: number };
  rows: Row[];
}

function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1000) return x.toLocaleString('en', { maximumFractionDigits: 0 });
  if (Math.abs(x) >= 10) return String(Math.round(x * 10) / 10);
  return String(Math.round(x * 1000) / 1000);
}

export function renderTable(results: Results): string {
  const m = results.machine;
  const lines = [
    `Last full run (${results.generatedAt.slice(0, 10)}): ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os};`,
    `${m.chromium}; Node ${m.node}; load average ${m.loadAverageAtStart} → ${m.loadAverageAtEnd}.`,
    '',
    '| area | measure | median | p95 | target | |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results.rows) {
    const unit = r.unit === '×' ? '×' : ` ${r.unit}`;
    const value = r.value === null ? 'could not run' : `${fmt(r.value)}${unit}`.trim();
    const verdict = r.pass === undefined || r.pass === null ? '' : r.pass ? 'met' : '**missed**';
    const name = r.name + (r.n ? ` (n=${r.n})` : '') + (r.note ? `; ${r.note}` : '');
    lines.push(
      `| ${r.area} | ${name} | ${value} | ${r.p95 === undefined ? '' : fmt(r.p95)} | ${r.target ?? ''} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(resolve(ROOT, 'tests/bench/results.json'), 'utf8')) as Results;
  const readmePath = resolve(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync(
    readmePath,
    `${readme.slice(0, a + START.length)}\n${renderTable(results)}\n${readme.slice(b)}`,
  );
  process.stdout.write('README.md: Performance table updated from tests/bench/results.json\n');
}
