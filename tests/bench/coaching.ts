/**
 * "Does the coaching work for you?" at 20,000 contacts (issue 18): every sent note judged again by the
 * current engine and grouped by what it says (lib/insight/by-warning.ts).
 * - In a cross-origin-isolated page (pages/coaching-entry.ts, 5 µs timer), over the tracker bench's
 *   20,000 synthetic contacts (~11,400 notes): the cold pass (a fresh cache: every distinct note
 *   analysed), the warm pass (nothing changed: what the background does after a write that touches no
 *   note), one note changed, a full re-read (new objects, same notes: the text cache), and the sliced
 *   pass the background runs (a macrotask turn after every 250 analysed notes) with its longest stretch
 *   without a turn: what a message to the background can wait at worst. Peer, same page, same tracker:
 *   buildInsight, the insight view's existing figures.
 * - In the extension, after the tracker bench has seeded 20,000 contacts: the service worker is
 *   stopped (CDP ServiceWorker.stopAllWorkers) and the figures and summary keys removed, which starts
 *   a fresh worker; we time when it has written the summary (its start-up reads) and then the figures
 *   (the cold pass in the service worker), while an extension page pings the background every 25 ms
 *   (the longest round trip meanwhile is what a LinkedIn tab's message could wait).
 */
import type { TrackedContact } from '../../lib/tracker/schema';
import { addContacts, type BenchSession, isolatedPage } from './browser';
import { CONTACTS, syntheticContacts } from './synthetic';
import { type BenchOptions, median, msRow, type Row, round, sleep, slicedRow, times } from './util';

type Api = typeof import('./pages/coaching-entry');
type W = { __ccCoaching: Api };

/** A turn after this many analysed notes (the background's default). */
const SLICE = 250;

async function inPage(s: BenchSession, opts: BenchOptions, contacts: TrackedContact[], now: Date) {
  const page = await isolatedPage(s, 'coaching', '__ccCoaching');
  await addContacts(page, '__ccCoaching', contacts, now);
  const few = opts.quick ? 1 : 5;
  const many = opts.quick ? 5 : 30;
  const colds = await times(few, () => page.evaluate(() => (window as unknown as W).__ccCoaching.cold()));
  const warm = await times(many, () => page.evaluate(() => (window as unknown as W).__ccCoaching.warm()));
  const changes = await times(many, (i) =>
    page.evaluate((k) => (window as unknown as W).__ccCoaching.oneChanged(k * 613), i),
  );
  const changed = changes.map((r) => r.ms);
  const changedAnalysed = Math.max(0, ...changes.map((r) => r.analysed));
  const rereads = await times(few, () => page.evaluate(() => (window as unknown as W).__ccCoaching.reread()));
  const slices = await times(opts.quick ? 1 : 3, () =>
    page.evaluate((n) => (window as unknown as W).__ccCoaching.sliced(n), SLICE),
  );
  const controls: number[][] = [];
  for (const x of slices)
    controls.push(
      await page.evaluate(
        ([n, b]) => (window as unknown as W).__ccCoaching.control(n as number, b as number),
        [x.stretches.length, 8] as const,
      ),
    );
  const peers = await times(few, () => page.evaluate(() => (window as unknown as W).__ccCoaching.peer()));
  const engine = await page.evaluate(() => (window as unknown as W).__ccCoaching.engineOnly());
  const keyChars = await page.evaluate(() => (window as unknown as W).__ccCoaching.keyChars());
  const info = await page.evaluate(() => (window as unknown as W).__ccCoaching.info());
  await page.close();
  return { colds, warm, changed, changedAnalysed, rereads, slices, controls, peers, engine, keyChars, info };
}

/**
 * The extension's own background at 20,000 contacts: its service worker stopped (CDP), the figures and
 * summary keys removed (which wakes it: a fresh worker, an empty verdict cache), then timed from the
 * removal to each key written again, while the page pings the background every 25 ms.
 */
