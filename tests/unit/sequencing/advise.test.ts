import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE, type EvidenceId } from '../../../lib/evidence';
import {
  ACTION_IDS,
  type ActionId,
  type Advice,
  advise,
  type ContactInput,
  parseAdviceInput,
  type Settings,
} from '../../../lib/sequencing';

// Tuesday 10 March 2026, 09:00 UTC. Every test uses a fixed now; none reads the clock.
const NOW = new Date('2026-03-10T09:00:00Z');

/** A contact as the tests write it: name and degree default to Ana, 2nd degree. */
type ContactOver = Omit<ContactInput, 'name' | 'degree'> & { name?: string; degree?: 1 | 2 | 3 | null };

function run(over: ContactOver, settings: Settings = {}, now: Date = NOW): Advice {
  const { contact, settings: s } = parseAdviceInput({
    contact: { name: 'Ana Silva', degree: 2, headline: 'Marketing Manager at Acme', signals: {}, ...over },
    settings,
  });
  return advise(contact, now, s);
}

const CREDITS = { inmailCredits: 3 } satisfies Settings;
const msg = (sentAt: string, kind: 'first' | 'follow-up' = 'follow-up') => ({ sentAt, kind });

interface Row {
  label: string;
  contact: ContactOver;
  settings?: Settings;
  action: ActionId;
  evidence: EvidenceId;
  dueAt?: string | null;
  overdue?: boolean;
  /** Words the reason must contain. */
  says?: string[];
  alternatives?: ActionId[];
}

