/**
 * `npx tsx tests/corpus/eval.ts [--split train|test|all] [--half A|B] [--ab] [--details] [--json] [--engine PATH] [--dir DIR]`
 *
 * Runs the note engine over the labelled real-outreach corpus and prints per-family recall and
 * precision, the share of good texts warned and recall per language. `--details` lists each miss and
 * false alarm with its text, and is refused on the test split: the held-out half is read only as
 * aggregate figures (README.md in this folder). `--half A|B` keeps one half of the train split
 * (evaluate.ts `half`); `--ab` prints both halves' aggregate figures side by side. `--engine` points at another build of lib/draft
 * (e.g. an older commit extracted with `git archive`) to compare before and after on the same split.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDraft } from '../../lib/draft';
import {
  type Analyze,
  CORPUS_DIR,
  FAMILIES,
  formatScores,
  half,
  LANGUAGES,
  loadCorpus,
  outcomes,
  pct,
  type Scores,
  score,
} from './evaluate';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const split = opt('split') ?? 'train';
if (!['train', 'test', 'all'].includes(split)) {
  console.error(`--split must be train, test or all (got ${split})`);
  process.exit(2);
}
const halfOpt = opt('half');
if (halfOpt !== undefined && !['A', 'B'].includes(halfOpt)) {
  console.error(`--half must be A or B (got ${halfOpt})`);
  process.exit(2);
}
if ((halfOpt !== undefined || args.includes('--ab')) && split !== 'train') {
  console.error('--half and --ab split the train split only.');
  process.exit(2);
}
const details = args.includes('--details');
if (details && split !== 'train') {
  console.error('--details only on the train split: the test split is read as aggregate figures only.');
  process.exit(2);
}

let analyze: Analyze = analyzeDraft;
const engine = opt('engine');
if (engine) {
  const mod = (await import(pathToFileURL(resolve(engine)).href)) as { analyzeDraft: Analyze };
  analyze = mod.analyzeDraft;
}

const all = loadCorpus(opt('dir') ? resolve(opt('dir') as string) : CORPUS_DIR);
const records = (split === 'all' ? all : all.filter((r) => r.split === split)).filter(
  (r) => halfOpt === undefined || half(r.id) === halfOpt,
);
const results = outcomes(analyze, records);
const scores = score(results);

/** One line per figure, A and B side by side: the generalisation check. */
function sideBySide(a: Scores, b: Scores): string {
  const f = (x: { recall: number | null; precision: number | null }) =>
    `${pct(x.recall).padStart(7)} ${pct(x.precision).padStart(7)}`;
  const lines = [
    `train halves: A ${a.records} texts, B ${b.records} texts       A rec   A prec    B rec   B prec`,
    `${'all labels'.padEnd(36)}${f(a)}  ${f(b)}`,
    `${'good texts warned'.padEnd(36)}${`${a.goodWarned}/${a.good}`.padStart(15)}  ${`${b.goodWarned}/${b.good}`.padStart(15)}`,
  ];
  for (const fam of FAMILIES) {
    const x = a.families[fam];
    const y = b.families[fam];
    if (x.support + y.support + x.fp + y.fp === 0) continue;
    lines.push(`${`${fam} (${x.support}/${y.support})`.padEnd(36)}${f(x)}  ${f(y)}`);
  }
  for (const l of LANGUAGES) lines.push(`${`${l}`.padEnd(36)}${f(a.byLanguage[l])}  ${f(b.byLanguage[l])}`);
  return lines.join('\n');
}

if (args.includes('--ab')) {
  const train = all.filter((r) => r.split === 'train');
  const a = score(
    outcomes(
      analyze,
      train.filter((r) => half(r.id) === 'A'),
    ),
  );
  const b = score(
    outcomes(
      analyze,
      train.filter((r) => half(r.id) === 'B'),
    ),
  );
  console.info(args.includes('--json') ? JSON.stringify({ A: a, B: b }, null, 2) : sideBySide(a, b));
} else if (args.includes('--json')) {
  console.info(JSON.stringify(scores, null, 2));
} else {
  console.info(
    formatScores(
      scores,
      `${split} split${halfOpt ? `, half ${halfOpt}` : ''}${engine ? ` (engine ${engine})` : ''}`,
    ),
  );
}

if (details && !args.includes('--ab')) {
  console.info(`\nMisses and false alarms (train${halfOpt ? `, half ${halfOpt}` : ''} only):`);
  for (const o of results) {
    if (o.missed.length === 0 && o.extra.length === 0) continue;
    const r = o.record;
    console.info(
      `\n${r.id} [${r.surface}/${r.stage}${r.subject !== null ? ` subject: ${JSON.stringify(r.subject)}` : ''}] ${r.quality}` +
        `${o.missed.length ? ` missed: ${o.missed.join(', ')}` : ''}${o.extra.length ? ` false: ${o.extra.join(', ')}` : ''}`,
    );
    console.info(`  ${JSON.stringify(r.text)}`);
  }
}
