// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'tests/fixtures/insight';
const NOW = ['--now', '2026-03-05T12:00:00Z'];

function stats(args: string[], input = '') {
  const r = spawnSync(TSX, ['scripts/stats.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    // English output whatever the machine's locale (lang.test.ts covers the others).
    env: { ...process.env, LC_ALL: 'C', LANGUAGE: '' },
    timeout: 30_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const REQUIRED = [
  'key',
  'sent',
  'accepted',
  'acceptanceRate',
  'acceptanceCi95',
  'replied',
  'replyRate',
  'replyCi95',
] as const;

type Group = Record<(typeof REQUIRED)[number], unknown> & Record<string, unknown>;

// tracker.csv: v1-generic 40 sent / 10 accepted / 2 replied (20 founders, 20 recruiters);
// v2-question 30 / 15 / 5 (founders); v3-short 8 / 3 / 1 (recruiters); 5 unlabelled / 2 / 0.
describe('stats CLI', { timeout: 60_000 }, () => {
  it('--json: byVersion and byAudience with the required fields and Wilson intervals', () => {
    const r = stats(['--csv', `${FIXTURES}/tracker.csv`, '--json', ...NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      byVersion: Group[];
      byAudience: Group[];
      comparison: Group;
      sends: number;
    };
    expect(doc.sends).toBe(83);
    for (const g of [...doc.byVersion, ...doc.byAudience])
      for (const k of REQUIRED) expect(g, `${String(g.key)} has ${k}`).toHaveProperty(k);
    expect(doc.byVersion.map((g) => [g.key, g.sent, g.accepted, g.replied])).toEqual([
      ['v1-generic', 40, 10, 2],
      ['v2-question', 30, 15, 5],
      ['v3-short', 8, 3, 1],
      ['(no label)', 5, 2, 0],
    ]);
    const v1 = doc.byVersion[0] as Group;
    expect(v1.acceptanceRate).toBe(0.25);
    const [lo, hi] = v1.acceptanceCi95 as [number, number];
    expect(lo).toBeCloseTo(0.14187, 5);
    expect(hi).toBeCloseTo(0.401943, 5);
    expect(v1.replyRate).toBe(0.2);
    expect((v1.replyCi95 as number[])[0]).toBeCloseTo(0.056681, 5);
    expect(v1.medianDaysToAccept).toBe(2);
    expect(v1.medianDaysToFirstReply).toBe(2);
    expect(v1.tooFewToJudge).toBe(false);
    expect(doc.byVersion[2]?.tooFewToJudge).toBe(true);
    const noLabel = doc.byVersion[3] as Group;
    expect(noLabel.replyRate).toBe(0);
    expect((noLabel.replyCi95 as number[])[1]).toBeCloseTo(0.657628, 5);
    expect(doc.byAudience.map((g) => [g.key, g.sent, g.accepted, g.replied])).toEqual([
      ['founders', 50, 20, 6],
      ['recruiters', 28, 8, 2],
      ['(no label)', 5, 2, 0],
    ]);
    expect(doc.comparison.significant).toBe(true);
    expect(doc.comparison.audienceMixNote).toMatch(/went to different audiences/);
    expect((doc as unknown as { evidence: Record<string, unknown> }).evidence).toHaveProperty(
      'measure25to50',
    );
  });

  it('prints a readable table per version and per audience, with intervals and "too few to judge"', () => {
    const r = stats(['--csv', `${FIXTURES}/tracker.csv`, ...NOW]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain('83 connection requests in tests/fixtures/insight/tracker.csv.');
    expect(out).toContain('By version');
    expect(out).toContain('By audience');
    expect(out).toMatch(/v1-generic\s+40\s+10\s+25% \(14–40%\)\s+2\s+20% \(6–51%\)\s+2\.0/);
    expect(out).toMatch(/v3-short\s+8\s+3\s+38% \(14–69%\).*too few to judge/);
    expect(out).toMatch(/founders\s+50\s+20\s+40% \(28–54%\)/);
    expect(out).toContain(
      '“v2-question”’s acceptance is higher (50% vs 25%), and the difference is unlikely to be chance',
    );
    expect(out).toContain('v3-short: Too few to judge: 8 sends so far (3 accepted).');
  });

  it('--by version (or audience) prints only that table; "-" reads standard input', () => {
    const text = readFileSync(resolve(ROOT, FIXTURES, 'tracker.csv'), 'utf8');
    const r = stats(['--csv', '-', '--by', 'audience', '--json', ...NOW], text);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.byAudience).toHaveLength(3);
    expect(doc.byVersion).toBeUndefined();
    const t = stats(['--csv', `${FIXTURES}/tracker.csv`, '--by', 'version', ...NOW]);
    expect(t.stdout).toContain('By version');
    expect(t.stdout).not.toContain('By audience');
  });

  it('a header-only file: no sends, empty groups', () => {
    const r = stats(['--csv', `${FIXTURES}/header-only.csv`, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sends: 0, byVersion: [], byAudience: [], comparison: null });
    expect(stats(['--csv', `${FIXTURES}/header-only.csv`]).stdout).toContain('No requests to count yet');
  });

  it('bad input names the row and field, exit 2', () => {
    const bad = stats(['--csv', `${FIXTURES}/bad-date.csv`]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(
      'bad-date.csv: row 3, sent_at: "2026-02-30T09:00:00Z" is not a date we can read',
    );
    const header = stats(['--csv', `${FIXTURES}/bad-header.csv`, '--json']);
    expect(header.code).toBe(2);
    expect(header.stdout).toBe('');
    expect(header.stderr).toBe(
      'tests/fixtures/insight/bad-header.csv: no column for the LinkedIn profile URL (profile_url). Columns found: "name", "audience", "version", "sent_at", "status". Name the column "profile_url" (or "LinkedIn URL") and the name "name".\n',
    );
  });

  it('reads another dialect of the same sheet (semicolons, BOM, CRLF, day-first dates, other headers) to the same figures', () => {
    const text = readFileSync(resolve(ROOT, FIXTURES, 'tracker.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    // ISO instants on the UTC wall clock, written the European way: 02/02/2026 09:00.
    const eu = (iso: string) =>
      iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}` : '';
    const STATUS: Record<string, string> = {
      pending: 'Ausstehend',
      accepted: 'Angenommen',
      replied: 'Geantwortet',
      withdrawn: 'Zurückgezogen',
      '': '',
    };
    const sheet = [
      'Name;LinkedIn-Profil;Zielgruppe;Vorlage;Gesendet am;Nachricht;Status;Angenommen am;Erste Nachricht;Antwort am;Zurückgezogen am;Firma',
      ...rows.map((r) =>
        [
          r.name,
          r.profile_url,
          r.audience,
          r.version,
          eu(r.sent_at as string),
          `"${(r.note as string).replace(/"/g, '""')}"`,
          STATUS[r.status as string] ?? r.status,
          eu(r.accepted_at as string),
          eu(r.first_message_at as string),
          eu(r.replied_at as string),
          eu(r.withdrawn_at as string),
          'ACME',
        ].join(';'),
      ),
    ].join('\r\n');
    const r = stats(['--csv', '-', '--json', ...NOW], `\uFEFF${sheet}\r\n`);
    expect(r.stderr).toBe('standard input: ignored column "Firma"\n');
    expect(r.code).toBe(0);
    const ours = JSON.parse(stats(['--csv', `${FIXTURES}/tracker.csv`, '--json', ...NOW]).stdout);
    const theirs = JSON.parse(r.stdout);
    expect(theirs.byVersion).toEqual(ours.byVersion);
    expect(theirs.byAudience).toEqual(ours.byAudience);
    expect(theirs.sends).toBe(83);
  });

  it('--dates answers the day/month question a file cannot; without it, exit 2 names the column', () => {
    const sheet =
      'Name,LinkedIn URL,Date Sent,Accepted\nAna,https://www.linkedin.com/in/ana,03/04/2026,yes\nBo,https://www.linkedin.com/in/bo,03/05/2026,no\n';
    const ask = stats(['--csv', '-', ...NOW], sheet);
    expect(ask.code).toBe(2);
    expect(ask.stderr).toBe(
      'standard input: dates such as "03/04/2026" (column "Date Sent", row 2) could be day/month or month/day, and no date in the file tells. Run again with --dates dmy (day first) or --dates mdy (month first).\n',
    );
    const dmy = stats(['--csv', '-', '--json', '--dates', 'dmy', ...NOW], sheet);
    expect(dmy.code).toBe(0);
    expect(JSON.parse(dmy.stdout).byVersion[0]).toMatchObject({ sent: 2, accepted: 1 });
    expect(stats(['--csv', '-', '--dates', 'ymd'], sheet).stderr).toContain('--dates: "ymd" is not dmy');
  });

  it('bad options: exit 2 with a message', () => {
    const none = stats([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--csv FILE');
    const by = stats(['--csv', `${FIXTURES}/tracker.csv`, '--by', 'week']);
    expect(by.code).toBe(2);
    expect(by.stderr).toContain('--by: "week" is not one of version, audience, both');
    const missing = stats(['--csv', `${FIXTURES}/nope.csv`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(stats(['--csv', `${FIXTURES}/tracker.csv`, '--tz', 'Mars/Base']).code).toBe(2);
  });
});
