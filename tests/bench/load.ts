/**
 * Content-script cost at page load, on the heavy-feed fixture without running any mutations (a feed
 * page: no compose box, so this is what every LinkedIn page pays). Two measurements, in separate
 * page loads so tracing overhead does not leak into the second:
 *
 * 1. Evaluation: a CDP trace (categories devtools.timeline + v8) of a fresh page load; the
 *    `EvaluateScript` event whose url is our content-scripts/linkedin.js is the content script's
 *    parse + compile + top-level run on the main thread (`v8.compile` and `v8.run` split it). It does not
 *    include what `main()` does after its first await (reading settings, the first scan).
 * 2. Total main-thread script time added by the extension during load: CDP `Performance.getMetrics`
 *    ScriptDuration 1.5 s after navigation (content script at document_idle, its async start-up and
 *    first scan done), with the extension (www.linkedin.com) minus without it (the same page served at
 *    fixtures.invalid, where the content script does not run), medians of alternating loads. The
 *    isolated world shares the page's main thread, so its time is in the page's ScriptDuration.
 *    (ScriptDuration does not count compilation; V8CompileDuration is reported separately.)
 */
import type { BenchSession } from './browser';
import { metrics } from './browser';
import { atMost, type BenchOptions, median, p95, type Row, round, sleep } from './util';

const SETTLE_MS = 1500;

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

export async function benchLoad(s: BenchSession, opts: BenchOptions) {
  const n = opts.quick ? 2 : 10;
  const evaluate: number[] = [];
  const compile: number[] = [];
  const run: number[] = [];
  for (let i = 0; i < n; i++) {
    const page = await s.context.newPage();
    const cdp = await s.cdp(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
      transferMode: 'ReportEvents',
    });
    await s.open('heavy-feed', { page });
    await sleep(SETTLE_MS);
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    const ours = (e: TraceEvent) =>
      (e.args?.data?.url ?? e.args?.fileName ?? '').endsWith('/content-scripts/linkedin.js');
    const dur = (name: string) =>
      events.filter((e) => e.name === name && ours(e)).reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
    evaluate.push(dur('EvaluateScript'));
    compile.push(dur('v8.compile'));
    run.push(dur('v8.run'));
    await page.close();
  }

  const withExt: { script: number; compile: number; task: number }[] = [];
  const without: { script: number; compile: number; task: number }[] = [];
  for (let i = 0; i < n; i++) {
    // Alternate which goes first, so a slow moment on the machine hits both sides alike.
    const order = i % 2 ? [true, false] : [false, true];
    for (const plain of order) {
      const page = await s.context.newPage();
      const cdp = await s.cdp(page);
      await cdp.send('Performance.enable');
      await s.open('heavy-feed', { page, plain });
      await sleep(SETTLE_MS);
      const m = await metrics(cdp);
      const sample = {
        script: (m.ScriptDuration ?? 0) * 1000,
        compile: (m.V8CompileDuration ?? 0) * 1000,
        task: (m.TaskDuration ?? 0) * 1000,
      };
      (plain ? without : withExt).push(sample);
      await page.close();
    }
  }
  const med = (xs: { script: number; compile: number; task: number }[], k: 'script' | 'compile' | 'task') =>
    median(xs.map((x) => x[k]));
  const addedScript = med(withExt, 'script') - med(without, 'script');
  const addedCompile = med(withExt, 'compile') - med(without, 'compile');

  const rows: Row[] = [
    {
      area: 'load',
      name: 'content script evaluation (trace EvaluateScript: compile + top-level run)',
      value: round(median(evaluate), 1),
      p95: round(p95(evaluate), 1),
      unit: 'ms',
      n,
      note: `compile ${round(median(compile), 1)} ms + run ${round(median(run), 1)} ms (medians)`,
    },
    atMost(
      {
        area: 'load',
        name: 'main-thread script time added during load (ScriptDuration with − without)',
        value: round(addedScript, 1),
        unit: 'ms',
        n,
        note: `with ${round(med(withExt, 'script'), 1)} ms, without ${round(med(without, 'script'), 1)} ms; V8 compile added ${round(addedCompile, 1)} ms`,
      },
      50,
    ),
  ];
  // The 50 ms line is the research note's "eval over 50 ms hits every LinkedIn page load" (§4), not an issue target.
  (rows[1] as Row).target = '≤ 50 (research §4 guide)';
  return {
    rows,
    detail: {
      evaluateMs: evaluate.map((x) => round(x, 2)),
      compileMs: compile.map((x) => round(x, 2)),
      runMs: run.map((x) => round(x, 2)),
      loadWithExtension: withExt,
      loadWithoutExtension: without,
    },
  };
}
