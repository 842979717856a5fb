/** The five coached languages' lexicons, and their shapes compiled once per language set. */
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import { compileShape, makeClass, type WordClass } from './shape';
import { indexShapes, matchAll, type ShapeIndex, type ShapeMatch } from './shape-index';
import { SHARED } from './shared';
import type { Lang, Lexicon, PatternKey } from './types';
import type { Words } from './words';

export { OTHER_STOP } from './other';
export type { Lang, Lexicon, PatternKey } from './types';
export { LANGS } from './types';
export { readWords, type Words } from './words';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT };

export type LexiconMatch = ShapeMatch<PatternKey>;

/** The word classes of several languages, merged by name. */
export function classesFor(langs: readonly Lang[]): Map<string, WordClass> {
  const entries = new Map<string, string[]>();
  for (const l of langs)
    for (const [name, list] of Object.entries(LEXICONS[l].classes)) {
      const all = entries.get(name) ?? [];
      all.push(...list.split(/\s+/));
      entries.set(name, all);
    }
  const out = new Map<string, WordClass>();
  for (const [name, list] of entries) out.set(name, makeClass(list));
  return out;
}

/** Every shape of these languages, family by family: the shared ones, then each language's own. */
export function shapeSources(langs: readonly Lang[]): { key: PatternKey; src: string }[] {
  const out: { key: PatternKey; src: string }[] = [];
  const keys = new Set<PatternKey>(Object.keys(SHARED) as PatternKey[]);
  for (const l of langs) for (const k of Object.keys(LEXICONS[l].shapes)) keys.add(k as PatternKey);
  for (const key of keys) {
    for (const src of SHARED[key] ?? []) out.push({ key, src });
    for (const l of langs) for (const src of LEXICONS[l].shapes[key] ?? []) out.push({ key, src });
  }
  return out;
}

/** Per language set (language.ts hands out one array per combination). */
const compiled = new WeakMap<readonly Lang[], ShapeIndex<PatternKey>>();

export function shapeIndex(langs: readonly Lang[]): ShapeIndex<PatternKey> {
  let ix = compiled.get(langs);
  if (!ix) {
    const classes = classesFor(langs);
    ix = indexShapes(shapeSources(langs).map(({ key, src }) => ({ key, shape: compileShape(src, classes) })));
    compiled.set(langs, ix);
  }
  return ix;
}

/** Every match of every family in the applied languages, in text order. */
export function lexiconMatches(langs: readonly Lang[], words: Words): LexiconMatch[] {
  if (langs.length === 0) return [];
  return matchAll(shapeIndex(langs), words);
}

const onlyConnect = new Map<string, RegExp>();

/** "I'd like to connect" and nothing else, in any of these languages. */
export function onlyConnectRegex(langs: readonly Lang[]): RegExp {
  const id = langs.join(',');
  let re = onlyConnect.get(id);
  if (!re) {
    re = new RegExp(langs.map((l) => `(?:${LEXICONS[l].onlyConnect})`).join('|'));
    onlyConnect.set(id, re);
  }
  return re;
}

const subjects = new Map<string, ReadonlySet<string>>();

/** Whole weak subjects of these languages. */
export function weakSubjects(langs: readonly Lang[]): ReadonlySet<string> {
  const id = langs.join(',');
  let set = subjects.get(id);
  if (!set) {
    set = new Set(langs.flatMap((l) => LEXICONS[l].subjects));
    subjects.set(id, set);
  }
  return set;
}
