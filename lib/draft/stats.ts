/** The draft's figures (words, sentences, questions, pronouns, reading grade, emoji) for the rules. */
import { fold, type Sentence, type Token } from './tokenizer';
import type { DraftStats } from './types';

// Clusters, not code points: a ZWJ family or a flag is one emoji. ©, ® and ™ are not emoji here.
const EMOJI_RE =
  /\p{RI}\p{RI}|(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*/gu;

function countEmoji(text: string): number {
  // Every emoji (and every regional indicator) is at U+00A9 or above: start the Unicode regex there.
  let from = 0;
  while (from < text.length && text.charCodeAt(from) < 0xa9) from++;
  if (from === text.length) return 0;
  let n = 0;
  EMOJI_RE.lastIndex = from;
  while (EMOJI_RE.exec(text)) n++;
  return n;
}

// Char loops rather than regexes: this runs for every word on every keystroke.
function isPlainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return false;
  }
  return true;
}

/** Runs of a, e, i, o, u, y (what /[aeiouy]+/g would find). */
function vowelGroups(w: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return groups;
}

/** Vowel-group heuristic, usually within a grade of a dictionary count on prose. */
function syllables(lowerWord: string): number {
  const w = isPlainAscii(lowerWord) ? lowerWord : fold(lowerWord);
  const groups = vowelGroups(w);
  if (groups === 0) return 1;
  const silentE = groups > 1 && w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee');
  return silentE ? groups - 1 : groups;
}

/** Fewer words than this and a reading grade means nothing. */
const MIN_WORDS_FOR_GRADE = 10;

/** `pronouns`: I/we and you words, counted in the text's own languages (lib/draft/language.ts). */
export function computeStats(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  pronouns: { self: number; you: number },
): DraftStats {
  let syl = 0;
  for (const t of tokens) syl += syllables(t.lower);
  const youCount = pronouns.you;
  const selfCount = pronouns.self;
  const words = tokens.length;
  const sentenceCount = sentences.length;
  let questions = 0;
  for (const s of sentences) if (s.question) questions++;
  const readingGrade =
    words < MIN_WORDS_FOR_GRADE
      ? null
      : Math.round((0.39 * (words / Math.max(1, sentenceCount)) + 11.8 * (syl / words) - 15.59) * 10) / 10;
  return {
    words,
    sentences: sentenceCount,
    questions,
    youCount,
    selfCount,
    readingGrade,
    emoji: countEmoji(text),
  };
}
