/** The five coached languages' lexicons, and their patterns compiled once per language set. */
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import { SHARED } from './shared';
import type { Lang, Lexicon, PatternKey } from './types';

export { OTHER_STOP } from './other';
export type { Lang, Lexicon, PatternKey } from './types';
export { LANGS } from './types';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT };

const compiled = new Map<string, readonly RegExp[]>();

/**
 * A pattern family's regexes over several languages (a mixed text gets all of its languages'
 * patterns), compiled once. One regex per pattern, not one alternation: V8 scans a pattern with a
 * literal start many times faster on its own, so 40 small scans beat one 40-way alternation.
 */
export function lexiconRegexes(key: PatternKey, langs: readonly Lang[]): readonly RegExp[] {
  const id = `${key}:${langs.join(',')}`;
  let res = compiled.get(id);
  if (res === undefined) {
    const sources = [...(SHARED[key] ?? []), ...langs.flatMap((l) => LEXICONS[l][key])];
    res = sources.map((s) => new RegExp(s));
    compiled.set(id, res);
  }
  return res;
}

export interface LexiconMatch {
  index: number;
  /** The match, trailing spaces dropped. */
  length: number;
}

/** No pattern's match is longer than this: once one matched, the others only search up to it. */
const MAX_MATCH = 320;

/** The leftmost match of any pattern of the family (ties: the earlier pattern), or null. */
export function firstLexiconMatch(key: PatternKey, langs: readonly Lang[], hay: string): LexiconMatch | null {
  let best: LexiconMatch | null = null;
  let text = hay;
  for (const re of lexiconRegexes(key, langs)) {
    const m = re.exec(text);
    if (!m || (best !== null && m.index >= best.index)) continue;
    best = { index: m.index, length: m[0].trimEnd().length };
    // A later pattern can only win by starting earlier: cut the text it searches.
    if (best.index + MAX_MATCH < text.length) text = hay.slice(0, best.index + MAX_MATCH);
  }
  return best;
}

/** True when any pattern of the family matches. */
export function hasLexiconMatch(key: PatternKey, langs: readonly Lang[], hay: string): boolean {
  for (const re of lexiconRegexes(key, langs)) if (re.test(hay)) return true;
  return false;
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
