import { describe, expect, it } from 'vitest';
import { countGraphemes } from '../../../lib/text/graphemes';
import { rng } from '../../random';

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string) => [...SEGMENTER.segment(text)].length;

// Emoji of every shape the fast paths must tell apart, with the text around them.
const PIECES = [
  'a',
  ' ',
  'Hi',
  '\n',
  '\r\n',
  '.',
  'é',
  'e\u0301',
  'ñ',
  '李',
  'Д',
  'ق',
  '\u0301',
  '🙂',
  '👍',
  '👍🏽',
  '🏽',
  '❤️',
  '❤',
  '\uFE0F',
  '‼️',
  '©',
  '™',
  '☺',
  '✌🏿',
  '👨‍👩‍👧',
  '\u200d',
  '🏳️‍🌈',
  '🇩🇪',
  '🇫',
  '1️⃣',
  '#️⃣',
  '🧑🏻‍💻',
  '👩‍❤️‍👨',
  '🫶🏼',
];

describe('countGraphemes agrees with Intl.Segmenter', () => {
  it.each([
    ['a lone emoji in a note', 'Hi Zoë, your talk stuck with me 🙂 thanks'],
    ['skin tones and variation selectors', 'Great 👍🏽 ❤️ ✌🏿 done'],
    ['emoji next to each other', '🙂🙂👍🏽❤️'],
    ['joiners, flags and keycaps', 'family 👨‍👩‍👧 flag 🇩🇪 key 1️⃣ coder 🧑🏻‍💻'],
    ['a stray skin tone', 'x🏽 and 🏽'],
  ])('%s', (_, text) => {
    expect(countGraphemes(text)).toBe(reference(text));
  });

  it('on 5,000 random mixes of text and emoji', () => {
    const next = rng(11);
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const len = Math.floor(next() * 12);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(countGraphemes(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
