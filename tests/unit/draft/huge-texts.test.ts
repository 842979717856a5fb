import { describe, expect, it } from 'vitest';
import { analyzeDraft, countGraphemes, prepareHistory } from '../../../lib/draft';

// Node 20's Intl.Segmenter is quadratic and slower than Chromium's, so no browser-millisecond
// assertions here (npm run bench measures those): only that cost grows about linearly with length.

const PARA =
  'Hi Zoë, loved your FOSDEM talk on Rust 🦀 and the part about async traits. We at Acme build similar tooling; how did you handle the cache? 👨‍👩‍👧‍👦 🇩🇰\n';
const make = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

describe('performance shape', () => {
  it('an 8,000-character analysis costs at most ~60× a 300-character one', () => {
    const short = make(300);
    const long = make(8000);
    // Warm up the JIT and the regex caches.
    for (let i = 0; i < 30; i++) {
      analyzeDraft(short, { surface: 'connection-note' });
      analyzeDraft(long, { surface: 'message' });
    }
    const batch = (text: string, n: number) => () => {
      for (let i = 0; i < n; i++) analyzeDraft(text, { surface: 'message' });
    };
    const tShort = median(batch(short, 40), 7) / 40;
    const tLong = median(batch(long, 4), 7) / 4;
    expect(tLong / tShort).toBeLessThan(60);
  });

  it('similarity against 1,000 stored notes stays about as cheap as the rules', () => {
    const history = prepareHistory(
      Array.from(
        { length: 1000 },
        (_, i) => `Hi person ${i}, I loved your talk number ${i} on Rust and async traits at FOSDEM.`,
      ),
    );
    const short = make(300);
    for (let i = 0; i < 20; i++) analyzeDraft(short, { surface: 'connection-note', history });
    const without = median(() => analyzeDraft(short, { surface: 'connection-note' }), 31);
    const withHistory = median(() => analyzeDraft(short, { surface: 'connection-note', history }), 31);
    expect(withHistory).toBeLessThan(Math.max(without * 20, 5));
  });

  it('a 1 MB paste finishes in under 2 s with an exact count', () => {
    const mb = make(1_000_000);
    const t = performance.now();
    const report = analyzeDraft(mb, { surface: 'message' });
    expect(performance.now() - t).toBeLessThan(2000);
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
  ])('a 1 MB run of %s does not go quadratic', (_label, text) => {
    const t = performance.now();
    analyzeDraft(text, { surface: 'inmail-subject', recipientName: 'Zoë', history: ['a b c d e f g h i'] });
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('grapheme counting on 1 MB of mixed text is exact where it can be checked', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const sample = make(20_000);
    expect(countGraphemes(sample)).toBe([...seg.segment(sample)].length);
    const mb = make(1_000_000);
    const t = performance.now();
    const n = countGraphemes(mb);
    expect(performance.now() - t).toBeLessThan(1500);
    // The paragraph repeats, so the total is the per-paragraph count times the repeats, plus the tail.
    const per = countGraphemes(PARA);
    const whole = Math.floor(1_000_000 / PARA.length);
    expect(n).toBe(per * whole + countGraphemes(mb.slice(whole * PARA.length)));
  });
});

describe('huge pastes', () => {
  it('a 1 MB paste is analysed from its first 20,000 characters, with the full count and the right cut', () => {
    const text = 'Great thread on ranking losses, Zoë 👋. '.repeat(26_000);
    const start = performance.now();
    const report = analyzeDraft(text, { surface: 'message' });
    const elapsed = performance.now() - start;
    expect(report.count).toBe(text.length);
    expect(report.remaining).toBe(8000 - text.length);
    const over = report.warnings.find((w) => w.rule === 'over-limit');
    expect(over?.message).toContain(`Cut ${(text.length - 8000).toLocaleString('en-US')} characters`);
    expect(elapsed).toBeLessThan(1500);
  });
});
