// @vitest-environment node
/** Issue 18: the stats command's byWarning, from a tracker where acceptance follows the note's warnings. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const NOW = ['--now', '2026-03-05T12:00:00Z'];

function stats(args: string[]) {
  const r = spawnSync(TSX, ['scripts/stats.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LC_ALL: 'C', LANGUAGE: '' },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

interface WarningRow {
  warning: string;
  sent: number;
  accepted: number;
  acceptanceRate: number | null;
  acceptanceCi95: [number, number] | null;
  replied: number;
  replyRate: number | null;
  tooFewToJudge: boolean;
  seedFigure: { range: [number, number]; evidence: string } | null;
  seedPosition: string | null;
  cites: string | null;
}

// coaching.csv (tests/unit/insight/coaching-fixture.ts): no warning 60 sent / 36 accepted / 12 replied,
// a pitch 40 / 8 / 2, a generic opener 30 / 2 / 1, blank 40 / 36 / 6, both warnings 6 / 1 / 0.
describe('stats CLI: byWarning', { timeout: 60_000 }, () => {
  it('--json: one entry per group with the required fields; a note with two warnings counts in both', () => {
    const r = stats(['--csv', 'tests/fixtures/insight/coaching.csv', '--json', ...NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      byWarning: WarningRow[];
      byWarningComparison: { significant: boolean; message: string };
      evidence: Record<string, unknown>;
    };
    expect(doc.byWarning.map((g) => [g.warning, g.sent, g.accepted, g.replied])).toEqual([
      ['none', 60, 36, 12],
      ['blank', 40, 36, 6],
      ['pitch', 46, 9, 2],
      ['generic-opener', 36, 3, 1],
    ]);
    for (const g of doc.byWarning)
      for (const k of ['acceptanceRate', 'acceptanceCi95', 'replyRate'] as const) expect(g).toHaveProperty(k);
    const pitch = doc.byWarning[2] as WarningRow;
    expect(pitch.acceptanceRate).toBeCloseTo(9 / 46, 12);
    expect(pitch.acceptanceCi95?.[0]).toBeCloseTo(0.106505, 5);
    expect(pitch.acceptanceCi95?.[1]).toBeCloseTo(0.331715, 5);
    expect(pitch.replyRate).toBeCloseTo(2 / 9, 12);
    expect(pitch.cites).toBe('noPitch');
    expect(pitch.seedFigure).toBeNull();
    expect(doc.byWarning[1]).toMatchObject({
      seedFigure: { range: [0.55, 0.68], evidence: 'blankBeatsGeneric' },
      seedPosition: 'better',
    });
    expect(doc.byWarning[3]).toMatchObject({ seedPosition: 'worse' });
    expect(doc.byWarningComparison.significant).toBe(true);
    expect(doc.byWarningComparison.message).toMatch(/^“No warning”’s acceptance is higher \(60% vs 8%\)/);
    expect(doc.evidence).toHaveProperty('blankBeatsGeneric');
    expect(doc.evidence).toHaveProperty('genericOpener');
  });

  it('text: the same table, the article’s figures and the strongest difference', () => {
    const r = stats(['--csv', 'tests/fixtures/insight/coaching.csv', ...NOW]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('By what the coach says about the note');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}Warning +Sent +Accepted +Acceptance \(95% CI\) +Replied +Reply rate/);
    expect(lines[at + 2]).toMatch(/^ {2}none +60 +36 +60% \(47–71%\) +12 +33% \(20–50%\)/);
    expect(lines[at + 4]).toMatch(/^ {2}pitch +46 +9 +20% \(11–33%\)/);
    expect(r.stdout).toContain('For you, blank requests do better than the article’s figure: 90% accepted');
    expect(r.stdout).toContain('For you, notes with a generic opener do worse than the article’s figure');
    expect(r.stdout).toMatch(/only below p = 0\.017 \(0\.05 ÷ 3\)\.\n$/);
  });

  it('too few: the groups are marked and the section says it is too early', () => {
    const r = stats(['--csv', 'tests/fixtures/insight/tracker.csv', ...NOW]);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('By what the coach says about the note'));
    expect(section).toMatch(/\n {2}blank +5 +2 +40% \(12–77%\).*too few to judge\n/);
    expect(section).toContain('Too few sends to tell: 78 and 5; collect at least 25 of each');
  });
});
