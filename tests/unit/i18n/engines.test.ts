/**
 * The engines speak only through the catalogue: with a pseudo-locale as the message source (every
 * ASCII letter of a message turned full-width), nothing the note rules, the advisor, the insight
 * summary, the UI formatters or the evidence catalogue show may keep a plain ASCII letter, apart from
 * what the user typed (quoted spans, names, labels), which the check strips first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, type DraftContext, prepareHistory, RULES } from '../../../lib/draft';
import { EVIDENCE, type Evidence, evidenceLine, SEED_TITLES } from '../../../lib/evidence';
import { EN, type MessageKey } from '../../../lib/i18n/messages';
import { placeholderNames, setMessageSource } from '../../../lib/i18n/t';
import {
  audienceMix,
  buildInsight,
  compareVersions,
  last7DaysMessage,
  notesLeftMessage,
  replyVsHealthy,
} from '../../../lib/insight';
import { groupVerdict } from '../../../lib/insight/groups';
import {
  type Advice,
  advise,
  type ContactInput,
  parseAdviceInput,
  type Settings,
} from '../../../lib/sequencing';
import { dueText, formatDay, pendingText, STATUS_LABEL } from '../../../lib/tracker/format';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';
import { batch, req } from '../insight/helpers';

const NOW = new Date('2026-03-10T09:00:00Z');
const keysAsked = new Set<string>();

/**
 * A pseudo-locale: the English message with its letters full-width and its placeholders filled in.
 * Its Intl locale is Russian, so dates written by Intl carry no ASCII letter either ("12 марта"): a
 * month name of our own, or an English one, would show. Russian plurals have one, few and many.

 */
function pseudo(key: string, subs: string[]): string {
  keysAsked.add(key);
  if (key === 'format_date_locale') return 'ru-RU';
  const english = EN[key as MessageKey];
  if (english === undefined) return '';
  const names = placeholderNames(english);
  return english.replace(/\{([a-z0-9_]+)\}|[A-Za-z]/g, (m, name?: string) =>
    name ? (subs[names.indexOf(name)] ?? '') : String.fromCharCode(m.charCodeAt(0) + 0xfee0),
  );
}

/** Every message must carry pseudo letters and no ASCII letter outside the user's own words. */
function expectLocalised(texts: readonly string[], userWords: readonly string[] = []): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    let rest = text.replace(/“[^”]*”/g, '');
    for (const w of [...userWords].sort((a, b) => b.length - a.length)) rest = rest.split(w).join('');
    expect(text, text).toMatch(/[\uFF21-\uFF5A]/);
    expect(rest, text).not.toMatch(/[A-Za-z]/);
  }
}

const evidenceTexts = (e: Evidence) => [e.claim, e.figure, SEED_TITLES[e.seed], evidenceLine(e)];

beforeEach(() => {
  keysAsked.clear();
  setMessageSource(pseudo);
});
afterEach(() => setMessageSource(null));

