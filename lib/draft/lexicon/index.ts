/** The five coached languages' lexicons, and their patterns compiled once per language set. */
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import type { Lang, Lexicon, PatternKey } from './types';

export { OTHER_STOP } from './other';
export type { Lang, Lexicon, PatternKey } from './types';
export { LANGS } from './types';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT };

const compiled = new Map<string, RegExp | null>();

/**
 * One regex for a pattern family over several languages (a mixed text gets all of its languages'
 * patterns in one scan; exec finds the leftmost match of any of them). Null when none has any.
 */
export function lexiconRegex(key: PatternKey, langs: readonly Lang[]): RegExp | null {
  const id = `${key}:${langs.join(',')}`;
  let re = compiled.get(id);
  if (re === undefined) {
    const sources = langs.flatMap((l) => LEXICONS[l][key]);
    re = sources.length > 0 ? new RegExp(sources.join('|')) : null;
    compiled.set(id, re);
  }
  return re;
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
