/**
 * The text the lexicons read: lower case, accents and curly apostrophes folded to ASCII, line breaks
 * and tabs as spaces, and the SAME
 * LENGTH as the input, so a match index is an index in the user's text. Folding makes one pattern
 * serve "reunião" and "reuniao", "você" and "voce" (people drop accents when they type fast), and
 * lets every lexicon use plain ASCII \b word boundaries.
 */

const FOLD: Record<string, string> = {
  ß: 's',
  æ: 'a',
  ø: 'o',
  œ: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 't',
};
// Latin-1 Supplement and Latin Extended-A letters with a base letter, computed once (about 150).
for (let c = 0xc0; c <= 0x17f; c++) {
  const ch = String.fromCharCode(c);
  if (ch in FOLD || ch !== ch.toLowerCase()) continue;
  const base = ch.normalize('NFD').charAt(0);
  if (base !== ch && base >= 'a' && base <= 'z') FOLD[ch] = base;
}
FOLD['\u2019'] = "'"; // ’
// Line breaks, tabs and no-break spaces read as one space: a phrase broken over two lines is still
// the phrase ("our robotics⏎solutions").
for (const ws of ['\n', '\r', '\t', '\u00a0', '\u2007', '\u202f', '\u2009']) FOLD[ws] = ' ';
FOLD['\u2018'] = "'"; // ‘
FOLD['\u02bc'] = "'"; // ʼ

const FOLDABLE = /[\u00c0-\u017f\u2018\u2019\u02bc\n\r\t\u00a0\u2007\u202f\u2009]/g;
const ANY_FOLDABLE = /[\u00c0-\u017f\u2018\u2019\u02bc\n\r\t\u00a0\u2007\u202f\u2009]/;

const RUN = / {2,}/g;
const HAS_RUN = / {2}/;

/**
 * `lower` must already be lower case (lowerSameLength). Same length out. A run of spaces (a line
 * break after a space, a blank line) keeps only its last space and fills the rest with "·", so the
 * lexicons' single spaces still match across it and words stay whole.
 */
export function foldSameLength(lower: string): string {
  const folded = ANY_FOLDABLE.test(lower) ? lower.replace(FOLDABLE, (c) => FOLD[c] ?? c) : lower;
  return HAS_RUN.test(folded) ? folded.replace(RUN, (run) => `${'\u00b7'.repeat(run.length - 1)} `) : folded;
}