const BRANCHES: Row[] = [
  {
    label: 'cold, mid-level, no reason → blank request, engage first as the alternative',
    contact: {},
    action: 'send-request-blank',
    evidence: 'blankBeatsGeneric',
    dueAt: NOW.toISOString(),
    overdue: false,
    says: ['Ana', 'without a note'],
    alternatives: ['engage-first'],
  },
  {
    label: 'cold with an Open Profile → blank request, free message offered',
    contact: { signals: { openProfile: true } },
    action: 'send-request-blank',
    evidence: 'blankBeatsGeneric',
    alternatives: ['engage-first', 'send-inmail'],
  },
  {
    label: 'senior executive with credits → InMail',
    contact: { headline: 'CEO at Acme' },
    settings: CREDITS,
    action: 'send-inmail',
    evidence: 'seniorInmail',
    says: ['CEO at Acme', '3 credits', 'refunded'],
    alternatives: ['send-request-blank', 'engage-first'],
  },
  {
    label: 'senior executive with an Open Profile and no credits → free InMail',
    contact: { headline: 'VP Sales', signals: { openProfile: true } },
    action: 'send-inmail',
    evidence: 'seniorInmail',
    says: ['Open Profile', 'no credit'],
  },
  {
    label: 'senior executive with credits and their engagement → InMail that references it',
    contact: { headline: 'Fundadora y CEO', signals: { engagedWithMyContent: '2026-03-08' } },
    settings: CREDITS,
    action: 'send-inmail',
    evidence: 'seniorInmail',
    says: ["Ana's engagement with your post on 8 March"],
    alternatives: ['send-request-with-note'],
  },
  {
    label: 'senior executive, no credits, cold → engage first',
    contact: { headline: 'Geschäftsführer' },
    action: 'engage-first',
    evidence: 'warmEngagement',
    says: ['2–5 days'],
    alternatives: ['send-request-blank'],
  },
  {
    label: 'senior executive, no credits, mutual contact → request with a note',
    contact: { headline: 'Head of Growth', signals: { mutualConnection: 'Jane Smith' } },
    action: 'send-request-with-note',
    evidence: 'specificPersonalisation',
    says: ['Jane Smith', 'under 200 characters'],
  },
  {
    label: 'they engaged with my post → note that references it',
    contact: { signals: { engagedWithMyContent: '2026-03-08T14:00:00Z' } },
    action: 'send-request-with-note',
    evidence: 'noteUnder200',
    dueAt: NOW.toISOString(),
    says: ["Ana's engagement with your post on 8 March", 'under 200 characters'],
    alternatives: ['send-request-blank'],
  },
  {
    label: 'mutual contact → note naming them',
    contact: { signals: { mutualConnection: 'Jane Smith' } },
    action: 'send-request-with-note',
    evidence: 'specificPersonalisation',
    says: ['your mutual contact Jane Smith'],
  },
  {
    label: 'fresh trigger with credits → note, InMail as the time-sensitive alternative',
    contact: { signals: { trigger: { kind: 'new role as Head of Data', at: '2026-03-02' } } },
    settings: CREDITS,
    action: 'send-request-with-note',
    evidence: 'triggerEvent',
    says: ["Ana's new role as Head of Data on 2 March"],
    alternatives: ['send-inmail', 'send-request-blank'],
  },
  {
    label: 'a trigger from months ago is no reason any more → blank request',
    contact: { signals: { trigger: { kind: 'funding round', at: '2025-10-01' } } },
    action: 'send-request-blank',
    evidence: 'blankBeatsGeneric',
  },
  {
    label: 'I commented on their post yesterday → note, due 2 days after the comment',
    contact: { signals: { iEngagedWithTheirs: '2026-03-09T09:00:00Z' } },
    action: 'send-request-with-note',
    evidence: 'warmRequest2to3x',
    dueAt: '2026-03-11T09:00:00.000Z',
    overdue: false,
    says: ['on 11 March'],
  },
  {
    label: 'I commented on their post a week ago → note, due now',
    contact: { signals: { iEngagedWithTheirs: '2026-03-03T09:00:00Z' } },
    action: 'send-request-with-note',
    evidence: 'warmRequest2to3x',
    dueAt: NOW.toISOString(),
  },
  {
    label: 'shared group → message request',
    contact: { signals: { sharedGroup: 'B2B SaaS Marketers' } },
    action: 'send-message-request',
    evidence: 'sharedGroupMessage',
    says: ['"B2B SaaS Marketers"'],
    alternatives: ['send-request-with-note'],
  },
  {
    label: 'shared event → message request',
    contact: { signals: { sharedEvent: 'SaaStr Europa 2026' } },
    action: 'send-message-request',
    evidence: 'sharedGroupMessage',
    says: ['SaaStr Europa 2026'],
  },
  {
    label: 'a note-worthy reason and a shared group → note, message request as the alternative',
    contact: { signals: { engagedWithMyContent: '2026-03-08', sharedGroup: 'B2B SaaS Marketers' } },
    action: 'send-request-with-note',
    evidence: 'noteUnder200',
    alternatives: ['send-message-request', 'send-request-blank'],
  },
  {
    label: 'pending 3 days → wait until the stale date',
    contact: { request: { sentAt: '2026-03-07T09:00:00Z', note: null } },
    action: 'wait',
    evidence: 'acceptanceCurve',
    // The stale date, Saturday 28 March, is not a working day: look again on Monday.
    dueAt: '2026-03-30T09:00:00.000Z',
    overdue: false,
    says: ['7 March', '30 March'],
  },
  {
    label: 'pending 3 days, high value with credits → wait until the 7-day InMail point',
    contact: { highValue: true, request: { sentAt: '2026-03-07T09:00:00Z', note: null } },
    settings: CREDITS,
    action: 'wait',
    evidence: 'acceptanceCurve',
    // Saturday 14 March → Monday 16 March.
    dueAt: '2026-03-16T09:00:00.000Z',
  },
  {
    label: 'pending 8 days, high value with credits → InMail',
    contact: { highValue: true, request: { sentAt: '2026-03-02T09:00:00Z', note: 'Hi Ana, …' } },
    settings: CREDITS,
    action: 'send-inmail',
    evidence: 'pendingWeekInmail',
    dueAt: '2026-03-09T09:00:00.000Z',
    overdue: true,
    alternatives: ['wait'],
  },
  {
    label: 'pending 8 days, high value but no credits → wait for the stale date',
    contact: { highValue: true, request: { sentAt: '2026-03-02T09:00:00Z', note: null } },
    action: 'wait',
    evidence: 'acceptanceCurve',
    dueAt: '2026-03-23T09:00:00.000Z',
  },
  {
    label: 'pending 22 days → withdraw',
    contact: { request: { sentAt: '2026-02-16T09:00:00Z', note: null } },
    action: 'withdraw-request',
    evidence: 'withdrawUnanswered',
    dueAt: '2026-03-09T09:00:00.000Z',
    overdue: true,
    says: ['16 February', '22 days'],
  },
  {
    label: 'pending 22 days with a 30-day stale setting → still wait',
    contact: { request: { sentAt: '2026-02-16T09:00:00Z', note: null } },
    settings: { staleAfterDays: 30 },
    action: 'wait',
    evidence: 'acceptanceCurve',
    dueAt: '2026-03-18T09:00:00.000Z',
  },
  {
    label: 'withdrawn 5 days ago → wait out the re-invite block',
    contact: { request: { sentAt: '2026-02-01', note: null, withdrawnAt: '2026-03-05T09:00:00Z' } },
    action: 'wait',
    evidence: 'reinviteBlocked',
    dueAt: '2026-03-26T09:00:00.000Z',
    overdue: false,
    says: ['can re-invite after 26 March'],
  },
  {
    label: 'withdrawn over three weeks ago → a fresh approach',
    contact: { request: { sentAt: '2026-01-01', note: null, withdrawnAt: '2026-02-01' } },
    action: 'send-request-blank',
    evidence: 'blankBeatsGeneric',
    says: ['withdrew an earlier request on 1 February'],
  },
  {
    label: 'accepted yesterday → first message by acceptance + 48 h',
    contact: { degree: 1, request: { sentAt: '2026-03-02', note: null }, acceptedAt: '2026-03-09T10:00:00Z' },
    action: 'send-first-message',
    evidence: 'firstMessage24to48h',
    dueAt: '2026-03-11T10:00:00.000Z',
    overdue: false,
    says: ['Ana accepted on 9 March; send your first message by 11 March'],
  },
  {
    label: 'accepted a week ago and not messaged → first message, overdue',
    contact: { degree: 1, request: { sentAt: '2026-03-01', note: null }, acceptedAt: '2026-03-03T10:00:00Z' },
    action: 'send-first-message',
    evidence: 'firstMessage24to48h',
    dueAt: '2026-03-05T10:00:00.000Z',
    overdue: true,
  },
  {
    label: 'first message on Friday → follow-up on Thursday (4 business days)',
    contact: { degree: 1, acceptedAt: '2026-03-05', messages: [msg('2026-03-06T10:00:00Z', 'first')] },
    action: 'send-follow-up',
    evidence: 'followUp4to5BusinessDays',
    dueAt: '2026-03-12T10:00:00.000Z',
    overdue: false,
    says: ['6 March', 'Thursday 12 March', 'something new'],
  },
  {
    label: 'first message and one follow-up → second follow-up only with something new',
    contact: {
      degree: 1,
      acceptedAt: '2026-02-26',
      messages: [msg('2026-02-27T10:00:00Z', 'first'), msg('2026-03-05T10:00:00Z')],
    },
    action: 'send-follow-up',
    evidence: 'valueAddFollowUp',
    dueAt: '2026-03-11T10:00:00.000Z',
    says: ['something new', 'otherwise stop'],
    alternatives: ['stop'],
  },
  {
    label: 'high value after one follow-up → second follow-up, escalation offered',
    contact: {
      degree: 1,
      highValue: true,
      acceptedAt: '2026-02-26',
      messages: [msg('2026-02-27T10:00:00Z', 'first'), msg('2026-03-05T10:00:00Z')],
    },
    action: 'send-follow-up',
    evidence: 'valueAddFollowUp',
    alternatives: ['escalate', 'stop'],
  },
  {
    label: 'two follow-ups unanswered → stop',
    contact: {
      degree: 1,
      acceptedAt: '2026-02-16',
      messages: [
        msg('2026-02-17T10:00:00Z', 'first'),
        msg('2026-02-23T10:00:00Z'),
        msg('2026-03-02T10:00:00Z'),
      ],
    },
    action: 'stop',
    evidence: 'stopAfterTwo',
    dueAt: null,
    says: ['two follow-ups'],
    alternatives: ['re-engage'],
  },
  {
    label: 'high value, two follow-ups unanswered → escalate, due first message + 7 days',
    contact: {
      degree: 1,
      highValue: true,
      acceptedAt: '2026-02-16',
      messages: [
        msg('2026-02-17T10:00:00Z', 'first'),
        msg('2026-02-23T10:00:00Z'),
        msg('2026-03-02T10:00:00Z'),
      ],
    },
    action: 'escalate',
    evidence: 'escalate7to10',
    dueAt: '2026-02-24T10:00:00.000Z',
    overdue: true,
    says: ['email'],
    alternatives: ['stop'],
  },
  {
    label: 'they replied to my first message → reply within 24 h',
    contact: {
      degree: 1,
      acceptedAt: '2026-03-02',
      messages: [msg('2026-03-03T10:00:00Z', 'first')],
      repliedAt: '2026-03-10T07:30:00Z',
    },
    action: 'reply',
    evidence: 'replyWithin24h',
    dueAt: '2026-03-11T07:30:00.000Z',
    overdue: false,
    says: ['Ana replied on 10 March'],
  },
  {
    label: '1st degree, no interaction for four months → re-engage with a new reason',
    contact: { degree: 1, connectedAt: '2024-05-01', lastInteractionAt: '2025-11-01T12:00:00Z' },
    action: 're-engage',
    evidence: 'reEngage',
    dueAt: '2026-01-30T12:00:00.000Z',
    overdue: true,
    says: ['1 November 2025', 'new reason'],
  },
  {
    label: 'connected long ago, never in touch, fresh trigger → re-engage about the trigger',
    contact: {
      degree: 1,
      connectedAt: '2025-01-15',
      signals: { trigger: { kind: 'promotion', at: '2026-03-01' } },
    },
    action: 're-engage',
    evidence: 'reEngage',
    says: ["Ana's promotion on 1 March"],
  },
];

