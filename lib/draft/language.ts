/**
 * Which of our five languages a text is written in, and so which lexicons apply. Counted from short
 * function words (the, und, vous, que, você…): a mixed text gets every language it really uses, a
 * text too short to tell gets all five, and a text in another language is reported as such, so the
 * panel can say coaching is limited rather than look clean.
 */
import { LANGS, type Lang, LEXICONS, OTHER_STOP } from './lexicon';
import type { Token } from './tokenizer';

export interface LanguageInfo {
  /** The main language: one we coach, 'other' for a language we do not, null when too short to tell. */
  primary: Lang | 'other' | null;
  /** The lexicons that apply, the main language first: all five when the text is too short to tell. */
  applied: readonly Lang[];
}

const OTHER_BIT = 1 << LANGS.length;
const WORDS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of LEXICONS[lang].stop.split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | (1 << i));
});
for (const w of OTHER_STOP.split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | OTHER_BIT);

const FR_BIT = 1 << LANGS.indexOf('fr');
/** French elision: "j'ai", "d'une", "qu'il", "n'hésitez". */
const ELISION = /^(?:c|d|j|l|m|n|qu|s|t)'[a-z]/;

/** Fewer words than this and any guess is noise: every lexicon applies. */
const MIN_WORDS = 4;
/** How many tokens are enough to tell. */
const SAMPLE = 400;

function isLatin(c: number): boolean {
  return c < 0x250 || (c >= 0x1e00 && c <= 0x1eff);
}

const EN_BIT = 1 << LANGS.indexOf('en');

/** `folded`: each token's folded form (same index as `tokens`). */
export function detectLanguage(
  tokens: readonly Token[],
  folded: readonly string[],
  text: string,
): LanguageInfo {
  const n = Math.min(tokens.length, SAMPLE);
  const total = new Array<number>(LANGS.length + 1).fill(0);
  const distinct = new Array<number>(LANGS.length + 1).fill(0);
  let words = 0;
  let nonLatin = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = folded[i] as string;
    const c = w.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) continue; // numbers say nothing
    words++;
    if (!isLatin(c)) {
      nonLatin++;
      continue;
    }
    let mask = WORDS.get(w) ?? 0;
    if (mask === 0 && (w.charCodeAt(1) === 39 || w.charCodeAt(2) === 39) && ELISION.test(w)) mask = FR_BIT;
    // English writes "I" in capitals; a lower-case "i" is Swedish, Polish or Italian "and"/"in".
    else if (mask === EN_BIT && w === 'i' && text.charCodeAt(t.start) !== 0x49) mask = OTHER_BIT;
    if (mask === 0) continue;
    const single = (mask & (mask - 1)) === 0;
    for (let b = 0; b <= LANGS.length; b++)
      if (mask & (1 << b)) {
        total[b] = (total[b] as number) + 1;
        if (single) distinct[b] = (distinct[b] as number) + 1;
      }
  }
  if (words < MIN_WORDS && nonLatin * 2 <= words) return { primary: null, applied: LANGS };
  if (nonLatin * 2 > words) return { primary: 'other', applied: secondary(null, distinct, total, words) };
  let best = 0;
  for (let b = 1; b < LANGS.length; b++) {
    const score = (total[b] as number) + (distinct[b] as number);
    const top = (total[best] as number) + (distinct[best] as number);
    if (score > top) best = b;
  }
  const other = distinct[LANGS.length] as number;
  const bestScore = (total[best] as number) + (distinct[best] as number);
  if (bestScore === 0) {
    // No function word of ours in ten words or more: another language (or a list of names).
    return words >= 10 ? { primary: 'other', applied: NONE } : { primary: null, applied: LANGS };
  }
  // Our function words are a tenth of any sentence; fewer and the text is in another language.
  if (words >= 8 && (total[best] as number) * 10 < words)
    return { primary: 'other', applied: secondary(null, distinct, total, words) };
  if (other >= 2 && other > (distinct[best] as number) && other * 2 >= (total[best] as number))
    return { primary: 'other', applied: secondary(null, distinct, total, words) };
  const primary = LANGS[best] as Lang;
  return { primary, applied: secondary(primary, distinct, total, words) };
}

