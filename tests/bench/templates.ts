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
import { addContacts, type BenchSession, isolatedPage } from './browser';
import { CONTACTS, syntheticContacts } from './synthetic';
import { type BenchOptions, median, msRow, type Row, round, slicedRow, times } from './util';

type Api = typeof import('./pages/templates-entry');
type W = { __ccTemplates: Api };

export async function benchTemplates(s: BenchSession, opts: BenchOptions) {
  const now = new Date();
  const contacts: TrackedContact[] = syntheticContacts(CONTACTS, now);
  const page = await isolatedPage(s, 'templates', '__ccTemplates');
  await addContacts(page, '__ccTemplates', contacts, now);
  const few = opts.quick ? 1 : 5;
  const many = opts.quick ? 5 : 30;
  const colds = await times(few, () => page.evaluate(() => (window as unknown as W).__ccTemplates.cold()));
  const slices = await times(opts.quick ? 1 : 3, () =>
    page.evaluate(() => (window as unknown as W).__ccTemplates.sliced()),
  );
  const controls: number[][] = [];
  for (const x of slices)
    controls.push(
      await page.evaluate((n) => (window as unknown as W).__ccTemplates.control(n), x.stretches.length),
    );
  const warm = await times(many, () => page.evaluate(() => (window as unknown as W).__ccTemplates.warm()));
  const accepted = await times(many, (i) =>
    page.evaluate((k) => (window as unknown as W).__ccTemplates.oneAccepted(k * 613), i),
  );
  const sent = await times(many, (i) =>
    page.evaluate((k) => (window as unknown as W).__ccTemplates.oneSent(k * 389), i),
  );
  const rereads = await times(few, () =>
    page.evaluate(() => (window as unknown as W).__ccTemplates.reread()),
  );
  const peers = await times(few, () => page.evaluate(() => (window as unknown as W).__ccTemplates.peer()));
  const info = await page.evaluate(() => (window as unknown as W).__ccTemplates.info());
  await page.close();

  const cold = colds.map((c) => c.ms);
  const first = colds[0];
  const rows: Row[] = [
    msRow(
      'templates',
      `cold: ${CONTACTS.toLocaleString('en')} contacts, every note read and clustered (fresh cache)`,
      cold,
      {
        p95: false,
        note: `${first?.notes.toLocaleString('en')} notes: ${first?.templates} templates (largest ${first?.largest} sends), ${first?.oneOffs} written once; also what "Name as a version" costs in the dashboard`,
      },
    ),
    slicedRow('templates', slices, controls, 'a turn whenever 8 ms passed'),
    msRow('templates', 'warm: nothing changed', warm),
    msRow('templates', 'one request accepted', accepted),
    msRow(
      'templates',
      'one request sent with a note (the clustering extended)',
      sent.map((x) => x.ms),
      { note: `${sent.filter((x) => x.rebuilt).length} of ${sent.length} passes clustered everything again` },
    ),
    msRow(
      'templates',
      'full re-read: new objects, same notes',
      rereads.map((r) => r.ms),
      { p95: false, note: `${rereads[0]?.made ?? 0} notes read again (text cache)` },
    ),
    msRow('templates', "peer: buildInsight over the same tracker (the insight view's figures)", peers, {
      p95: false,
      note: `warm ÷ peer: ${round(median(warm) / median(peers), 2)}×; cold ÷ peer: ${round(median(cold) / median(peers), 1)}×`,
    }),
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
