import { describe, expect, it } from 'vitest';
import { analyzeDraft, countGraphemes, RULES } from '../../../lib/draft';
import { LIMITS } from '../../../lib/limits';

const ALL_RULES = [
  'over-limit',
  'too-long',
  'generic-opener',
  'no-hook',
  'pitch',
  'big-ask',
  'self-focused',
  'placeholder',
  'link',
  'lazy-follow-up',
  'pushy',
  'shouting',
  'name-mismatch',
  'weak-subject',
  'wall-of-text',
  'template-similarity',
  'blank-note',
  'limited-language',
];

describe('analyzeDraft report', () => {
  it('RULES lists every rule once, each with a title', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ALL_RULES].sort());
    for (const r of RULES) expect(r.title.length).toBeGreaterThan(0);
  });

  it('counts UTF-16 code units against the limit, and graphemes separately', () => {
    const text = 'Hej Søren 👋🏽 🇩🇰 👨‍👩‍👧‍👦\nsee you at FOSDEM';
    const r = analyzeDraft(text, { surface: 'connection-note', account: 'free' });
    expect(r.count).toBe(text.length);
    expect(r.graphemes).toBe(
      [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length,
    );
    expect(r.graphemes).toBeLessThan(r.count);
    expect(r.limit).toBe(LIMITS.noteFree.value);
    expect(r.remaining).toBe(200 - text.length);
  });

  it('the limit comes from the page when known, else the table by surface and account', () => {
    expect(analyzeDraft('x', { surface: 'connection-note', account: 'premium' }).limit).toBe(300);
    expect(analyzeDraft('x', { surface: 'connection-note' }).limit).toBe(200);
    expect(analyzeDraft('x', { surface: 'connection-note', account: 'free', limit: 300 }).limit).toBe(300);
    expect(analyzeDraft('x', { surface: 'message' }).limit).toBe(8000);
    expect(analyzeDraft('x', { surface: 'inmail-subject' }).limit).toBe(200);
    expect(analyzeDraft('x', { surface: 'inmail-body' }).limit).toBe(2000);
    expect(analyzeDraft('x', { surface: 'comment' }).limit).toBe(1250);
    expect(analyzeDraft('x', { surface: 'post' }).limit).toBe(3000);
  });

  it('computes stats: words, sentences, questions, you vs self, emoji, reading grade', () => {
    const text =
      "Hi Sarah, I really enjoyed your article on AI's impact on supply chains. Your point about forecasting was spot-on 👏🏽. How did you pick the horizon?";
    const { stats } = analyzeDraft(text, { surface: 'message' });
    expect(stats.words).toBe(26);
    expect(stats.sentences).toBe(3);
    expect(stats.questions).toBe(1);
    expect(stats.youCount).toBe(3);
    expect(stats.selfCount).toBe(1);
    expect(stats.emoji).toBe(1);
    expect(stats.readingGrade).toBeGreaterThan(2);
    expect(stats.readingGrade).toBeLessThan(12);
  });

  it('reading grade is null for short texts; "Dr." does not end a sentence', () => {
    expect(analyzeDraft('Hi Zoë, loved the talk!', { surface: 'message' }).stats.readingGrade).toBeNull();
    expect(analyzeDraft('Dear Dr. Chen, your paper was great.', { surface: 'message' }).stats.sentences).toBe(
      1,
    );
  });

  it('counts a ZWJ family and a flag as one emoji each', () => {
    expect(analyzeDraft('👨‍👩‍👧‍👦 🇩🇰 🦀', { surface: 'comment' }).stats.emoji).toBe(3);
  });

  it('preview: the first sentence as an inbox line shows it', () => {
    const r = analyzeDraft('Hi Sarah,\nloved your article on supply chains. More later.', {
      surface: 'message',
    });
    expect(r.preview).toBe('Hi Sarah, loved your article on supply chains.');
  });

  it('preview: a long opening is cut near 80 characters at a word, with an ellipsis', () => {
    const r = analyzeDraft(
      'Hi Zoë, I really enjoyed your FOSDEM talk on reproducible builds with Nix flakes and remote caches in large monorepos. Thanks!',
      { surface: 'message' },
    );
    expect(r.preview.endsWith('…')).toBe(true);
    expect(r.preview.length).toBeLessThanOrEqual(81);
    expect(r.preview.length).toBeGreaterThan(60);
    expect(r.preview).not.toMatch(/\s…$/);
  });

  it('preview never splits an emoji', () => {
    const r = analyzeDraft('👨‍👩‍👧‍👦'.repeat(20), { surface: 'message' });
    expect(r.preview.endsWith('…')).toBe(true);
    expect(r.preview.replace('…', '').length % 11).toBe(0);
  });

  it('spans are UTF-16 offsets of the original text, even after emoji and accents', () => {
    const text = 'Hej Søren 👨‍👩‍👧‍👦🇩🇰, check out https://acme.io/demo';
    const w = analyzeDraft(text, { surface: 'connection-note' }).warnings.find((x) => x.rule === 'link');
    expect(w?.span && text.slice(w.span.start, w.span.end)).toBe('https://acme.io/demo');
  });

  it('countGraphemes: ASCII fast path, CRLF is one, accents and emoji clusters', () => {
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('hello')).toBe(5);
    expect(countGraphemes('a\r\nb')).toBe(3);
    expect(countGraphemes('Zoe\u0301')).toBe(3);
    expect(countGraphemes('Nguyễn 李小龍')).toBe(10);
    expect(countGraphemes('👨‍👩‍👧‍👦🇩🇰👋🏽')).toBe(3);
  });
});

describe('countGraphemes matches Intl.Segmenter', () => {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const atoms = [
    'a',
    ' ',
    '\n',
    '\r\n',
    '\r',
    '\t',
    'é',
    'e\u0301',
    '\u0301',
    'Zoë',
    'Søren',
    'Nguyễn',
    '李小龍',
    'İ',
    '각',
    '\u1100\u1161',
    'ﾃﾞ',
    '👋',
    '👋🏽',
    '👨‍👩‍👧‍👦',
    '🇩🇰',
    '🇸',
    '\u200d',
    '\ufe0f',
    '1️⃣',
    '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    'ก่',
    'क्षि',
    '\u0600',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  it('on 500 random mixes of accents, emoji, scripts and line breaks (up to ~2,000 units)', () => {
    for (let t = 0; t < 500; t++) {
      let s = '';
      const len = Math.floor(random() * 300);
      for (let i = 0; i < len; i++) s += atoms[Math.floor(random() * atoms.length)];
      expect(countGraphemes(s), JSON.stringify(s)).toBe([...seg.segment(s)].length);
    }
  });
});
