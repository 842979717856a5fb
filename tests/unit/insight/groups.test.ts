import { describe, expect, it } from 'vitest';
import { groupStats, MIN_SENDS, NO_LABEL, overallStats } from '../../../lib/insight/groups';
import { acceptanceVsHealthy, replyVsHealthy } from '../../../lib/insight/health';
import { batch, contact, req } from './helpers';

describe('groupStats', () => {
  it('no contacts, or contacts without a request → no groups', () => {
    expect(groupStats([], { by: 'version' })).toEqual([]);
    const connected = contact('already', { degree: 1, status: 'none', version: 'v1' });
    expect(groupStats([connected], { by: 'version' })).toEqual([]);
    const o = overallStats([]);
    expect(o.sent).toBe(0);
    expect(o.acceptanceRate).toBeNull();
    expect(o.acceptanceCi95).toBeNull();
    expect(o.replyRate).toBeNull();
    expect(o.verdict).toBe('No requests tracked for your requests yet.');
  });

  it('one send: a group of one, too few to judge, reply rate null until something is accepted', () => {
    const [g] = groupStats([req('solo', '2026-03-01', { version: 'v1' })], { by: 'version' });
    expect(g).toMatchObject({
      key: 'v1',
      labelled: true,
      sent: 1,
      accepted: 0,
      acceptanceRate: 0,
      replied: 0,
      replyRate: null,
      replyCi95: null,
      medianDaysToAccept: null,
      medianDaysToFirstReply: null,
      tooFewToJudge: true,
    });
    expect(g?.acceptanceCi95?.[0]).toBe(0);
    expect(g?.acceptanceCi95?.[1]).toBeCloseTo(0.793457, 5);
    expect(g?.verdict).toMatch(/^Too few to judge: 1 send so far \(0 accepted\)\. Collect at least 25/);
  });

  it('counts per version with Wilson intervals; reply rate is replies over accepted', () => {
    const contacts = [
      ...batch('a', 40, 10, 2, { version: 'v1' }),
      ...batch('b', 30, 15, 5, { version: 'v2' }),
    ];
    const [v1, v2] = groupStats(contacts, { by: 'version' });
    expect(v1).toMatchObject({ key: 'v1', sent: 40, accepted: 10, replied: 2, tooFewToJudge: false });
    expect(v1?.acceptanceRate).toBe(0.25);
    expect(v1?.acceptanceCi95?.[0]).toBeCloseTo(0.14187, 5);
    expect(v1?.acceptanceCi95?.[1]).toBeCloseTo(0.401943, 5);
    expect(v1?.replyRate).toBe(0.2);
    expect(v1?.replyCi95?.[0]).toBeCloseTo(0.056681, 5);
    expect(v1?.replyCi95?.[1]).toBeCloseTo(0.509843, 5);
    expect(v2).toMatchObject({ key: 'v2', sent: 30, accepted: 15, replied: 5 });
    expect(v2?.replyRate).toBeCloseTo(1 / 3, 12);
  });

  it('exactly 25 sends is enough to judge; 24 is not', () => {
    expect(MIN_SENDS).toBe(25);
    const [g24] = groupStats(batch('x', 24, 8, 2, { version: 'v' }), { by: 'version' });
    const [g25] = groupStats(batch('y', 25, 8, 2, { version: 'v' }), { by: 'version' });
    expect(g24?.tooFewToJudge).toBe(true);
    expect(g25?.tooFewToJudge).toBe(false);
    expect(g25?.verdict).toContain('Acceptance 32% (95% interval 17–52%) is in the healthy 30–50% range.');
    expect(g25?.verdict).toContain('only 8 acceptances so far, so it is rough');
  });

  it('labels: trimmed, blank → "(no label)" last, natural order (v2 before v10), by audience too', () => {
    const contacts = [
      req('a', '2026-03-01', { version: 'v10', audience: 'CTOs' }),
      req('b', '2026-03-01', { version: ' v2 ', audience: 'founders' }),
      req('c', '2026-03-01', { version: '', audience: 'CTOs' }),
      req('d', '2026-03-01'),
      req('e', '2026-03-01', { version: 'v2' }),
    ];
    expect(groupStats(contacts, { by: 'version' }).map((g) => [g.key, g.sent])).toEqual([
      ['v2', 2],
      ['v10', 1],
      [NO_LABEL, 2],
    ]);
    expect(groupStats(contacts, { by: 'audience' }).map((g) => [g.key, g.sent, g.labelled])).toEqual([
      ['CTOs', 2, true],
      ['founders', 1, true],
      [NO_LABEL, 2, false],
    ]);
  });

  it('accepted: a date, a reply without an acceptance date, or the status; withdrawn after acceptance still counts', () => {
    const contacts = [
      req('dated', '2026-03-01', { version: 'v', accepted: '2026-03-02' }),
      req('reply-only', '2026-03-01', { version: 'v', replied: '2026-03-05' }),
      req('status-only', '2026-03-01', { version: 'v', status: 'accepted', degree: 1 }),
      req('withdrawn', '2026-03-01', { version: 'v', withdrawn: '2026-03-20' }),
      req('ignored', '2026-03-01', { version: 'v', status: 'ignored' }),
    ];
    const [g] = groupStats(contacts, { by: 'version' });
    expect(g).toMatchObject({ sent: 5, accepted: 3, replied: 1 });
  });

  it('medians: days to accept from sending; days to reply from the first message, else from acceptance', () => {
    const contacts = [
      // 1 day to accept; reply 2 days after the first message (3 after acceptance)
      req('a', '2026-03-01T09:00:00Z', {
        version: 'v',
        accepted: '2026-03-02T09:00:00Z',
        firstMessage: '2026-03-03T09:00:00Z',
        replied: '2026-03-05T09:00:00Z',
      }),
      // 3 days to accept; no message recorded: reply 1 day after acceptance
      req('b', '2026-03-01T09:00:00Z', {
        version: 'v',
        accepted: '2026-03-04T09:00:00Z',
        replied: '2026-03-05T09:00:00Z',
      }),
      // 2 days to accept; they wrote first (reply before my message): measured from acceptance, 0.5 days
      req('c', '2026-03-01T09:00:00Z', {
        version: 'v',
        accepted: '2026-03-03T09:00:00Z',
        firstMessage: '2026-03-06T09:00:00Z',
        replied: '2026-03-03T21:00:00Z',
      }),
      // accepted without a date: no time to accept
      req('d', '2026-03-01T09:00:00Z', { version: 'v', status: 'accepted', degree: 1 }),
    ];
    const [g] = groupStats(contacts, { by: 'version' });
    expect(g?.medianDaysToAccept).toBe(2);
    expect(g?.medianDaysToFirstReply).toBe(1);
  });

  it('pending requests under a week old are counted when now is given, and named in the verdict', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const contacts = [
      req('new', '2026-03-08', { version: 'v' }),
      req('old', '2026-02-20', { version: 'v' }),
      req('new-accepted', '2026-03-08', { version: 'v', accepted: '2026-03-09' }),
    ];
    const [g] = groupStats(contacts, { by: 'version', now });
    expect(g?.pendingYoung).toBe(1);
    expect(g?.verdict).toContain('1 request is under a week old and may still be accepted.');
    expect(g?.evidence.map((e) => e.id)).toContain('acceptanceCurve');
    expect(groupStats(contacts, { by: 'version' })[0]?.pendingYoung).toBe(0);
  });

  it('dates without an offset are read in the given zone', () => {
    const c = req('tz', '2026-03-01T00:00', { version: 'v', accepted: '2026-03-02T00:00' });
    const [g] = groupStats([c], { by: 'version', timeZone: 'Asia/Tokyo' });
    expect(g?.medianDaysToAccept).toBe(1);
  });

  it('carries the evidence it is judged against', () => {
    const [g] = groupStats(batch('e', 3, 1, 0, { version: 'v' }), { by: 'version' });
    expect(g?.evidence.map((e) => e.id)).toEqual(['measure25to50', 'healthyAcceptance']);
    expect(g?.evidence[0]?.figure).toBe('25–50 sends');
  });
});

