/**
 * "Your templates" at 20,000 contacts (issue 19): every sent note turned into slot words and clustered
 * (lib/insight/templates.ts), in a cross-origin-isolated page (pages/templates-entry.ts, 5 µs timer),
 * over the tracker bench's 20,000 synthetic contacts (~12,000 notes, built from five template
 * sentences each with their blanks filled: a hard case, every note is somebody's template). Measured:
 * the cold pass (a fresh cache: what a fresh service worker, or "Name as a version" in the dashboard,
 * does), the pass sliced as the background runs it (a turn whenever 8 ms passed) with its longest
 * stretch (beside a control: the same turns around 8 ms of plain busy work), the warm pass (nothing changed), one request sent (the clustering is extended), one
 * acceptance, a full re-read (new objects, same notes). Peer, same page, same tracker: buildInsight,
 * the insight view's existing figures.
 */
import type { TrackedContact } from '../../lib/tracker/schema';
import type { BenchSession } from './browser';
import { CONTACTS, syntheticContacts } from './tracker';
import { atMost, type BenchOptions, bundle, median, p95, type Row, round } from './util';

const URL = 'https://bench.invalid/templates';
type Api = typeof import('./pages/templates-entry');
type W = { __ccTemplates: Api };

export async function benchTemplates(s: BenchSession, opts: BenchOptions) {
  const now = new Date();
  const contacts: TrackedContact[] = syntheticContacts(CONTACTS, now);
  const code = bundle('tests/bench/pages/templates-entry.ts', { globalName: '__ccTemplates' });
  const html = `<!doctype html><meta charset="utf-8"><title>templates bench</title><script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  await s.serve(URL, html, {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  const page = await s.context.newPage();
  await page.goto(URL);
  for (let i = 0; i < contacts.length; i += 5000)
    await page.evaluate(
      ([batch, at]) => (window as unknown as W).__ccTemplates.add(batch as TrackedContact[], at as string),
      [contacts.slice(i, i + 5000), now.toISOString()] as const,
    );
  const colds: Awaited<ReturnType<Api['cold']>>[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 5); i++)
    colds.push(await page.evaluate(() => (window as unknown as W).__ccTemplates.cold()));
  const slices: Awaited<ReturnType<Api['sliced']>>[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 3); i++)
    slices.push(await page.evaluate(() => (window as unknown as W).__ccTemplates.sliced()));
  const controls: number[][] = [];
  for (const x of slices)
    controls.push(
      await page.evaluate((n) => (window as unknown as W).__ccTemplates.control(n), x.stretches.length),
    );
  const warm: number[] = [];
  for (let i = 0; i < (opts.quick ? 5 : 30); i++)
    warm.push(await page.evaluate(() => (window as unknown as W).__ccTemplates.warm()));
  const accepted: number[] = [];
  for (let i = 0; i < (opts.quick ? 5 : 30); i++)
    accepted.push(await page.evaluate((k) => (window as unknown as W).__ccTemplates.oneAccepted(k * 613), i));
  const sent: { ms: number; rebuilt: boolean }[] = [];
  for (let i = 0; i < (opts.quick ? 5 : 30); i++)
    sent.push(await page.evaluate((k) => (window as unknown as W).__ccTemplates.oneSent(k * 389), i));
  const rereads: Awaited<ReturnType<Api['reread']>>[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 5); i++)
    rereads.push(await page.evaluate(() => (window as unknown as W).__ccTemplates.reread()));
  const peers: number[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 5); i++)
    peers.push(await page.evaluate(() => (window as unknown as W).__ccTemplates.peer()));
  const info = await page.evaluate(() => (window as unknown as W).__ccTemplates.info());
  await page.close();

  const cold = colds.map((c) => c.ms);
  const longest = slices.map((x) => Math.max(...x.stretches));
  const stretches = slices.flatMap((x) => x.stretches);
  const controlStretches = controls.flat();
  const first = colds[0];
  const rows: Row[] = [
    {
      area: 'templates',
      name: `cold: ${CONTACTS.toLocaleString('en')} contacts, every note read and clustered (fresh cache)`,
      value: round(median(cold), 1),
      unit: 'ms',
      n: cold.length,
      note: `${first?.notes.toLocaleString('en')} notes: ${first?.templates} templates (largest ${first?.largest} sends), ${first?.oneOffs} written once; also what "Name as a version" costs in the dashboard`,
    },
    atMost(
      {
        area: 'templates',
        name: 'sliced as the background runs it: longest stretch without a turn',
        value: round(Math.max(...longest), 1),
        unit: 'ms',
        n: longest.length,
        note: `a turn whenever 8 ms passed; ${slices[0]?.stretches.length} stretches a pass, median ${round(median(stretches), 1)} ms, p95 ${round(p95(stretches), 1)} ms; total ${round(median(slices.map((x) => x.totalMs)), 0)} ms. Control (8 ms of busy work, same turns, same page): longest ${round(Math.max(...controlStretches), 1)} ms, p95 ${round(p95(controlStretches), 1)} ms`,
      },
      50,
    ),
    {
      area: 'templates',
      name: 'warm: nothing changed',
      value: round(median(warm), 1),
      p95: round(p95(warm), 1),
      unit: 'ms',
      n: warm.length,
    },
    {
      area: 'templates',
      name: 'one request accepted',
      value: round(median(accepted), 1),
      p95: round(p95(accepted), 1),
      unit: 'ms',
      n: accepted.length,
    },
    {
      area: 'templates',
      name: 'one request sent with a note (the clustering extended)',
      value: round(median(sent.map((x) => x.ms)), 1),
      p95: round(p95(sent.map((x) => x.ms)), 1),
      unit: 'ms',
      n: sent.length,
      note: `${sent.filter((x) => x.rebuilt).length} of ${sent.length} passes clustered everything again`,
    },
    {
      area: 'templates',
      name: 'full re-read: new objects, same notes',
      value: round(median(rereads.map((r) => r.ms)), 1),
      unit: 'ms',
      n: rereads.length,
      note: `${rereads[0]?.made ?? 0} notes read again (text cache)`,
    },
    {
      area: 'templates',
      name: "peer: buildInsight over the same tracker (the insight view's figures)",
      value: round(median(peers), 1),
      unit: 'ms',
      n: peers.length,
      note: `warm ÷ peer: ${round(median(warm) / median(peers), 2)}×; cold ÷ peer: ${round(median(cold) / median(peers), 1)}×`,
    },
  ];
  return {
    rows,
    detail: {
      colds,
      slices: slices.map((x) => ({
        totalMs: x.totalMs,
        longest: Math.max(...x.stretches),
        count: x.stretches.length,
      })),
      warm,
      accepted,
      sent,
      rereads,
      peers,
      info,
    },
  };
}
