/**
 * `npx tsx tests/corpus/eval.ts [--split train|test|all] [--details] [--json] [--engine PATH] [--dir DIR]`
 *
 * Runs the note engine over the labelled real-outreach corpus and prints per-family recall and
 * precision, the share of good texts warned and recall per language. `--details` lists each miss and
 * false alarm with its text, and is refused on the test split: the held-out half is read only as
 * aggregate figures (README.md in this folder). `--engine` points at another build of lib/draft
 * (e.g. an older commit extracted with `git archive`) to compare before and after on the same split.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDraft } from '../../lib/draft';
import { type Analyze, CORPUS_DIR, formatScores, loadCorpus, outcomes, score } from './evaluate';

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
const records = split === 'all' ? all : all.filter((r) => r.split === split);
const results = outcomes(analyze, records);
const scores = score(results);

if (args.includes('--json')) {
  console.info(JSON.stringify(scores, null, 2));
} else {
  console.info(formatScores(scores, `${split} split${engine ? ` (engine ${engine})` : ''}`));
}

if (details) {
  console.info('\nMisses and false alarms (train only):');
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
