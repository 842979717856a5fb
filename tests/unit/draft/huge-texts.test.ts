/**
 * Huge texts: a 1 MB paste is counted exactly and analysed from its start, and runs of one kind of
 * character finish with the right answer. How fast (and that cost grows about linearly with length)
 * is measured by `npm run bench` (area scaling; in-browser milliseconds in area analysis).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft, countGraphemes } from '../../../lib/draft';

const PARA =
  'Hi Zoë, loved your FOSDEM talk on Rust 🦀 and the part about async traits. We at Acme build similar tooling; how did you handle the cache? 👨‍👩‍👧‍👦 🇩🇰\n';
const make = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

describe('1 MB texts', () => {
  it('a 1 MB paste gets an exact count and the over-limit warning first', { timeout: 30_000 }, () => {
    const mb = make(1_000_000);
    const report = analyzeDraft(mb, { surface: 'message' });
    expect(report.count).toBe(1_000_000);
    expect(report.remaining).toBe(8000 - 1_000_000);
    expect(report.warnings[0]?.rule).toBe('over-limit');
  });

  it.each([
    ['dots', 'a.'.repeat(500_000)],
    ['hyphens', 'a-'.repeat(500_000)],
    ['capitals', 'ABCD '.repeat(200_000)],
    ['flags', '🇩🇰'.repeat(250_000)],
    ['combining accents', 'e\u0301'.repeat(500_000)],
    ['ideographs', '李小龍你好我很喜歡你的演講。'.repeat(70_000)],
  ])(
    'a 1 MB run of %s finishes with the count over the subject limit',
    { timeout: 30_000 },
    (_label, text) => {
      const report = analyzeDraft(text, {
        surface: 'inmail-subject',
        recipientName: 'Zoë',
        history: ['a b c d e f g h i'],
      });
      expect(report.remaining).toBeLessThan(0);
      expect(report.warnings.map((w) => w.rule)).toContain('over-limit');
    },
  );

  it('grapheme counting on 1 MB of mixed text is exact where it can be checked', { timeout: 30_000 }, () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const sample = make(20_000);
    expect(countGraphemes(sample)).toBe([...seg.segment(sample)].length);
    const mb = make(1_000_000);
    const n = countGraphemes(mb);
    // The paragraph repeats, so the total is the per-paragraph count times the repeats, plus the tail.
    const per = countGraphemes(PARA);
    const whole = Math.floor(1_000_000 / PARA.length);
    expect(n).toBe(per * whole + countGraphemes(mb.slice(whole * PARA.length)));
  });

  it('a 1 MB paste is analysed from its first 20,000 characters, with the full count and the right cut', {
    timeout: 30_000,
  }, () => {
    const text = 'Great thread on ranking losses, Zoë 👋. '.repeat(26_000);
    const report = analyzeDraft(text, { surface: 'message' });
    expect(report.count).toBe(text.length);
    expect(report.remaining).toBe(8000 - text.length);
    const over = report.warnings.find((w) => w.rule === 'over-limit');
    expect(over?.message).toContain(`Cut ${(text.length - 8000).toLocaleString('en-US')} characters`);
  });
});
