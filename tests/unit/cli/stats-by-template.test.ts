// @vitest-environment node
/** Issue 19: the stats command's byTemplate, from a tracker where three templates were filled in again and again. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wilson } from '../../../lib/insight/stats';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const NOW = ['--now', '2026-03-05T12:00:00Z'];
const CSV = 'tests/fixtures/insight/templates.csv';

function stats(args: string[]) {
  const r = spawnSync(TSX, ['scripts/stats.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

interface TemplateRow {
  template: string;
  sent: number;
  accepted: number;
  acceptanceRate: number | null;
  acceptanceCi95: [number, number] | null;
  replied: number;
  replyRate: number | null;
}

// templates.csv (tests/unit/insight/templates-fixture.ts): an English template 40 sent / 20 accepted /
// 8 replied, a German one 30 / 6 / 1, a recruiter one 12 / 2 / 0, 16 notes written once, 10 blank.
describe('stats CLI: byTemplate', { timeout: 60_000 }, () => {
  it('--json: one entry per template with its text and the required fields', () => {
    const r = stats(['--csv', CSV, '--json', ...NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).byTemplate as TemplateRow[];
    expect(rows.map((g) => [g.sent, g.accepted, g.replied])).toEqual([
      [40, 20, 8],
      [30, 6, 1],
      [12, 2, 0],
    ]);
    for (const g of rows) {
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining([
          'template',
          'sent',
          'accepted',
          'acceptanceRate',
          'acceptanceCi95',
          'replied',
          'replyRate',
        ]),
      );
      expect(g.acceptanceRate).toBe(g.accepted / g.sent);
      expect(g.acceptanceCi95).toEqual(wilson(g.accepted, g.sent));
      expect(g.replyRate).toBe(g.accepted ? g.replied / g.accepted : null);
    }
    expect(rows[0]?.template).toBe(
      "Hi […], loved your talk at […] on […]. I'm working on the same problem at […] and would be glad to compare notes. Would be great to connect!",
    );
    expect(rows[1]?.template).toMatch(
      /^Hallo \[…\], ich habe Ihren Vortrag auf der \[…\] über \[…\] gesehen/,
    );
  });

  it('text: the table by template, the notes written once, and each template’s text', () => {
    const r = stats(['--csv', CSV, ...NOW]);
    expect(r.code).toBe(0);
    const out = r.stdout.slice(r.stdout.indexOf('By template'));
    expect(out).toMatch(/Template 1\s+40\s+20\s+50% \(35–65%\)\s+8\s+40% \(22–61%\)/);
    expect(out).toMatch(/Template 3\s+12\s+2\s+17% \(5–45%\).*too few to judge/);
    expect(out).toMatch(/Written once\s+16\s+12\s+75% \(51–90%\)/);
    expect(out).toContain('Template 2, 30 sent, 5 wordings: Hallo […], ich habe Ihren Vortrag');
  });

  it('the version sheet: its name-swapped notes are templates too, with their version in the label', () => {
    const r = stats(['--csv', 'tests/fixtures/insight/tracker.csv', '--json', ...NOW]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).byTemplate as (TemplateRow & { label: string })[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.template).toMatch(/^Hi \[…\], /);
    expect(rows.reduce((n, g) => n + g.sent, 0)).toBeLessThanOrEqual(JSON.parse(r.stdout).sends);
  });
});
