// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

const TSX = 'node_modules/.bin/tsx';

function cli(args: string[], input: string) {
  const r = spawnSync(TSX, ['scripts/advise.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LC_ALL: 'C', LANGUAGE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NOW = '2026-03-10T09:00:00Z';
const accepted = {
  contact: { name: 'Ana Silva', degree: 1, acceptedAt: '2026-03-09T10:00:00Z', signals: {} },
  settings: { timeZone: 'Europe/Lisbon' },
};

describe('advise CLI', { timeout: 60_000 }, () => {
  it('prints the advice for one {contact, settings} as JSON', () => {
    const r = cli(['--now', NOW], JSON.stringify(accepted));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const advice = JSON.parse(r.stdout);
    expect(advice).toMatchObject({
      action: 'send-first-message',
      dueAt: '2026-03-11T10:00:00.000Z',
      overdue: false,
      evidence: { figure: 'within 24–48 hours' },
    });
    expect(advice.reason).toContain('Ana accepted on 9 March');
  });

  it('uses --now for overdue', () => {
    const r = cli(['--now', '2026-03-20T09:00:00Z'], JSON.stringify(accepted));
    expect(JSON.parse(r.stdout)).toMatchObject({ action: 'send-first-message', overdue: true });
  });

  it('defaults --now to the current time', () => {
    // Every day a working day, so "due now" is now whatever day the test runs on.
    const everyDay = { workingDays: [0, 1, 2, 3, 4, 5, 6] };
    const r = cli(
      [],
      JSON.stringify({ contact: { name: 'Bo', degree: 3, signals: {} }, settings: everyDay }),
    );
    expect(r.code).toBe(0);
    const advice = JSON.parse(r.stdout);
    expect(advice.action).toBe('send-request-blank');
    expect(Math.abs(Date.parse(advice.dueAt) - Date.now())).toBeLessThan(60_000);
  });

  it('names the field on bad input and exits 2', () => {
    const r = cli(
      ['--now', NOW],
      JSON.stringify({ contact: { name: 'Ana', degree: 2, request: { sentAt: 'last week', note: null } } }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('contact.request.sentAt: expected an ISO date');
  });

  it.each([
    [['--now', 'tomorrow'], JSON.stringify(accepted), '--now: expected an ISO date'],
    [['--now', NOW], '{not json', 'Input is not valid JSON'],
    [['--when', NOW], JSON.stringify(accepted), 'Unknown option --when'],
  ])('rejects %j with exit 2', (args, input, message) => {
    const r = cli(args, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('--jsonl answers each good line with its id, reports bad lines by number, exits 2', () => {
    const lines = [
      JSON.stringify({ id: 'ana', now: NOW, ...accepted }),
      'not json',
      JSON.stringify({ id: 2, now: NOW, contact: { name: 'Bo', degree: 7, signals: {} } }),
      '',
      JSON.stringify({
        id: 'cy',
        contact: {
          name: 'Cy',
          degree: 2,
          request: { sentAt: '2026-02-16T09:00:00Z', note: null },
          signals: {},
        },
      }),
      JSON.stringify({ contact: { name: 'Di', degree: 2, signals: {} } }),
      JSON.stringify({ id: 'ed', now: 'soon', contact: { name: 'Ed', degree: 2, signals: {} } }),
    ];
    const r = cli(['--jsonl', '--now', NOW], lines.join('\n'));
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.action])).toEqual([
      ['ana', 'send-first-message'],
      // No own `now`: --now applies, and the request is 22 days old.
      ['cy', 'withdraw-request'],
    ]);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^line 2: not valid JSON/),
      'line 3: contact.degree: expected 1, 2, 3 or null',
      'line 6: id: missing',
      'line 7: now: expected an ISO date',
    ]);
  });

  it('--jsonl with only good lines exits 0', () => {
    const r = cli(['--jsonl'], `${JSON.stringify({ id: 1, now: NOW, ...accepted })}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 1, action: 'send-first-message' });
  });
});

describe('advise CLI on a tracked record (the extension’s own shape)', { timeout: 60_000 }, () => {
  // Exactly what the dashboard's JSON export holds for one person.
  const record = {
    v: 2,
    id: 'https://www.linkedin.com/in/soren-kierkegaard-nielsen',
    name: 'Søren Kierkegaard-Nielsen',
    profileUrl: 'https://www.linkedin.com/in/soren-kierkegaard-nielsen/',
    degree: 1,
    request: { sentAt: '2026-11-01T09:00:00.000Z', note: null },
    acceptedAt: '2026-11-03T09:00:00.000Z',
    messages: [{ sentAt: '2026-11-04T09:00:00.000Z', kind: 'first' }],
    status: 'accepted',
    signals: {},
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-04T09:00:00.000Z',
  };
  const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Copenhagen' };
  const now = '2026-12-09T10:00:00.000Z';

  it('gives the answer the extension gives: the same function, action, due date and reason', async () => {
    const r = cli(['--now', now], JSON.stringify({ contact: record, settings }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const { nextStep } = await import('../../../lib/tracker/next-step');
    const { dueItemFor } = await import('../../../lib/tracker/reminders');
    const ui = nextStep({ record: record as never }, new Date(now), settings);
    expect(out).toEqual(JSON.parse(JSON.stringify(ui)));
    expect(out).toMatchObject({ action: 'send-follow-up', tracked: true, dueDay: '2026-11-10' });
    // The popup's checklist item for the same record says the same.
    const item = dueItemFor(record as never, new Date(now), settings);
    expect(item).toMatchObject({ action: out.action, dueAt: out.dueAt, reason: out.reason });
  });

  it('merges page facts given with the record, as the background does', () => {
    const facts = {
      name: 'Søren Kierkegaard-Nielsen',
      profileUrl: record.profileUrl,
      thread: { lastBy: 'them', lastAt: '2026-12-09T08:41:00.000Z', precision: 'minute', mine: 1, theirs: 1 },
    };
    const r = cli(['--now', now], JSON.stringify({ contact: record, settings, facts }));
    expect(JSON.parse(r.stdout)).toMatchObject({ action: 'reply', dueAt: '2026-12-10T08:41:00.000Z' });
  });

  it('names a broken record field', () => {
    const r = cli(['--now', now], JSON.stringify({ contact: { ...record, createdAt: 'soon' }, settings }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/createdAt/);
  });
});
