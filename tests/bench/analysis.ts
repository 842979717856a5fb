/**
 * Draft analysis in Chromium (issue 3; Node 20's Intl.Segmenter is quadratic, research
 * text-analysis.md §2, so these figures must come from the browser). lib/draft and write-good 1.0.8
 * are bundled together with esbuild into one page (pages/analysis-entry.ts), served with COOP/COEP so
 * the page is cross-origin isolated and performance.now() resolves to 5 µs. Every call is timed on
 * its own; each iteration changes the last character. prepareHistory runs once on 1,000 stored notes
 * (template-like, as a real history is); the similarity cases compare every keystroke against them,
 * once with a note of its own (the prefilter finds nothing worth aligning) and once with a stored note
 * whose blanks are filled in again (issue 19: candidates are aligned and the warning fires).
 */
import { type BenchSession, isolatedPage } from './browser';
import type { CaseResult } from './pages/analysis-entry';
import { MESSAGE_8000, NOTE_300, PASTE_CHUNK, PASTE_CODE_UNITS, refilled, storedNotes } from './texts';
import { atMost, type BenchOptions, median, p95, type Row, round } from './util';

interface Case {
  name: string;
  kind: 'engine' | 'write-good';
  size: 300 | 8000;
  similarity: boolean;
  /** p95 target in ms (engine cases). */
  target?: number;
  /** The draft is a stored note with its blanks filled in again: the template check aligns and fires. */
  templated?: boolean;
}

const CASES: Case[] = [
  { name: 'engine, 300-char note', kind: 'engine', size: 300, similarity: false, target: 0.25 },
  { name: 'engine, 8,000-char message', kind: 'engine', size: 8000, similarity: false, target: 2 },
  { name: 'engine + similarity (1,000 notes), 300', kind: 'engine', size: 300, similarity: true, target: 1 },
  {
    name: 'engine + similarity (1,000 notes), a filled-in template',
    kind: 'engine',
    size: 300,
    similarity: true,
    target: 1,
    templated: true,
  },
  {
    name: 'engine + similarity (1,000 notes), 8,000',
    kind: 'engine',
    size: 8000,
    similarity: true,
    target: 4,
  },
  { name: 'write-good 1.0.8, 300', kind: 'write-good', size: 300, similarity: false },
  { name: 'write-good 1.0.8, 8,000', kind: 'write-good', size: 8000, similarity: false },
];

type Api = typeof import('./pages/analysis-entry');

export async function benchAnalysis(s: BenchSession, opts: BenchOptions) {
  const page = await isolatedPage(s, 'analysis', '__ccAnalysis');
  const timer = await page.evaluate(() =>
    (window as unknown as { __ccAnalysis: Api }).__ccAnalysis.timerInfo(),
  );
  const notes = storedNotes(1000);
  // Issue 19: a stored note refilled (other name, topic, event, company), ~220 characters.
  const templatedNote = refilled(notes[17] as string);
  const prepareMs = await page.evaluate(
    (n) => (window as unknown as { __ccAnalysis: Api }).__ccAnalysis.prepare(n),
    notes,
  );

  const againMs = await page.evaluate(
    (a) => (window as unknown as { __ccAnalysis: Api }).__ccAnalysis.prepareAgain(a.notes, a.added),
    { notes, added: refilled(notes[3] as string) },
  );

  const results = new Map<string, CaseResult>();
  for (const c of CASES) {
    const iterations = c.size === 300 ? (opts.quick ? 100 : 2000) : opts.quick ? 20 : 300;
    const warmup = c.size === 300 ? (opts.quick ? 20 : 200) : opts.quick ? 5 : 30;
    const context =
      c.size === 300
        ? { surface: 'connection-note' as const, recipientName: 'Zoë Ångström', account: 'premium' as const }
        : { surface: 'message' as const, recipientName: 'Zoë Ångström' };
    const r = await page.evaluate(
      (a) =>
        (window as unknown as { __ccAnalysis: Api }).__ccAnalysis.measure(
          a.kind,
          a.text,
          a.context,
          a.similarity,
          a.warmup,
          a.iterations,
        ),
      {
        kind: c.kind,
        text: c.templated ? templatedNote : c.size === 300 ? NOTE_300 : MESSAGE_8000,
        context,
        similarity: c.similarity,
        warmup,
        iterations,
      },
    );
    results.set(c.name, r);
  }
  const pasted = await page.evaluate(
    (a) => (window as unknown as { __ccAnalysis: Api }).__ccAnalysis.paste(a.chunk, a.units),
    { chunk: PASTE_CHUNK, units: PASTE_CODE_UNITS },
  );
  await page.close();

  const rows: Row[] = [];
  for (const c of CASES) {
    const r = results.get(c.name) as CaseResult;
    const row: Omit<Row, 'target' | 'pass'> = {
      area: 'analysis',
      name: c.name,
      value: round(median(r.times), 4),
      p95: round(p95(r.times), 4),
      unit: 'ms',
      n: r.times.length,
      ...(c.templated
        ? {
            note: r.fired.includes('template-similarity')
              ? 'the template warning fired on every keystroke'
              : 'the template warning did NOT fire',
          }
        : {}),
    };
    rows.push(c.target !== undefined ? atMost(row, c.target, 'p95') : row);
  }
  for (const size of [300, 8000] as const) {
    const engine = results.get(
      CASES.find((c) => c.kind === 'engine' && c.size === size && !c.similarity && !c.templated)?.name ?? '',
    );
    const wg = results.get(CASES.find((c) => c.kind === 'write-good' && c.size === size)?.name ?? '');
    if (!engine || !wg) continue;
    rows.push(
      atMost(
        {
          area: 'analysis',
          name: `engine ÷ write-good at ${size.toLocaleString('en')} chars (p95; rules only)`,
          value: round(p95(engine.times) / p95(wg.times), 2),
          unit: '×',
          note: `medians: ${round(median(engine.times) / median(wg.times), 2)}×`,
        },
        1,
      ),
    );
  }
  rows.push({
    area: 'analysis',
    name: 'prepareHistory(1,000 notes), once',
    value: round(prepareMs, 2),
    unit: 'ms',
  });
  rows.push({
    area: 'analysis',
    name: 'prepareHistory again after one more note was sent',
    value: round(againMs, 2),
    unit: 'ms',
    note: 'the other 999 notes are not read again',
  });
  const exact = pasted.length === pasted.expectedLength && pasted.graphemes === pasted.referenceGraphemes;
  rows.push({
    area: 'analysis',
    name: `1 MB paste (${pasted.length.toLocaleString('en')} code units): count + graphemes exact`,
    value: round(pasted.lengthMs + pasted.graphemesMs, 2),
    unit: 'ms',
    target: 'exact',
    pass:
      exact && pasted.reportCount === pasted.length && pasted.reportGraphemes === pasted.referenceGraphemes,
    note: `${pasted.graphemes.toLocaleString('en')} graphemes (Intl.Segmenter reference ${pasted.referenceGraphemes.toLocaleString('en')} in ${round(pasted.referenceMs, 1)} ms); full analyzeDraft on it: ${round(pasted.analyzeMs, 1)} ms`,
  });
  return {
    rows,
    detail: {
      timer,
      prepareMs,
      againMs,
      storedNotes: notes.length,
      texts: { note: NOTE_300.length, message: MESSAGE_8000.length },
      cases: Object.fromEntries(
        [...results].map(([k, v]) => [
          k,
          {
            n: v.times.length,
            p50: median(v.times),
            p95: p95(v.times),
            max: Math.max(...v.times),
            fired: v.fired,
          },
        ]),
      ),
      paste: pasted,
    },
  };
}