/**
 * The main language, then every other one the text really uses: a sentence of it, not a loanword or
 * a name (at least two of its own words, and one word in 25 in a long text).
 */
function secondary(
  primary: Lang | null,
  distinct: readonly number[],
  total: readonly number[],
  words: number,
): readonly Lang[] {
  const out: Lang[] = primary ? [primary] : [];
  LANGS.forEach((lang, b) => {
    if (lang === primary) return;
    const d = distinct[b] as number;
    if ((d >= 2 || (d >= 1 && (total[b] as number) >= 3)) && d * 25 >= words) out.push(lang);
  });
  return intern(out);
}

const NONE: readonly Lang[] = Object.freeze([]);
const interned = new Map<string, readonly Lang[]>([
  [LANGS.join(','), LANGS],
  ['', NONE],
]);

/** One array per combination of languages, so caches can key on the array itself. */
function intern(langs: Lang[]): readonly Lang[] {
  const id = langs.join(',');
  let found = interned.get(id);
  if (!found) {
    found = Object.freeze(langs);
    interned.set(id, found);
  }
  return found;
}

interface Pronouns {
  self: ReadonlySet<string>;
  you: ReadonlySet<string>;
  german: boolean;
  french: boolean;
}
const pronounCache = new Map<readonly Lang[], Pronouns>();
const ENGLISH: readonly Lang[] = ['en'];

function pronounsFor(langs: readonly Lang[]): Pronouns {
  const id = langs;
  let p = pronounCache.get(id);
  if (!p) {
    p = {
      self: new Set(langs.flatMap((l) => LEXICONS[l].self.split(' '))),
      you: new Set(langs.flatMap((l) => LEXICONS[l].you.split(' '))),
      german: langs.includes('de'),
      french: langs.includes('fr'),
    };
    pronounCache.set(id, p);
  }
  return p;
}

/** German formal "you" is written with a capital: "Sie", "Ihnen", "Ihr…" (lower case "sie" is she/they). */
const GERMAN_FORMAL = /^(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/;

export interface PronounCount {
  self: number;
  you: number;
  /** The first few distinct self words as written, for the warning to name. */
  selfWords: string[];
}

/** I/we words against you words, in the languages that apply (English when none do). */
export function countPronouns(
  text: string,
  folded: readonly string[],
  tokens: readonly Token[],
  langs: readonly Lang[],
): PronounCount {
  const p = pronounsFor(langs.length > 0 ? langs : ENGLISH);
  let self = 0;
  let you = 0;
  const selfWords: string[] = [];
  const seen: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = folded[i] as string;
    if (w.length > 10 && w.charCodeAt(1) !== 0x27) continue; // no pronoun is longer (but "j'accompagne")
    let kind = p.self.has(w) ? 1 : p.you.has(w) ? 2 : 0;
    if (kind === 0 && p.french && w.length > 2 && w.charCodeAt(1) === 0x27) {
      const head = w.charCodeAt(0);
      if (head === 0x6a || head === 0x6d)
        kind = 1; // j'…, m'…
      else if (head === 0x74) kind = 2; // t'…
    }
    if (kind === 0 && p.german) {
      const head = text.charCodeAt(t.start);
      if ((head === 0x53 || head === 0x49) && GERMAN_FORMAL.test(text.slice(t.start, t.end))) kind = 2; // S…, I…
    }
    if (kind === 1) {
      self++;
      if (selfWords.length < 4 && !seen.includes(w)) {
        seen.push(w);
        selfWords.push(text.slice(t.start, t.end));
      }
    } else if (kind === 2) you++;
  }
  return { self, you, selfWords };
}
