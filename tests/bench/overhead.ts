/**
 * Page overhead on a busy feed (issue 7): heavy-feed's window.__ccHeavy(2000) runs 2,000 mutation
 * batches, one per task, so the content script's MutationObserver sees 2,000 deliveries. We take CDP
 * `Performance.getMetrics` ScriptDuration and TaskDuration (main thread, seconds) just before and just
 * after the batches and keep the difference. The same page is measured WITH the extension
 * (www.linkedin.com) and WITHOUT it (fixtures.invalid, which the content script does not match), in
 * the same browser, alternating which goes first each round. Content scripts run in an isolated world
 * on the page's main thread, so their work is inside the page's ScriptDuration. Ratio = the median
 * over rounds of with ÷ without from the same round (target ≤ 1.03).
 *
 * A page that is only read never loads the coaching UI. Two more variants click the feed first and
 * rest 5 s: with the extension (the UI is injected, its watcher armed, then back at rest: a tab the
 * user has interacted with, React and the engine in memory) and without it. They are compared with
 * each other: a click alone makes Chromium run the same page script markedly slower (user
 * activation), so it must be on both sides.
 *
 * The peer, measured in the same run: a control extension whose content script is empty, on the same
 * page at another origin. Its ratio is the floor any extension with a content script pays here.
 */
import type { BenchSession } from './browser';
import { metrics } from './browser';
import { atMost, type BenchOptions, median, type Row, round, sleep } from './util';

const BATCHES = 2000;

interface Sample {
  script: number;
  task: number;
  layout: number;
  style: number;
  wall: number;
}

export async function benchOverhead(s: BenchSession, opts: BenchOptions) {
  const rounds = opts.quick ? 1 : 9;
  const withExt: Sample[] = [];
  const without: Sample[] = [];
  const withUi: Sample[] = [];
  const clickedWithout: Sample[] = [];
  const control: Sample[] = [];
  type Variant = 'plain' | 'ext' | 'ui' | 'plain-clicked' | 'control';
  for (let i = 0; i < rounds; i++) {
    const order: Variant[] =
      i % 2
        ? ['plain', 'ext', 'control', 'ui', 'plain-clicked']
        : ['plain-clicked', 'ui', 'control', 'ext', 'plain'];
    for (const variant of order) {
      const plain = variant.startsWith('plain');
      const page = await s.open('heavy-feed', { plain, control: variant === 'control' });
      const cdp = await s.cdp(page);
      await cdp.send('Performance.enable');
      // Let the content script finish its start-up (settings read, first scan) before measuring.
      await sleep(1000);
      if (variant === 'ui' || variant === 'plain-clicked') {
        await page
          .locator('[role="article"]')
          .first()
          .click({ position: { x: 5, y: 5 } });
        await sleep(5000);
      }
      const before = await metrics(cdp);
      const wall = await page.evaluate(async (n) => {
        const t0 = performance.now();
        await (window as unknown as { __ccHeavy(n: number): Promise<number> }).__ccHeavy(n);
        return performance.now() - t0;
      }, BATCHES);
      const after = await metrics(cdp);
      const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
      ({ plain: without, ext: withExt, ui: withUi, 'plain-clicked': clickedWithout, control })[variant].push({
        script: d('ScriptDuration'),
        task: d('TaskDuration'),
        layout: d('LayoutDuration'),
        style: d('RecalcStyleDuration'),
        wall,
      });
      await page.close();
    }
  }
  const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
  // Each round opens every variant back to back: the median of per-round ratios cancels the slow
  // drifts in machine load that dominate single figures on a shared 2-core machine.
  const paired = (a: Sample[], b: Sample[]) => median(a.map((x, i) => x.script / (b[i] as Sample).script));
  const scriptRatio = paired(withExt, without);
  const taskRatio = med(withExt, 'task') / med(without, 'task');
  const rows: Row[] = [
    {
      area: 'overhead',
      name: `heavy-feed ${BATCHES} batches: ScriptDuration with / without`,
      value: round(med(withExt, 'script'), 1),
      unit: 'ms',
      n: rounds,
      note: `without: ${round(med(without, 'script'), 1)} ms`,
    },
    atMost(
      {
        area: 'overhead',
        name: 'ScriptDuration ratio (with ÷ without)',
        value: round(scriptRatio, 3),
        unit: '×',
      },
      1.03,
    ),
    {
      area: 'overhead',
      name: 'peer: an empty content script (control extension), ScriptDuration ratio',
      value: round(paired(control, without), 3),
      unit: '×',
      note: `${round(med(control, 'script'), 1)} ms; ours ÷ this peer: ${round(paired(withExt, control), 3)}×`,
    },
    {
      area: 'overhead',
      name: 'ScriptDuration ratio after a click (coaching UI loaded, watcher at rest again ÷ clicked page without)',
      value: round(paired(withUi, clickedWithout), 3),
      unit: '×',
      note: `${round(med(withUi, 'script'), 1)} ms vs ${round(med(clickedWithout, 'script'), 1)} ms`,
    },
    {
      area: 'overhead',
      name: `heavy-feed ${BATCHES} batches: TaskDuration with / without`,
      value: round(med(withExt, 'task'), 1),
      unit: 'ms',
      n: rounds,
      note: `without: ${round(med(without, 'task'), 1)} ms; ratio ${round(taskRatio, 3)}; layout ${round(med(withExt, 'layout'), 0)} vs ${round(med(without, 'layout'), 0)} ms, style recalc ${round(med(withExt, 'style'), 0)} vs ${round(med(without, 'style'), 0)} ms; wall ${round(med(withExt, 'wall'), 0)} vs ${round(med(without, 'wall'), 0)} ms`,
    },
  ];
  return {
    rows,
    detail: {
      batches: BATCHES,
      withExtension: withExt,
      withoutExtension: without,
      withUiLoaded: withUi,
      clickedWithoutExtension: clickedWithout,
      emptyContentScript: control,
      scriptRatio,
      taskRatio,
    },
  };
}
