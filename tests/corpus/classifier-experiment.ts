/**
 * `npx tsx tests/corpus/classifier-experiment.ts`: would a small trained classifier beat the
 * hand-written lexicons? (issue 13 asks us to decide from measurements.)
 *
 * Trains one logistic regression per warning family on the TRAIN split only, over hashed word
 * unigrams and bigrams of the accent-folded text (4,096 buckets, language-agnostic, so the model
 * could ship as a weights JSON of a few KB), plus the surface and stage. Deterministic: fixed folds
 * (by id), fixed epoch count and learning rate, examples in id order, no randomness. Scored by
 * 5-fold cross-validation on train, next to the lexicon engine on the same texts. The test split is
 * not touched.
 */
import { analyzeDraft } from '../../lib/draft';
import { foldSameLength } from '../../lib/draft/fold';
import { lowerSameLength, tokenize } from '../../lib/draft/tokenizer';
import { type CorpusRecord, FAMILIES, type Family, loadCorpus, pct, predict } from './evaluate';

const BUCKETS = 4096;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-4;
const FOLDS = 5;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function features(r: CorpusRecord): number[] {
  const text = `${r.subject ?? ''}\n${r.text}`;
  const folded = foldSameLength(lowerSameLength(text));
  const words = tokenize(text).map((t) => folded.slice(t.start, t.end));
  const set = new Set<number>([fnv(`surface:${r.surface}`) % BUCKETS, fnv(`stage:${r.stage}`) % BUCKETS]);
  words.forEach((w, i) => {
    set.add(fnv(w) % BUCKETS);
    if (i > 0) set.add(fnv(`${words[i - 1]} ${w}`) % BUCKETS);
  });
  return [...set].sort((a, b) => a - b);
}

interface Model {
  w: Float64Array;
  b: number;
}

function train(xs: number[][], ys: boolean[]): Model {
  const w = new Float64Array(BUCKETS);
  let b = 0;
  for (let e = 0; e < EPOCHS; e++)
    xs.forEach((x, i) => {
      let z = b;
      for (const j of x) z += w[j] as number;
      const g = 1 / (1 + Math.exp(-z)) - (ys[i] ? 1 : 0);
      b -= RATE * g;
      for (const j of x) w[j] = (w[j] as number) * (1 - RATE * L2) - RATE * g;
    });
  return { w, b };
}

function score(m: Model, x: number[]): number {
  let z = m.b;
  for (const j of x) z += m.w[j] as number;
  return 1 / (1 + Math.exp(-z));
}

const records = loadCorpus()
  .filter((r) => r.split === 'train')
  .sort((a, b) => a.id.localeCompare(b.id));
const xs = records.map(features);
const fold = records.map((r) => fnv(r.id) % FOLDS);
const engine = records.map((r) => predict(analyzeDraft, r));

const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const model = Object.fromEntries(FAMILIES.map((f) => [f, tally()])) as Record<
  Family,
  ReturnType<typeof tally>
>;
const rules = Object.fromEntries(FAMILIES.map((f) => [f, tally()])) as Record<
  Family,
  ReturnType<typeof tally>
>;
for (const f of FAMILIES) {
  const ys = records.map((r) => r.labels.includes(f));
  if (!ys.some(Boolean)) continue;
  for (let k = 0; k < FOLDS; k++) {
    const idx = records.map((_, i) => i);
    const tr = idx.filter((i) => fold[i] !== k);
    const m = train(
      tr.map((i) => xs[i] as number[]),
      tr.map((i) => ys[i] as boolean),
    );
    for (const i of idx.filter((i) => fold[i] === k)) {
      const got = score(m, xs[i] as number[]) >= 0.5;
      const want = ys[i] as boolean;
      const t = model[f];
      if (got && want) t.tp++;
      else if (got) t.fp++;
      else if (want) t.fn++;
    }
  }
  records.forEach((_, i) => {
    const got = (engine[i] as Set<Family>).has(f);
    const want = ys[i] as boolean;
    const t = rules[f];
    if (got && want) t.tp++;
    else if (got) t.fp++;
    else if (want) t.fn++;
  });
}

const r = (t: { tp: number; fn: number }) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : null);
const p = (t: { tp: number; fp: number }) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : null);
const sum = (x: Record<Family, { tp: number; fp: number; fn: number }>) =>
  FAMILIES.reduce((a, f) => ({ tp: a.tp + x[f].tp, fp: a.fp + x[f].fp, fn: a.fn + x[f].fn }), tally());
console.info(`train split, ${records.length} texts; classifier: ${FOLDS}-fold cross-validation`);
console.info('family            classifier R / P        lexicons R / P');
for (const f of FAMILIES) {
  if (model[f].tp + model[f].fn === 0) continue;
  console.info(
    `${f.padEnd(18)}${pct(r(model[f])).padStart(8)} / ${pct(p(model[f])).padEnd(8)}    ${pct(r(rules[f])).padStart(8)} / ${pct(p(rules[f]))}`,
  );
}
const m = sum(model);
const l = sum(rules);
console.info(
  `${'all'.padEnd(18)}${pct(r(m)).padStart(8)} / ${pct(p(m)).padEnd(8)}    ${pct(r(l)).padStart(8)} / ${pct(p(l))}`,
);