describe('the engines go through the catalogue', () => {
  it('note rules: every warning and rule title', () => {
    const name = 'Ana Silva';
    const notes: [string, DraftContext][] = [
      [
        "Hi Maria, I'd like to add you to my professional network. Let's hop on a quick call ASAP!!! " +
          'See https://example.com/deck. Our platform helps companies like yours grow revenue, FREE AUDIT. {First Name}',
        { surface: 'connection-note', recipientName: name },
      ],
      ['', { surface: 'connection-note' }],
      ['Open to a quick chat if you are.', { surface: 'connection-note' }],
      ['Quick question', { surface: 'inmail-subject' }],
      ['Re: hello', { surface: 'inmail-subject' }],
      ['', { surface: 'inmail-subject' }],
      ['Exclusive discount offer for your team', { surface: 'inmail-subject' }],
      [
        'Just checking in on my last message. Did you get a chance to look?',
        { surface: 'message', stage: 'follow-up' },
      ],
      [
        'Just following up. Here is a report on hiring in fintech that might help your team.',
        { surface: 'message', stage: 'follow-up' },
      ],
      [
        `${'I run my own agency. My team and I build websites. We love our work. I think my approach is unique. '.repeat(4)}Our clients say we are great. I have ten years of experience. My portfolio is online. We ship fast.`,
        { surface: 'message' },
      ],
      [`${'x'.repeat(310)} 😀`, { surface: 'connection-note' }],
      [`${'word '.repeat(160)}`, { surface: 'inmail-body' }],
      [
        'I am reaching out to see if you would be interested in our services.',
        { surface: 'message', stage: 'follow-up' },
      ],
      [
        'Hi Ana, I saw your talk at the Berlin fintech meetup and loved the part about payments.',
        {
          surface: 'connection-note',
          history: prepareHistory([
            'Hi Bo, I saw your talk at the Berlin fintech meetup and loved the part about payments.',
          ]),
        },
      ],
      [`${'Long sentence about many things. '.repeat(20)}`, { surface: 'message' }],
      ['We should meet. Can we book a 15-minute call?', { surface: 'message' }],
      ['Ciao Marco, ho letto il tuo articolo sulla logistica e vorrei conoscerti.', { surface: 'message' }],
    ];
    const seen = new Set<string>();
    const messages: string[] = [];
    for (const [text, context] of notes)
      for (const w of analyzeDraft(text, context).warnings) {
        seen.add(w.rule);
        messages.push(w.message, ...evidenceTexts(w.evidence));
      }
    expectLocalised(messages, [name, 'Maria']);
    expectLocalised(RULES.map((r) => r.title));
    // The notes above reach every rule.
    expect([...seen].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('advice: every reason and alternative, with the dates they name', () => {
    // The advisor calls people by their first name.
    const words = [
      'Ana Silva',
      'Ana',
      'Chief Executive Officer at Acme',
      'Bo Chen',
      'Rust Berlin',
      'KubeCon',
      'new role',
    ];
    const ceo = { headline: 'Chief Executive Officer at Acme' };
    const credits: Settings = { inmailCredits: 3 };
    const msg = (sentAt: string) => ({ sentAt, kind: 'first' as const });
    const cases: [Partial<ContactInput>, Settings?][] = [
      [{}],
      [{ signals: { openProfile: true } }],
      [ceo, credits],
      [{ ...ceo, signals: { openProfile: true, sharedGroup: 'Rust Berlin' } }],
      [ceo],
      [
        { signals: { engagedWithMyContent: '2026-03-08', trigger: { kind: 'new role', at: '2026-03-05' } } },
        credits,
      ],
      [{ signals: { iEngagedWithTheirs: '2026-03-09', sharedGroup: 'Rust Berlin' } }],
      [{ signals: { mutualConnection: 'Bo Chen' } }],
      [{ signals: { sharedEvent: 'KubeCon' } }],
      [
        {
          request: { sentAt: '2026-02-20', note: null, withdrawnAt: '2026-03-01' },
          highValue: true,
          signals: { sharedGroup: 'Rust Berlin' },
        },
        credits,
      ],
      [{ request: { sentAt: '2025-12-01', note: null, withdrawnAt: '2026-01-02' } }],
      [{ request: { sentAt: '2026-03-08', note: null } }],
      [{ request: { sentAt: '2026-03-08', note: null }, highValue: true }, credits],
      [{ request: { sentAt: '2026-03-01', note: null }, highValue: true }, credits],
      [{ request: { sentAt: '2026-02-01', note: null }, highValue: true }, credits],
      [{ request: { sentAt: '2026-01-10', note: null } }, { inmailCredits: 1 }],
      [{ degree: 1, acceptedAt: '2026-03-09', request: { sentAt: '2026-03-01', note: 'Hi' } }],
      [{ degree: 1, connectedAt: '2026-03-09', signals: { mutualConnection: 'Bo Chen' } }],
      [{ degree: 1 }],
      [{ degree: 1, connectedAt: '2025-06-01', lastInteractionAt: '2025-10-01' }],
      [{ messages: [msg('2026-03-02')] }],
      [{ messages: [msg('2026-03-09')] }, { followUpBusinessDays: 1 }],
      [{ messages: [msg('2026-02-20'), msg('2026-02-26')], highValue: true }, credits],
      [{ messages: [msg('2026-02-10'), msg('2026-02-16'), msg('2026-02-23')], highValue: true }, credits],
      [{ messages: [msg('2026-02-10'), msg('2026-02-16'), msg('2026-02-23')], highValue: true, degree: 1 }],
      [{ messages: [msg('2026-02-10'), msg('2026-02-16'), msg('2026-02-23')], degree: 1 }],
      [{ messages: [msg('2025-02-10')], repliedAt: '2026-03-09' }],
      [{ messages: [msg('2026-02-10'), msg('2026-02-20')], repliedAt: '2026-02-15' }],
    ];
    const actions = new Set<string>();
    const texts: string[] = [];
    for (const [over, settings] of cases) {
      const input = parseAdviceInput({
        contact: { name: 'Ana Silva', degree: 2, ...over },
        settings: settings ?? {},
      });
      const a: Advice = advise(input.contact, NOW, input.settings);
      actions.add(a.action);
      texts.push(a.reason, ...a.alternatives.map((x) => x.reason), ...evidenceTexts(a.evidence));
      for (const x of a.alternatives) actions.add(x.action);
    }
    expectLocalised(texts, words);
    expect(actions.size).toBe(13);
    // The dates came from Intl in the catalogue's locale, weekdays too.
    expect(texts.some((x) => /\d+ марта/.test(x))).toBe(true);
    expect(
      texts.some((x) => /(понедельник|вторник|среда|четверг|пятница|суббота|воскресенье), \d+ марта/.test(x)),
    ).toBe(true);
  });

  it('insight: the summary, verdicts, comparisons, volume guards and note quota', () => {
    const contacts = [
      ...batch('a', 40, 10, 2, { version: 'v1', audience: 'founders' }),
      ...batch('b', 30, 15, 5, { version: 'v2', audience: 'recruiters' }),
      ...batch('c', 3, 1, 0, { version: 'v3' }),
      req('young-1', '2026-03-09', { version: 'v3', note: 'Hi', accountType: 'free' }),
      req('young-2', '2026-03-10T08:00:00Z', { note: 'Hi', accountType: 'free' }),
    ];
    const settings = {
      ...DEFAULT_SETTINGS,
      accountType: 'free' as const,
      connectionCount: 10,
      monthlyFreeNotes: 2,
    };
    const insight = buildInsight(contacts, settings, NOW, 'UTC');
    const side = (key: string, sent: number, accepted: number) => ({ key, sent, accepted });
    const version = (key: string) => {
      const g = insight.byVersion.find((x) => x.key === key);
      expect(g, key).toBeDefined();
      return g as (typeof insight.byVersion)[number];
    };
    const texts = [
      insight.acceptance.message,
      insight.reply.message,
      insight.overall.verdict,
      ...insight.byVersion.map((g) => g.verdict),
      ...insight.byAudience.map((g) => g.verdict),
      insight.daily?.message ?? '',
      insight.quota.message,
      compareVersions(version('v1'), version('v2')).verdict,
      audienceMix(contacts, 'v1', 'v2').note ?? '',
      compareVersions(side('A', 0, 0), side('B', 0, 0)).verdict,
      compareVersions(side('A', 30, 0), side('B', 0, 0)).verdict,
      compareVersions(side('A', 12, 3), side('B', 9, 4)).verdict,
      compareVersions(side('A', 40, 12), side('B', 40, 15)).verdict,
      compareVersions(side('A', 40, 12), side('B', 40, 12)).verdict,
      compareVersions(side('A', 50, 10), side('B', 50, 22)).verdict,
      compareVersions(side('A', 2000, 10), side('B', 2000, 1990)).verdict,
      groupVerdict({ ...insight.overall, sent: 0 }, 'x'),
      replyVsHealthy(null).message,
      replyVsHealthy(0.9, [0.1, 0.95]).message,
      replyVsHealthy(0.01, [0.001, 0.02]).message,
      last7DaysMessage(1, 100),
      last7DaysMessage(120, 100),
      notesLeftMessage(1),
      notesLeftMessage(0),
      notesLeftMessage(0, '1 April'),
      ...insight.byVersion.flatMap((g) => g.evidence.flatMap(evidenceTexts)),
    ];
    // "1 April" above is a value the caller formats; labels arrive quoted and are stripped.
    expectLocalised(texts, ['founders', 'recruiters', '1 April', 'x']);
    expect(keysAsked.has('verdict_young_one') || keysAsked.has('verdict_young_other')).toBe(true);
    expect(keysAsked.has('volume_today_over_one')).toBe(true);
  });

  it('UI formats: due and pending phrases and statuses', () => {
    const pending = req('pat-lee', '2026-03-01', {
      request: { sentAt: '2026-03-01T09:00:00.000Z', note: null, approximate: true },
    });
    const texts = [
      dueText({ dueAt: '2026-03-07T09:00:00.000Z', overdueBy: 3 * 86_400_000 }, NOW, 'UTC'),
      dueText({ dueAt: '2026-03-09T09:00:00.000Z', overdueBy: 86_400_000 }, NOW, 'UTC'),
      dueText({ dueAt: '2026-03-10T09:00:00.000Z', overdueBy: 0 }, NOW, 'UTC'),
      pendingText(pending, NOW) ?? '',
      pendingText(req('sam-poe', '2026-03-09'), NOW) ?? '',
      ...Object.values(STATUS_LABEL),
    ];
    expectLocalised(texts);
  });

  it('dates in tables use the locale the catalogue names, en-GB when it names none Intl knows', () => {
    setMessageSource((key) => (key === 'format_date_locale' ? 'de-DE' : ''));
    expect(formatDay('2026-03-12T09:00:00Z', 'UTC', NOW)).toContain('März');
    setMessageSource((key) => (key === 'format_date_locale' ? 'ｅｎ－ＧＢ' : ''));
    expect(formatDay('2026-03-12T09:00:00Z', 'UTC', NOW)).toBe('Thu 12 Mar');
  });

  it('every evidence entry', () => {
    expectLocalised(Object.values(EVIDENCE).flatMap(evidenceTexts));
  });

  it('without a source the same calls are English again', () => {
    setMessageSource(null);
    expect(RULES.find((r) => r.id === 'pushy')?.title).toBe('Pressure');
    expect(STATUS_LABEL.none).toBe('Not contacted');
    expect(EVIDENCE.noPressure.claim).toMatch(/^[A-Z][a-z]/);
  });
});