describe('healthy ranges', () => {
  it.each([
    [
      0.2,
      [0.1, 0.28],
      'below',
      true,
      'Acceptance 20% (95% interval 10–28%) is below the healthy 30–50% range.',
    ],
    [
      0.25,
      [0.14, 0.4],
      'below',
      false,
      'Acceptance 25% (95% interval 14–40%) looks below the healthy 30–50% range, but at this sample size it could still be in it.',
    ],
    [
      0.4,
      [0.28, 0.54],
      'within',
      false,
      'Acceptance 40% (95% interval 28–54%) is in the healthy 30–50% range.',
    ],
    [
      0.62,
      [0.52, 0.7],
      'above',
      true,
      'Acceptance 62% (95% interval 52–70%) is above the healthy 30–50% range.',
    ],
  ] as const)('acceptance %f', (rate, ci, position, clear, message) => {
    const r = acceptanceVsHealthy(rate, [ci[0], ci[1]]);
    expect(r.position).toBe(position);
    expect(r.clear).toBe(clear);
    expect(r.message).toBe(message);
    expect(r.evidence[0]?.id).toBe('healthyAcceptance');
  });

  it('without an interval the rate is taken at face value; the boundaries belong to the range', () => {
    expect(acceptanceVsHealthy(0.3).position).toBe('within');
    expect(acceptanceVsHealthy(0.5).position).toBe('within');
    expect(acceptanceVsHealthy(0.29).message).toBe('Acceptance 29% is below the healthy 30–50% range.');
    expect(acceptanceVsHealthy(null).position).toBeNull();
    expect(replyVsHealthy(0.1).message).toBe('Reply rate 10% is below the healthy 15–30% range.');
  });
});
