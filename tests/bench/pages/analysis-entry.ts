/**
 * Bundled with esbuild (iife, global __ccAnalysis) and run in a cross-origin-isolated Chromium page,
 * where performance.now() resolves to 5 µs. Each iteration edits the last character, as a keystroke
 * would, so no call sees the same string twice.
 */
import writeGood from 'write-good';
import {
  analyzeDraft,
  countGraphemes,
  type DraftContext,
  type PreparedHistory,
  prepareHistory,
} from '../../../lib/draft/index';

// write-good's checks assign an undeclared `match` (sloppy CommonJS); bundled, they run in strict
// mode, where that throws unless the global exists. Sloppy mode would create it, so this is the same.
(globalThis as { match?: unknown }).match = null;

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';
let history: PreparedHistory | null = null;
let sink = 0;

/** prepareHistory once; returns how long it took (ms). */
export function prepare(notes: string[]): number {
  const t0 = performance.now();
  history = prepareHistory(notes);
  return performance.now() - t0;
}

/** prepareHistory again after one more note was sent (the background rewrites the list). */
export function prepareAgain(notes: string[], added: string): number {
  const t0 = performance.now();
  history = prepareHistory([added, ...notes.slice(0, -1)]);
  const ms = performance.now() - t0;
  history = prepareHistory(notes);
  return ms;
}

export function timerInfo() {
  return { crossOriginIsolated: globalThis.crossOriginIsolated === true, userAgent: navigator.userAgent };
}

export interface CaseResult {
  times: number[];
  /** Rules fired on the last iteration (engine) or suggestions (write-good): a sanity check. */
  fired: string[];
}

export function measure(
  kind: 'engine' | 'write-good',
  base: string,
  context: DraftContext,
  similarity: boolean,
  warmup: number,
  iterations: number,
): CaseResult {
  if (similarity && !history) throw new Error('prepare() first');
  const ctx: DraftContext = similarity && history ? { ...context, history } : context;
  const times: number[] = [];
  let fired: string[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const text = base.slice(0, -1) + ALPHA[i % ALPHA.length];
    const t0 = performance.now();
    if (kind === 'engine') {
      const r = analyzeDraft(text, ctx);
      const t1 = performance.now();
      sink += r.warnings.length;
      if (i >= warmup) times.push(t1 - t0);
      fired = r.warnings.map((w) => w.rule);
    } else {
      const r = writeGood(text);
      const t1 = performance.now();
      sink += r.length;
      if (i >= warmup) times.push(t1 - t0);
      fired = [`${r.length} suggestions`];
    }
  }
  return { times, fired };
}

/** A 1 MB paste: exact counts and how long they take; the reference is Intl.Segmenter over the whole text. */
export function paste(chunk: string, codeUnits: number) {
  const reps = Math.floor(codeUnits / chunk.length);
  const text = chunk.repeat(reps);
  const t0 = performance.now();
  const length = text.length;
  const t1 = performance.now();
  const graphemes = countGraphemes(text);
  const t2 = performance.now();
  let reference = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) reference++;
  const t3 = performance.now();
  const report = analyzeDraft(text, { surface: 'message' });
  const t4 = performance.now();
  sink += report.count;
  return {
    reps,
    length,
    expectedLength: reps * chunk.length,
    lengthMs: t1 - t0,
    graphemes,
    referenceGraphemes: reference,
    graphemesMs: t2 - t1,
    referenceMs: t3 - t2,
    reportCount: report.count,
    reportGraphemes: report.graphemes,
    analyzeMs: t4 - t3,
  };
}

export const keep = () => sink;
