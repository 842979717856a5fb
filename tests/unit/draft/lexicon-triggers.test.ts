/**
 * The lexicons' trigger words (lib/draft/lexicon/trigger.ts) only skip patterns that cannot match:
 * on every text of the corpus and of the rules' tables, any pattern that matches the folded text has
 * one of its trigger words in the text. (Booleans only: no corpus text is printed.)
 */
import { describe, expect, it } from 'vitest';
import { buildInput } from '../../../lib/draft/input';
import { LANGS, lexiconPatterns, mayMatch, type PatternKey } from '../../../lib/draft/lexicon';
import { triggerOf } from '../../../lib/draft/lexicon/trigger';
import { loadCorpus } from '../../corpus/evaluate';

const KEYS: PatternKey[] = [
  'generic',
  'hook',
  'valueAdd',
  'pitch',
  'bigAsk',
  'softAsk',
  'pushy',
  'nudge',
  'nudgeLater',
  'prior',
  'selfIntro',
  'subjectStart',
];

describe('lexicon triggers', () => {
  it('read the first words of most patterns', () => {
    const all = KEYS.flatMap((k) => lexiconPatterns(k, LANGS));
    expect(all.filter((p) => p.trigger !== null).length / all.length).toBeGreaterThan(0.85);
    expect(triggerOf(String.raw`\b(?:i )?(?:hope|trust) (?:this|my) finds you well`)).toEqual({
      words: ['i', 'hope', 'trust'],
      prefixes: [],
    });
    expect(triggerOf(String.raw`\b(?:fest|sonder)preis\b|\bfollow(?:ed)? you`)?.prefixes).toEqual([
      'fest',
      'sonder',
      'follow',
    ]);
    expect(triggerOf(String.raw`\b\d+ ?% off`)).toEqual({ words: [], prefixes: [], digit: true });
    expect(triggerOf(String.raw`[$\u20ac]\s?\d`)?.prefixes).toEqual(['$', '\u20ac']);
    expect(triggerOf(String.raw`\S+ at \d`)).toBeNull();
  });

  it('never skip a pattern that matches a real text', () => {
    const texts = loadCorpus().flatMap((r) => [r.text, r.subject ?? '']);
    const patterns = KEYS.flatMap((k) => lexiconPatterns(k, LANGS)).filter((p) => p.trigger !== null);
    let skippedMatches = 0;
    for (const text of texts) {
      const { folded, words } = buildInput(text, { surface: 'message' });
      for (const p of patterns) if (!mayMatch(p, folded, words) && p.re.test(folded)) skippedMatches++;
    }
    expect(skippedMatches).toBe(0);
  });
});