async function inExtension(s: BenchSession, sends: number) {
  const page = await s.openExtensionPage('sidepanel.html');
  // The figures the tracker bench's seed produced (a cold pass already ran then): wait for them.
  const found = () =>
    page.evaluate(async () => {
      const f = (await chrome.storage.local.get('warningFigures')).warningFigures as
        | { sends?: number }
        | undefined;
      return f?.sends ?? null;
    });
  const start = Date.now();
  while ((await found()) !== sends && Date.now() - start < 120_000) await sleep(500);
  const before = await found();
  if (before !== sends) {
    await page.close();
    return { ready: false as const, found: before };
  }
  const cdp = await s.cdp(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await sleep(1000);
  const r = await page.evaluate(async () => {
    const t = performance.now();
    await (chrome.storage.local as unknown as { remove(k: string[]): Promise<void> }).remove([
      'warningFigures',
      'trackerSummary',
    ]);
    let summaryAt: number | null = null;
    let figuresAt: number | null = null;
    const pings: [at: number, ms: number][] = [];
    while (figuresAt === null && performance.now() - t < 120_000) {
      const p0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'get-focus-report' });
      pings.push([p0 - t, performance.now() - p0]);
      const got = await chrome.storage.local.get(['warningFigures', 'trackerSummary']);
      if (summaryAt === null && got.trackerSummary !== undefined) summaryAt = performance.now() - t;
      if (got.warningFigures !== undefined) figuresAt = performance.now() - t;
      await new Promise((res) => setTimeout(res, 25));
    }
    return { summaryAt, figuresAt, pings };
  });
  await page.close();
  return { ready: true as const, ...r };
}

export async function benchCoaching(pageSession: BenchSession, seeded: BenchSession, opts: BenchOptions) {
  const now = new Date();
  const contacts = syntheticContacts(CONTACTS, now);
  const sends = contacts.filter((c) => c.request).length;
  const p = await inPage(pageSession, opts, contacts, now);
  const ext = await inExtension(seeded, sends).catch((err: Error) => ({
    ready: false as const,
    found: null,
    error: err.message.split('\n')[0],
  }));

  const cold = p.colds.map((c) => c.ms);
  const analysed = p.colds[0]?.analysed ?? 0;
  const rows: Row[] = [
    msRow('coaching', `cold: ${CONTACTS.toLocaleString('en')} contacts judged, fresh cache`, cold, {
      p95: false,
      note: `${analysed.toLocaleString('en')} distinct notes analysed, ${p.colds[0]?.sends.toLocaleString('en')} sends in ${p.colds[0]?.groups} groups; the engine alone on them: ${round(p.engine.ms, 0)} ms (${round((p.engine.ms / Math.max(1, p.engine.notes)) * 1000, 1)} µs a note)`,
    }),
    slicedRow('coaching', p.slices, p.controls, `a turn every ${SLICE} analysed notes or 8 ms`),
    msRow('coaching', 'warm: nothing changed', p.warm, { digits: 2 }),
    msRow('coaching', 'one note changed', p.changed, {
      digits: 2,
      note: `${p.changedAnalysed} note analysed per pass`,
    }),
    msRow(
      'coaching',
      'full re-read: new objects, same notes',
      p.rereads.map((r) => r.ms),
      {
        p95: false,
        note: `${p.rereads[0]?.analysed ?? 0} notes analysed again (text cache); the cache keys hold ~${round(p.keyChars / 1e6, 1)} M characters`,
      },
    ),
    msRow('coaching', "peer: buildInsight over the same tracker (the insight view's figures)", p.peers, {
      p95: false,
      note: `warm pass ÷ peer: ${round(median(p.warm) / median(p.peers), 2)}×; cold pass ÷ peer: ${round(median(cold) / median(p.peers), 1)}×`,
    }),
  ];
  if (ext.ready) {
    // Pings sent before the summary was written wait for the worker's start-up reads (not ours);
    // those sent after it, for the figures pass.
    const summaryAt = ext.summaryAt ?? 0;
    const during = ext.pings.filter(([at]) => at >= summaryAt).map(([, ms]) => ms);
    const startup = ext.pings.filter(([at]) => at < summaryAt).map(([, ms]) => ms);
    rows.push({
      area: 'coaching',
      name: 'service worker restarted with 20,000 contacts: figures key written',
      value: ext.figuresAt === null ? null : round(ext.figuresAt, 0),
      unit: 'ms',
      n: 1,
      note: `from its restart; the summary key (after the start-up reads) at ${ext.summaryAt === null ? '–' : round(ext.summaryAt, 0)} ms; pings every 25 ms during the figures pass: median ${round(median(during), 1)} ms, longest ${round(Math.max(...during), 1)} ms (n=${during.length}); before it, during the start-up reads: longest ${round(Math.max(0, ...startup), 1)} ms (n=${startup.length})`,
    });
  } else
    rows.push({
      area: 'coaching',
      name: 'service worker restarted with 20,000 contacts: figures key written',
      value: null,
      unit: '',
      note: `not measured: the seeded tracker's figures did not appear (${'error' in ext ? ext.error : `found ${ext.found}`})`,
    });
  return { rows, detail: { ...p, extension: ext } };
}
