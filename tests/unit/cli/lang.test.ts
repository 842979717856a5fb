// @vitest-environment node
/**
 * The command-line tools speak the language a command-line user set: LC_ALL, LC_MESSAGES, LANG (in
 * that order), LANGUAGE's list first unless the locale is C, English for C/POSIX and for languages
 * we do not ship. The rule ids, the JSON keys and the user's quoted words stay as they are.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFromEnv } from '../../../scripts/io';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], env: Record<string, string>, input = '') {
  const clean = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', LANGUAGE: '' };
  const r = spawnSync(TSX, [`scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...clean, ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const NOTE = "Hi Sarah, I came across your profile and I'd like to add you to my professional network!!\n";

describe('the language of the tools’ output', () => {
  it.each([
    [{ LANG: 'de_DE.UTF-8' }, 'de'],
    [{ LANG: 'de_AT.UTF-8' }, 'de'],
    [{ LANG: 'fr_CA.UTF-8' }, 'fr'],
    [{ LANG: 'es_MX' }, 'es'],
    [{ LANG: 'pt_BR.UTF-8' }, 'pt_BR'],
    [{ LANG: 'pt_PT.UTF-8' }, 'en'],
    [{ LANG: 'ja_JP.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'es_ES.UTF-8' }, 'es'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'pt_BR:fr' }, 'pt_BR'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'it:fr' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'it' }, 'de'],
    [{ LC_ALL: 'C', LANGUAGE: 'de' }, 'en'],
    [{ LANG: 'de_DE@euro' }, 'de'],
  ])('%j → %s', (env, want) => {
    expect(languageFromEnv(env)).toBe(want);
  });

  it('analyze: German report lines and advice, English rule ids and the note quoted as written', {
    timeout: 60_000,
  }, () => {
    const r = run(
      'analyze',
      ['--surface', 'connection-note', '--recipient', 'Mark Jones'],
      { LANG: 'de_DE.UTF-8' },
      NOTE,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('connection-note: 89/200 Zeichen, noch 111');
    expect(r.stdout).toMatch(/Bewertung: \d+\/100/);
    expect(r.stdout).toContain('WARNUNG name-mismatch: Prüfen Sie den Namen');
    expect(r.stdout).toContain('„I came across your profile“');
    expect(r.stdout).toContain('bei 10-36: "I came across your profile"');
    expect(r.stdout).not.toMatch(/\b(Score|Stats|Evidence|warnings?):/);
  });

  it('analyze --json: the messages follow LANG, the keys do not', { timeout: 60_000 }, () => {
    const r = run('analyze', ['--surface', 'connection-note', '--json'], { LANG: 'fr_FR.UTF-8' }, NOTE);
    const report = JSON.parse(r.stdout);
    const opener = report.warnings.find((w: { rule: string }) => w.rule === 'generic-opener');
    expect(opener.message).toContain('«\u202fI came across your profile\u202f»');
    expect(report.surface).toBe('connection-note');
  });

  it('stats: Spanish tables and verdicts, numbers the Spanish way', { timeout: 60_000 }, () => {
    const r = run('stats', ['--csv', 'tests/fixtures/insight/tracker.csv', '--now', '2026-03-05T12:00:00Z'], {
      LANG: 'es_ES.UTF-8',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^\d+ invitaciones en tests\/fixtures\/insight\/tracker\.csv\. Tasas con intervalos de Wilson del 95\s%/,
    );
    expect(r.stdout).toContain('Por versión');
    expect(r.stdout).toMatch(/Aceptación \(IC 95\s%\)/);
    expect(r.stdout).toMatch(/\d+\u00a0% \(\d+–\d+\u00a0%\)/);
    expect(r.stdout).not.toMatch(/\b(Sent|Accepted|Replied|By version|too few to judge)\b/);
  });

  it('advise: the reason in Brazilian Portuguese, the action id as it is', { timeout: 60_000 }, () => {
    const input = JSON.stringify({
      contact: { name: 'Ana Silva', degree: 2, request: { sentAt: '2026-03-01', note: null } },
      settings: { timeZone: 'UTC' },
    });
    const r = run('advise', ['--now', '2026-03-05T12:00:00Z'], { LANG: 'pt_BR.UTF-8' }, input);
    expect(r.code).toBe(0);
    const advice = JSON.parse(r.stdout);
    expect(advice.action).toBe('wait');
    expect(advice.reason).toMatch(/convite/);
    expect(advice.reason).toMatch(/\d+ de março/);
  });
});
