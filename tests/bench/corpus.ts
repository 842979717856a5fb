/**
 * The note engine on the held-out half of the real-outreach corpus (issue 13; tests/corpus/README.md):
 * recall per warning family (target ≥ 85% for families with at least 10 examples), overall precision
 * (≥ 90%), the share of good texts that get any warning (≤ 5%) and recall in each language (≥ 75% in
 * German, French, Spanish and Portuguese). Computed in Node: it measures what the engine says, not
 * how fast. Aggregate figures only: the test split's texts are never printed.
 */
import { analyzeDraft } from '../../lib/draft';
import { FAMILIES, LANGUAGES, loadCorpus, outcomes, score } from '../corpus/evaluate';
import { atLeast, atMost, type BenchOptions, type Row } from './util';

const pctv = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export function benchCorpus(_opts: BenchOptions): { rows: Row[]; detail: unknown } {
  const test = loadCorpus().filter((r) => r.split === 'test');
  const s = score(outcomes(analyzeDraft, test));
  const rows: Row[] = [
    {
      area: 'corpus',
      name: `held-out texts (${s.records}; ${s.labels} labels), overall recall`,
      value: pctv(s.recall),
      unit: '%',
    },
    atLeast({ area: 'corpus', name: 'overall precision', value: pctv(s.precision), unit: '%' }, 90),
    atMost(
      {
        area: 'corpus',
        name: 'good texts with a warning',
        value: pctv(s.goodWarnedShare),
        unit: '%',
        note: `${s.goodWarned} of ${s.good}`,
      },
      5,
    ),
  ];
  for (const f of FAMILIES) {
    const x = s.families[f];
    if (x.support === 0) continue;
    const row: Row = {
      area: 'corpus',
      name: `recall: ${f}`,
      value: pctv(x.recall),
      unit: '%',
      note: `${x.tp} of ${x.support}; precision ${pctv(x.precision) ?? '–'}%`,
    };
    rows.push(x.support >= 10 ? atLeast(row, 85) : row);
  }
  for (const l of LANGUAGES) {
    const x = s.byLanguage[l];
    const row: Row = {
      area: 'corpus',
      name: `recall in ${l}`,
      value: pctv(x.recall),
      unit: '%',
      note: `${x.records} texts, ${x.labels} labels; precision ${pctv(x.precision) ?? '–'}%`,
    };
    rows.push(l === 'en' ? row : atLeast(row, 75));
  }
  return { rows, detail: s };
}
