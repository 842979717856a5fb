/** The five coached languages' lexicons, and their patterns compiled once per language set. */
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import { SHARED } from './shared';
import { type Trigger, triggerOf } from './trigger';
import type { Lang, Lexicon, PatternKey } from './types';

export { OTHER_STOP } from './other';
export type { Lang, Lexicon, PatternKey } from './types';
export { LANGS } from './types';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT };

export interface Pattern {
  re: RegExp;
  /** The words one of which the text must contain for the pattern to match; null: always run it. */
  trigger: Trigger | null;
}

const triggers = new Map<string, Trigger | null>();
/** Per language set (the arrays language.ts hands out are interned), per family. */
const compiled = new WeakMap<readonly Lang[], Map<PatternKey, readonly Pattern[]>>();

/**
 * A pattern family's patterns over several languages (a mixed text gets all of its languages'
 * patterns), compiled once. One regex per pattern, not one alternation: V8 scans a pattern with a
 * literal start many times faster on its own, and a pattern whose first words the text does not
 * contain is not run at all.
 */
export function lexiconPatterns(key: PatternKey, langs: readonly Lang[]): readonly Pattern[] {
  let byKey = compiled.get(langs);
  if (!byKey) {
    byKey = new Map();
    compiled.set(langs, byKey);
  }
  let res = byKey.get(key);
  if (res === undefined) {
    const sources = [...(SHARED[key] ?? []), ...langs.flatMap((l) => LEXICONS[l][key])];
    res = sources.map((s) => {
      let trigger = triggers.get(s);
      if (trigger === undefined) {
        trigger = triggerOf(s);
        triggers.set(s, trigger);
      }
      return { re: new RegExp(s), trigger };
    });
    byKey.set(key, res);
  }
  return res;
}

const DIGIT = /\d/;

/** Whether the text can hold a match of the pattern: one of its first words is there. */
export function mayMatch(p: Pattern, hay: string, words: ReadonlySet<string> | null): boolean {
  const t = p.trigger;
  if (t === null || words === null) return true;
  if (t.digit && DIGIT.test(hay)) return true;
  for (const w of t.words) if (words.has(w)) return true;
  for (const w of t.prefixes) if (hay.includes(w)) return true;
  return false;
}

export interface LexiconMatch {
  index: number;
  /** The match, trailing spaces dropped. */
  length: number;
}

/** No pattern's match is longer than this: once one matched, the others only search up to it. */
const MAX_MATCH = 320;

/**
 * The leftmost match of any pattern of the family (ties: the earlier pattern), or null. `words`: the
 * folded words of the whole text (lib/draft/input.ts), to skip patterns that cannot match.
 */
export function firstLexiconMatch(
  key: PatternKey,
  langs: readonly Lang[],
  hay: string,
  words: ReadonlySet<string> | null = null,
): LexiconMatch | null {
  let best: LexiconMatch | null = null;
  let text = hay;
  for (const p of lexiconPatterns(key, langs)) {
    if (!mayMatch(p, text, words)) continue;
    const m = p.re.exec(text);
    if (!m || (best !== null && m.index >= best.index)) continue;
    best = { index: m.index, length: m[0].trimEnd().length };
    // A later pattern can only win by starting earlier: cut the text it searches.
    if (best.index + MAX_MATCH < text.length) text = hay.slice(0, best.index + MAX_MATCH);
  }
  return best;
}

/** True when any pattern of the family matches. */
export function hasLexiconMatch(
  key: PatternKey,
  langs: readonly Lang[],
  hay: string,
  words: ReadonlySet<string> | null = null,
): boolean {
  for (const p of lexiconPatterns(key, langs)) if (mayMatch(p, hay, words) && p.re.test(hay)) return true;
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
