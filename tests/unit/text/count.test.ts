import { describe, expect, it } from 'vitest';
import { countGraphemes, countText, normalizeNewlines } from '../../../lib/text/count';

describe('countText: what LinkedIn counts (UTF-16 units) and what people see (graphemes)', () => {
  it.each([
    ['plain ASCII', 'Hello Ana', 9, 9],
    ['empty', '', 0, 0],
    ['emoji counts 2', 'Hi 😀', 5, 4],
    ['ZWJ family is one grapheme of 11 units', '👨‍👩‍👧‍👦', 11, 1],
    ['flag is 4 units', '🇺🇸', 4, 1],
    ['two flags', '🇺🇸🇬🇧', 8, 2],
    ['combining accent: 2 units, 1 grapheme', 'e\u0301', 2, 1],
    ['precomposed accent: 1 unit', 'é', 1, 1],
    ['CRLF counts as one line break', 'a\r\nb', 3, 3],
    ['lone CR counts as one line break', 'a\rb', 3, 3],
    ['LF is one', 'line1\nline2', 11, 11],
    ['skin-tone modifier', '👍🏽', 4, 1],
    ['CJK is one unit each', '李小龍', 3, 3],
    ['astral CJK is two units', '𠮷', 2, 1],
    ['keycap', '1️⃣', 3, 1],
  ])('%s', (_name, text, units, graphemes) => {
    expect(countText(text)).toEqual({ units, graphemes });
  });

  it('normalises line breaks like a textarea value', () => {
    expect(normalizeNewlines('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  // How fast: npm run bench (area scaling, and the 1 MB paste in area analysis).
  it('counts a 1 MB text exactly', () => {
    const chunk = 'Zoë said 😀 hi.\n';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const { units, graphemes } = countText(text);
    expect(units).toBe(text.length);
    expect(graphemes).toBe((chunk.length - 1) * (text.length / chunk.length));
  });

  it('graphemes equal units for ASCII without CRLF', () => {
    expect(countGraphemes('abc def')).toBe(7);
  });
});
