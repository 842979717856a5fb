import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../../lib/draft/tokenizer';

// The token definition as a regex: letters/digits with marks, contractions kept whole ("I'd",
// "you’re"), a run of ideographs one token. tokenize() must give exactly these tokens, faster.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function tokenizeByRegex(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

import { rng } from '../../random';

const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '\n',
  "'",
  '’',
  '-',
  '.',
  ',',
  '!',
  '?',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'Ø',
  'ñ',
  '李',
  '小龍',
  'Дмитрий',
  'ş',
  'ğ',
  'ı',
  'ỹ',
  '👋',
  '👨‍👩‍👧',
  '🇩🇪',
  '1️⃣',
  '\u0301',
  '\u200d',
  'ﬁ',
  '𝒜',
  '𠀀',
  'ا',
  'ب',
  'ة',
  '\u064b',
  'क',
  '\u093f',
  'ไ',
  'ท',
  'ย',
  '\t',
  '_',
  '#',
  '@',
  '"',
  '«',
  '»',
  "don't",
  'you’re',
  "rock 'n' roll",
  "'quoted'",
  'O’Brien',
];

describe('tokenize gives exactly the regex tokeniser’s tokens', () => {
  it.each([
    ['plain note', "Hi Zoë, your talk at Config stuck with me 🙂 We're rebuilding the design system."],
    ['apostrophes', "I'd love it — you’re right, rock 'n' roll, 'quoted', don''t, end'"],
    ['marks and scripts', 'José Núñez, e\u0301cole, Nguyễn Thị Minh Khai, 李小龍, Дмитрий, ﺍﻟﺴﻼﻡ, हिन्दी'],
    ['astral letters', '𝒜𝒷𝒸 𠀀𠀁 and 👨‍👩‍👧 family'],
    ['empty', ''],
  ])('%s', (_, text) => {
    expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });

  it('on 3,000 random mixes of letters, marks, apostrophes, emoji and scripts', () => {
    const next = rng(7);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = Math.floor(next() * 30);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(tokenizeByRegex(text));
    }
  });
});
