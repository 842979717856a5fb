/** Shared helpers for the benchmarks: statistics, esbuild bundles for in-page timing, result rows. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export { pick, rng } from '../random';

export const ROOT = resolve(import.meta.dirname, '../..');

/** One reported figure. `target` is what the issue asks for; `pass` is null when there is no target. */
export interface Row {
  area: string;
  name: string;
  /** The headline figure (a median unless `unit` says otherwise). */
  value: number | null;
  unit: string;
  p95?: number | null;
  /** e.g. "≤ 50" (same unit as value). */
  target?: string;
  pass?: boolean | null;
  /** How many samples the figure is from. */
  n?: number;
  note?: string;
}

export interface BenchOptions {
  quick: boolean;
  log: (msg: string) => void;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least q of the samples at or below it.
  const rank = Math.max(1, Math.ceil(q * s.length));
  return s[rank - 1] as number;
}

export const median = (values: readonly number[]) => {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

export const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** A row with a "≤ target" check (lower is better). */
export function atMost(row: Omit<Row, 'target' | 'pass'>, limit: number, on: 'value' | 'p95' = 'value'): Row {
  const measured = on === 'p95' ? row.p95 : row.value;
  return {
    ...row,
    target: `${on === 'p95' ? 'p95 ' : ''}≤ ${limit}`,
    pass:
      measured === null || measured === undefined || !Number.isFinite(measured) ? null : measured <= limit,
  };
}

/** A row with a "≥ target" check (higher is better). */
export function atLeast(row: Omit<Row, 'target' | 'pass'>, limit: number): Row {
  const measured = row.value;
  return {
    ...row,
    target: `≥ ${limit}`,
    pass: measured === null || !Number.isFinite(measured) ? null : measured >= limit,
  };
}

export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/**
 * Bundles a TypeScript entry with esbuild for the browser. `format: 'iife'` with `globalName` gives
 * `var <globalName> = (() => {...})();`, which page.evaluate / an inline <script> can load.
 */
export function bundle(
  entry: string,
  opts: { format?: 'iife' | 'esm'; globalName?: string; minify?: boolean } = {},
): string {
  const args = [
    resolve(ROOT, entry),
    '--bundle',
    `--format=${opts.format ?? 'iife'}`,
    '--platform=browser',
    '--target=chrome120',
    '--log-level=error',
    '--define:process.env.NODE_ENV="production"',
  ];
  if (opts.globalName) args.push(`--global-name=${opts.globalName}`);
  if (opts.minify ?? true) args.push('--minify');
  return execFileSync(resolve(ROOT, 'node_modules/.bin/esbuild'), args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` `n` times, one after another: its results in order. */
export async function times<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

/** A row of timings (ms): their median, and their p95 unless `p95: false`. */
export function msRow(
  area: string,
  name: string,
  samples: readonly number[],
  o: { digits?: number; p95?: boolean; note?: string } = {},
): Omit<Row, 'target' | 'pass'> {
  const digits = o.digits ?? 1;
  return {
    area,
    name,
    value: round(median(samples), digits),
    ...(o.p95 === false ? {} : { p95: round(p95(samples), digits) }),
    unit: 'ms',
    n: samples.length,
    ...(o.note === undefined ? {} : { note: o.note }),
  };
}

/**
 * A pass sliced as the background runs it: its longest stretch without a turn (≤ 50 ms), beside the
 * control's (8 ms of busy work, the same turns, the same page). `turns` says when a turn comes.
 */
export function slicedRow(
  area: string,
  slices: readonly { totalMs: number; stretches: number[] }[],
  controls: readonly number[][],
  turns: string,
): Row {
  const longest = slices.map((x) => Math.max(...x.stretches));
  const stretches = slices.flatMap((x) => x.stretches);
  const control = controls.flat();
  return atMost(
    {
      area,
      name: 'sliced as the background runs it: longest stretch without a turn',
      value: round(Math.max(...longest), 1),
      unit: 'ms',
      n: longest.length,
      note: `${turns}; ${slices[0]?.stretches.length} stretches a pass, median ${round(median(stretches), 1)} ms, p95 ${round(p95(stretches), 1)} ms; total ${round(median(slices.map((x) => x.totalMs)), 0)} ms. Control (8 ms of busy work, same turns, same page): longest ${round(Math.max(...control), 1)} ms, p95 ${round(p95(control), 1)} ms`,
    },
    50,
  );
}
