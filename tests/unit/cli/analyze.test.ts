// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'tests/fixtures/draft';

function analyze(args: string[], input = '') {
  const r = spawnSync(TSX, ['scripts/analyze.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    // English output whatever the machine's locale (lang.test.ts covers the others).
    env: { ...process.env, LC_ALL: 'C', LANGUAGE: '' },
    timeout: 30_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe('analyze CLI', { timeout: 60_000 }, () => {
  it('prints a readable report: count/limit, score, warnings with severity, message and evidence', () => {
    const r = analyze(
      ['--surface', 'connection-note', '--recipient', 'Mark Jones'],
      "Hi Sarah, I came across your profile and I'd like to add you to my professional network!!\n",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('connection-note: 89/200 characters, 111 left');
    expect(r.stdout).toMatch(/Score: \d+\/100/);
    expect(r.stdout).toContain('WARN  name-mismatch');
    expect(r.stdout).toContain('WARN  generic-opener');
    expect(r.stdout).toContain('"I came across your profile"');
    expect(r.stdout).toContain(
      'Evidence: blank 55–68% vs generic-note 26–45% acceptance: Generic openers like "I came across your profile"',
    );
    expect(r.stdout).toContain('(Konnector: request or message first)');
  });

  it('--json prints the report as JSON; --file reads the draft from a file', () => {
    const r = analyze([
      '--surface',
      'connection-note',
      '--account',
      'premium',
      '--json',
      '--file',
      `${FIXTURES}/pitchy-note.txt`,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.surface).toBe('connection-note');
    expect(report.limit).toBe(300);
    const rules = report.warnings.map((w: { rule: string }) => w.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['pitch', 'big-ask', 'link', 'shouting', 'generic-opener', 'too-long']),
    );
    expect(report.warnings[0].evidence.seed).toMatch(/\.txt$/);
    expect(report.score).toBeLessThan(50);
  });

  it('--limit and --stage are passed through; a good note has no warnings', () => {
    const r = analyze(
      ['--surface', 'message', '--stage', 'follow-up', '--limit', '120', '--recipient', 'Søren Kierkegaard'],
      'Hej Søren, here is the Nix cache report I mentioned after your FOSDEM talk. Page 3 covers remote builders.',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('message: 106/120 characters, 14 left');
    expect(r.stdout).toContain('No warnings.');
  });

  it('--history flags a near-copy of an earlier note and says which', () => {
    const r = analyze(
      ['--surface', 'connection-note', '--history', `${FIXTURES}/history.jsonl`, '--json'],
      'Hi Nguyễn, I help engineering teams cut their cloud bill by 30% without slowing delivery. Open to connecting?',
    );
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout).warnings.find((x: { rule: string }) => x.rule === 'template-similarity');
    expect(w.message).toMatch(/^This is your note of 2 May 2026 with only the name changed/);
  });

  it('unknown surface: lists the valid ones, exit 2', () => {
    const r = analyze(['--surface', 'dm'], 'hi');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown surface "dm"');
    expect(r.stderr).toContain('connection-note, message, inmail-subject, inmail-body, comment, post');
    expect(r.stdout).toBe('');
  });

  it('missing surface, bad account, bad limit and unknown options are exit 2 with a message', () => {
    expect(analyze([], 'hi').stderr).toContain('Missing --surface');
    const account = analyze(['--surface', 'connection-note', '--account', 'gold'], 'hi');
    expect([account.code, account.stderr]).toEqual([2, expect.stringContaining('unknown account "gold"')]);
    expect(analyze(['--surface', 'message', '--limit', 'lots'], 'hi').code).toBe(2);
    expect(analyze(['--surface', 'message', '--colour'], 'hi').stderr).toContain('Unknown option --colour');
  });

  it('--jsonl: one report per good line with its id; bad lines named on stderr; exit 2', () => {
    const r = analyze(['--jsonl', '--file', `${FIXTURES}/templates.jsonl`]);
    expect(r.code).toBe(2);
    const reports = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports.map((x) => x.id)).toEqual(['good-1', 'generic-2', 'pitch-5', 'subject-8']);
    expect(reports[0].warnings.filter((w: { severity: string }) => w.severity !== 'info')).toEqual([]);
    expect(reports[1].warnings.map((w: { rule: string }) => w.rule)).toEqual(
      expect.arrayContaining(['placeholder', 'generic-opener']),
    );
    expect(reports[2].limit).toBe(8000);
    expect(reports[3].warnings.map((w: { rule: string }) => w.rule)).toContain('weak-subject');
    expect(r.stderr).toContain('line 3: unknown surface "dm"');
    expect(r.stderr).toContain('line 4: not valid JSON');
    expect(r.stderr).toContain('line 7: missing "text"');
    expect(r.stderr).not.toContain('line 6');
  });

  it('--jsonl from stdin with --surface as the default, all good: exit 0', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'Hola Ana, ¡felicidades por el nuevo puesto en Glovo! 🎉',
        recipient: 'Ana Ruiz',
      }),
      JSON.stringify({ id: 'b', text: 'Hi [Name], congrats on the new role!' }),
    ].join('\n');
    const r = analyze(['--jsonl', '--surface', 'connection-note'], input);
    expect(r.code).toBe(0);
    const [a, b] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(a.id).toBe('a');
    expect(b.warnings[0].rule).toBe('placeholder');
  });

  it('--help prints usage', () => {
    const r = analyze(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--surface');
    expect(r.stdout).toContain('--jsonl');
  });
});
