/**
 * Scores the note engine against the labelled corpus (tests/corpus/*.jsonl, see README.md): per
 * warning family recall and precision, the share of good texts that get any warning, and recall per
 * language. Pure: records and an analyzeDraft in, figures out. Used by eval.ts (the command line),
 * the bench (held-out figures) and the floors test (tests/unit/draft/corpus.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DraftContext, DraftReport } from '../../lib/draft';

/** This folder (the unit tests' happy-dom environment has no file URL: there, from the repo root). */
export const CORPUS_DIR: string =
  typeof import.meta.dirname === 'string' ? import.meta.dirname : resolve('tests/corpus');

/** The labels an expert may give (CORPUS-SPEC.md); each is a family of engine warnings. */
export const FAMILIES = [
  'generic-opener',
  'no-hook',
  'pitch',
  'big-ask',
  'self-focused',
  'placeholder',
  'link',
  'lazy-follow-up',
  'pushy',
  'weak-subject',
  'shouting',
  'wall-of-text',
  'too-long',
] as const;
export type Family = (typeof FAMILIES)[number];

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface CorpusRecord {
  id: string;
  lang: Language;
  surface: 'connection-note' | 'message' | 'inmail' | 'comment';
  stage: 'first-touch' | 'follow-up';
  recipient: string | null;
  subject: string | null;
  text: string;
  quality: 'good' | 'bad' | 'mixed';
  labels: Family[];
  source: string;
  note: string;
  split: 'train' | 'test';
  mixed?: boolean;
}

export type Analyze = (text: string, context: DraftContext) => DraftReport;

/**
 * The train split's two halves, A and B, by a hash of the id (FNV-1a, lowest bit): the discipline
 * for hand-written rules (README.md): change the lexicons reading only one half's texts, check the
 * other half's aggregate figures, then swap. 159 and 155 of the 314 train texts.
 */
export function half(id: string): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return (h & 1) === 0 ? 'A' : 'B';
}

/** Engine rules that report a label family; over-limit is the far end of too-long. */
const RULE_FAMILY: Record<string, Family | undefined> = {
  'over-limit': 'too-long',
  ...Object.fromEntries(FAMILIES.map((f) => [f, f])),
};

export function loadCorpus(dir = CORPUS_DIR): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as CorpusRecord);
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    });
  }
  return out;
}

/** What the engine flags for one record: the families of its warn and error warnings. */
export function predict(analyze: Analyze, r: CorpusRecord): Set<Family> {
  const stage = r.stage;
  const recipientName = r.recipient;
  const reports: DraftReport[] = [];
  switch (r.surface) {
    case 'connection-note':
      // Corpus notes are written for the 300-character box; free accounts' 200 is a separate matter.
      reports.push(analyze(r.text, { surface: 'connection-note', account: 'premium', recipientName, stage }));
      break;
    case 'inmail':
      reports.push(analyze(r.text, { surface: 'inmail-body', recipientName, stage }));
      if (r.subject !== null) reports.push(analyze(r.subject, { surface: 'inmail-subject', recipientName }));
      break;
    default:
      reports.push(analyze(r.text, { surface: r.surface, recipientName, stage }));
  }
  const out = new Set<Family>();
  for (const report of reports)
    for (const w of report.warnings) {
      if (w.severity === 'info') continue;
      const family = RULE_FAMILY[w.rule];
      if (family) out.add(family);
    }
  return out;
}

export interface FamilyScore {
  /** Records labelled with the family. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  recall: number | null;
  precision: number | null;
}

export interface Scores {
  records: number;
  labels: number;
  families: Record<Family, FamilyScore>;
  /** Micro-averaged over every label. */
  recall: number | null;
  precision: number | null;
  good: number;
  goodWarned: number;
  goodWarnedShare: number | null;
  byLanguage: Record<
    Language,
    { records: number; labels: number; recall: number | null; precision: number | null }
  >;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export interface Outcome {
  record: CorpusRecord;
  predicted: Set<Family>;
  missed: Family[];
  extra: Family[];
}

export function outcomes(analyze: Analyze, records: readonly CorpusRecord[]): Outcome[] {
  return records.map((record) => {
    const predicted = predict(analyze, record);
    const labels = new Set(record.labels);
    return {
      record,
      predicted,
      missed: [...labels].filter((f) => !predicted.has(f)),
      extra: [...predicted].filter((f) => !labels.has(f)),
    };
  });
}

export function score(results: readonly Outcome[]): Scores {
  const families = Object.fromEntries(
    FAMILIES.map((f) => [f, { support: 0, tp: 0, fp: 0, fn: 0, recall: null, precision: null }]),
  ) as Record<Family, FamilyScore>;
  const lang = Object.fromEntries(
    LANGUAGES.map((l) => [l, { records: 0, labels: 0, tp: 0, fp: 0 }]),
  ) as Record<Language, { records: number; labels: number; tp: number; fp: number }>;
  let good = 0;
  let goodWarned = 0;
  for (const { record, predicted } of results) {
    const labels = new Set(record.labels);
    const l = lang[record.lang];
    if (l) {
      l.records++;
      l.labels += labels.size;
    }
    for (const f of FAMILIES) {
      const s = families[f];
      const has = labels.has(f);
      const got = predicted.has(f);
      if (has) s.support++;
      if (has && got) s.tp++;
      if (has && !got) s.fn++;
      if (!has && got) s.fp++;
      if (l && has && got) l.tp++;
      if (l && !has && got) l.fp++;
    }
    if (record.quality === 'good') {
      good++;
      if (predicted.size > 0) goodWarned++;
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const f of FAMILIES) {
    const s = families[f];
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.precision = ratio(s.tp, s.tp + s.fp);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return {
    records: results.length,
    labels: tp + fn,
    families,
    recall: ratio(tp, tp + fn),
    precision: ratio(tp, tp + fp),
    good,
    goodWarned,
    goodWarnedShare: ratio(goodWarned, good),
    byLanguage: Object.fromEntries(
      LANGUAGES.map((k) => {
        const v = lang[k];
        return [
          k,
          {
            records: v.records,
            labels: v.labels,
            recall: ratio(v.tp, v.labels),
            precision: ratio(v.tp, v.tp + v.fp),
          },
        ];
      }),
    ) as Scores['byLanguage'],
  };
}

export const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10}%`);

/** The figures as a plain-text table. */
export function formatScores(s: Scores, title: string): string {
  const lines = [
    `${title}: ${s.records} texts, ${s.labels} labels`,
    `overall recall ${pct(s.recall)}, precision ${pct(s.precision)}; good texts warned ${s.goodWarned} of ${s.good} (${pct(s.goodWarnedShare)})`,
    '',
    'family            labelled  found  missed  false  recall  precision',
  ];
  for (const f of FAMILIES) {
    const x = s.families[f];
    if (x.support === 0 && x.fp === 0) continue;
    lines.push(
      `${f.padEnd(18)}${String(x.support).padStart(8)}${String(x.tp).padStart(7)}${String(x.fn).padStart(8)}${String(x.fp).padStart(7)}${pct(x.recall).padStart(8)}${pct(x.precision).padStart(11)}`,
    );
  }
  lines.push('', 'language  texts  labels  recall  precision');
  for (const l of LANGUAGES) {
    const x = s.byLanguage[l];
    lines.push(
      `${l.padEnd(10)}${String(x.records).padStart(5)}${String(x.labels).padStart(8)}${pct(x.recall).padStart(8)}${pct(x.precision).padStart(11)}`,
    );
  }
  return lines.join('\n');
}