describe('advise: one branch of the framework per row', () => {
  it.each(BRANCHES)('$label', (row) => {
    const a = run(row.contact, row.settings);
    expect(a.action).toBe(row.action);
    // The evidence is the catalogue entry itself, not a copy.
    expect(a.evidence).toBe(EVIDENCE[row.evidence]);
    if (row.dueAt !== undefined) expect(a.dueAt).toBe(row.dueAt);
    if (row.overdue !== undefined) expect(a.overdue).toBe(row.overdue);
    for (const words of row.says ?? []) expect(a.reason).toContain(words);
    if (row.alternatives) expect(a.alternatives.map((x) => x.action)).toEqual(row.alternatives);
    expect(a.alternatives.length).toBeLessThanOrEqual(2);
    expect(a.alternatives.map((x) => x.action)).not.toContain(a.action);
    expect(a.reason).toMatch(/Ana/);
  });

  it('reaches every action id as a main action', () => {
    const reached = new Set(BRANCHES.map((row) => run(row.contact, row.settings).action));
    expect([...ACTION_IDS].filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('advise: priority when several things apply', () => {
  it.each<{ label: string; contact: ContactOver; settings?: Settings; action: ActionId }>([
    {
      label: 'they replied AND a follow-up is overdue → reply wins',
      contact: {
        degree: 1,
        acceptedAt: '2026-02-20',
        messages: [msg('2026-02-23T10:00:00Z', 'first')],
        repliedAt: '2026-03-09T10:00:00Z',
      },
      action: 'reply',
    },
    {
      label: 'they replied, I answered, silence since → follow-up (not reply)',
      contact: {
        degree: 1,
        acceptedAt: '2026-02-20',
        messages: [msg('2026-02-23T10:00:00Z', 'first'), msg('2026-03-04T10:00:00Z')],
        repliedAt: '2026-03-03T10:00:00Z',
      },
      action: 'send-follow-up',
    },
    {
      label: 'they replied even after two follow-ups → reply, never stop',
      contact: {
        degree: 1,
        acceptedAt: '2026-02-16',
        messages: [
          msg('2026-02-17T10:00:00Z', 'first'),
          msg('2026-02-23T10:00:00Z'),
          msg('2026-03-02T10:00:00Z'),
        ],
        repliedAt: '2026-03-09T10:00:00Z',
      },
      action: 'reply',
    },
    {
      label: 'withdrawn recently → wait even with engagement and a shared group',
      contact: {
        request: { sentAt: '2026-02-01', note: null, withdrawnAt: '2026-03-01' },
        signals: { engagedWithMyContent: '2026-03-08', sharedGroup: 'B2B SaaS Marketers' },
      },
      action: 'wait',
    },
    {
      label: 'a pending request governs even when signals exist',
      contact: { request: { sentAt: '2026-03-08', note: null }, signals: { mutualConnection: 'Jane Smith' } },
      action: 'wait',
    },
    {
      label: 'senior with credits but a pending request → the request governs',
      contact: { headline: 'CFO', request: { sentAt: '2026-03-08', note: null } },
      settings: CREDITS,
      action: 'wait',
    },
    {
      label: 'high value pending past both the InMail point and the stale date → InMail first',
      contact: { highValue: true, request: { sentAt: '2026-02-10', note: null } },
      settings: CREDITS,
      action: 'send-inmail',
    },
    {
      label: 'high value pending, InMail already sent → withdraw when stale',
      contact: {
        highValue: true,
        request: { sentAt: '2026-02-10', note: null },
        messages: [msg('2026-02-18', 'first')],
      },
      settings: CREDITS,
      action: 'withdraw-request',
    },
    {
      label: 'first message overdue by months → re-engage instead',
      contact: { degree: 1, acceptedAt: '2025-10-01' },
      action: 're-engage',
    },
    {
      label: 'free account: credits do not count → no InMail for a senior executive',
      contact: { headline: 'Chief Operating Officer' },
      settings: { inmailCredits: 5, accountType: 'free' },
      action: 'engage-first',
    },
    {
      label: 'senior executive beats a shared group when an InMail can go out',
      contact: { headline: 'President', signals: { sharedGroup: 'CFO Network' } },
      settings: CREDITS,
      action: 'send-inmail',
    },
    {
      label: 'not connected, an InMail sent and unanswered → the follow-up sequence applies',
      contact: { degree: 3, messages: [msg('2026-03-04T10:00:00Z', 'first')] },
      action: 'send-follow-up',
    },
    {
      label: 'acceptedAt wins over a stale degree from the page',
      contact: { degree: 2, request: { sentAt: '2026-03-01', note: null }, acceptedAt: '2026-03-09' },
      action: 'send-first-message',
    },
  ])('$label', ({ contact, settings, action }) => {
    expect(run(contact, settings).action).toBe(action);
  });
});

describe('advise: alternatives stay open while re-inviting is blocked', () => {
  it('offers a message request and an InMail, which need no invitation', () => {
    const a = run(
      {
        highValue: true,
        request: { sentAt: '2026-02-01', note: null, withdrawnAt: '2026-03-01' },
        signals: { sharedGroup: 'B2B SaaS Marketers' },
      },
      CREDITS,
    );
    expect(a.action).toBe('wait');
    expect(a.alternatives.map((x) => x.action)).toEqual(['send-message-request', 'send-inmail']);
  });
});

describe('advise: overdue flags (due means due or overdue; nothing is dropped)', () => {
  const accepted = { degree: 1 as const, acceptedAt: '2026-03-09T10:00:00Z' };
  it.each([
    ['47 h after acceptance', '2026-03-11T09:00:00Z', false],
    ['exactly at the deadline', '2026-03-11T10:00:00Z', false],
    ['one minute late', '2026-03-11T10:01:00Z', true],
    ['three weeks late, still there', '2026-03-30T10:00:00Z', true],
  ])('first message, %s', (_label, now, overdue) => {
    const a = run(accepted, {}, new Date(now));
    expect(a.action).toBe('send-first-message');
    expect(a.dueAt).toBe('2026-03-11T10:00:00.000Z');
    expect(a.overdue).toBe(overdue);
  });

  it.each([
    ['before the follow-up day', '2026-03-11T09:00:00Z', false],
    ['on it, after the hour', '2026-03-12T11:00:00Z', true],
    ['weeks later', '2026-04-01T09:00:00Z', true],
  ])('follow-up, %s', (_label, now, overdue) => {
    const a = run(
      { degree: 1, acceptedAt: '2026-03-05', messages: [msg('2026-03-06T10:00:00Z', 'first')] },
      {},
      new Date(now),
    );
    expect(a.action).toBe('send-follow-up');
    expect(a.dueAt).toBe('2026-03-12T10:00:00.000Z');
    expect(a.overdue).toBe(overdue);
  });

  it('a stop has no due date and no overdue flag', () => {
    const a = run({
      degree: 1,
      acceptedAt: '2026-02-16',
      messages: [msg('2026-02-17', 'first'), msg('2026-02-23'), msg('2026-03-02')],
    });
    expect(a).toMatchObject({ action: 'stop', dueAt: null });
    expect(a.overdue).toBeUndefined();
  });
});

describe('advise: business days and time zones in the follow-up date', () => {
  // Friday 6 March 2026, 18:00 in Los Angeles = Saturday 02:00 UTC.
  const fridayEveningLA = {
    degree: 1 as const,
    acceptedAt: '2026-03-05T12:00:00Z',
    messages: [msg('2026-03-07T02:00:00Z', 'first')],
  };
  it.each<[string, Settings, string, string]>([
    [
      'user in Los Angeles: their Friday + 4 → Thursday 18:00 PDT',
      { timeZone: 'America/Los_Angeles' },
      '2026-03-13T01:00:00.000Z',
      'Thursday 12 March',
    ],
    [
      'same instant for a UTC user: Saturday + 4 → Thursday',
      { timeZone: 'UTC' },
      '2026-03-12T02:00:00.000Z',
      'Thursday 12 March',
    ],
    [
      'LA user with Monday 9 March off',
      { timeZone: 'America/Los_Angeles', holidays: ['2026-03-09'] },
      '2026-03-14T01:00:00.000Z',
      'Friday 13 March',
    ],
    [
      'LA user, 5 business days',
      { timeZone: 'America/Los_Angeles', followUpBusinessDays: 5 },
      '2026-03-14T01:00:00.000Z',
      'Friday 13 March',
    ],
    [
      'Sunday–Thursday week in Jerusalem (Saturday 04:00 local)',
      { timeZone: 'Asia/Jerusalem', workingDays: [0, 1, 2, 3, 4] },
      '2026-03-11T02:00:00.000Z',
      'Wednesday 11 March',
    ],
  ])('%s', (_label, settings, dueAt, says) => {
    const a = run(fridayEveningLA, settings);
    expect(a.action).toBe('send-follow-up');
    expect(a.dueAt).toBe(dueAt);
    expect(a.reason).toContain(says);
  });

  it('reads dates without an offset on the user’s wall clock, not the machine’s', () => {
    const a = run({ degree: 1, acceptedAt: '2026-03-09' }, { timeZone: 'America/Los_Angeles' });
    // Midnight 9 March in Los Angeles (PDT, UTC−7) + 48 h.
    expect(a.dueAt).toBe('2026-03-11T07:00:00.000Z');
  });

  it('names dates in the user’s zone', () => {
    // 02:00 UTC on 7 March is still 6 March in Los Angeles.
    const a = run(
      { request: { sentAt: '2026-03-07T02:00:00Z', note: null } },
      { timeZone: 'America/Los_Angeles' },
    );
    expect(a.reason).toContain('6 March');
  });
});

describe('advise is pure', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same answer whatever the system clock says', () => {
    const contact = {
      degree: 1 as const,
      acceptedAt: '2026-03-05',
      messages: [msg('2026-03-06T10:00:00Z', 'first')],
    };
    const before = run(contact);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(run(contact)).toEqual(before);
  });

  it('rejects an invalid now', () => {
    expect(() => run({}, {}, new Date('nope'))).toThrow(RangeError);
  });

  it('works on a Contact built in code, with settings omitted', () => {
    const a = advise({ name: 'Ana', degree: 3, signals: {} }, NOW);
    expect(a.action).toBe('send-request-blank');
  });
});
