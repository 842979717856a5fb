import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../lib/draft';
import {
  BLANK,
  byWarning,
  figuresFingerprint,
  NO_WARNING,
  noteVerdict,
  repairWarningFigures,
  sameFigures,
  VerdictCache,
  type WarningFigures,
  warningFigures,
  warningFiguresSliced,
} from '../../../lib/insight/by-warning';
import {
  coachingInsight,
  strongestDifference,
  userFigureFor,
  userFigureText,
  warningLabel,
  warningPhrase,
} from '../../../lib/insight/coaching';
import { zTwoSided } from '../../../lib/insight/stats';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { coachingTracker, kind, NOTE } from './coaching-fixture';
import { contact, req } from './helpers';

const NOW = new Date('2026-03-05T12:00:00Z');
const opts = { now: NOW, timeZone: 'UTC' };
/** Different (name, note) pairs among the notes that are not blank: what the engine must analyse. */
const distinctNotes = (contacts: readonly TrackedContact[]) =>
  new Set(contacts.filter((c) => c.request?.note?.trim()).map((c) => `${c.name}\u0001${c.request?.note}`))
    .size;
const rows = (f: WarningFigures) => f.groups.map((g) => [g.k, g.s, g.a, g.r]);

describe('noteVerdict: what the coach says today about a sent note', () => {
  it('blank and whitespace-only notes are blank requests', () => {
    for (const note of [null, undefined, '', '   \n\t'])
      expect(noteVerdict(note).map((e) => e.key)).toEqual([BLANK]);
    expect(noteVerdict(null)[0]?.cites).toBe('blankBeatsGeneric');
  });

  it('a note with nothing to warn about is `none`; each rule that fires is its own group, once', () => {
    expect(noteVerdict(NOTE.none('Ana', 'payments'), { name: 'Ana Silva' })).toEqual([
      { key: NO_WARNING, cites: null },
    ]);
    expect(noteVerdict(NOTE.pitch('Ana', 'payments'), { name: 'Ana Silva' })).toEqual([
      { key: 'pitch', cites: 'noPitch' },
    ]);
    const both = noteVerdict(NOTE.both('Ana', 'payments'), { name: 'Ana Silva' });
    expect(both.map((e) => e.key).sort()).toEqual(['generic-opener', 'pitch']);
    expect(both.find((e) => e.key === 'generic-opener')?.cites).toBe('genericOpener');
  });

  it("uses the contact's context: the name it was sent to and the account's limit", () => {
    const note = NOTE.none('Ana', 'payments');
    expect(noteVerdict(note, { name: 'Ana Silva' })[0]?.key).toBe(NO_WARNING);
    expect(noteVerdict(note, { name: 'Bruno Costa' }).map((e) => e.key)).toContain('name-mismatch');
    const long = `${NOTE.none('Ana', 'payments')} ${'We also met at the Berlin payments meetup last spring. '.repeat(2)}`;
    expect(long.length).toBeGreaterThan(200);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(noteVerdict(long, { name: 'Ana Silva', account: 'free' }).map((e) => e.key)).toContain(
      'over-limit',
    );
    expect(noteVerdict(long, { name: 'Ana Silva', account: 'premium' }).map((e) => e.key)).not.toContain(
      'over-limit',
    );
  });

  it('tips (info level) do not count as warnings', () => {
    const note =
      'Hi Ana, your talk on payments at SaaStock made me rethink how we reconcile ledgers across regions, and the part on retries was the best I have heard this year. Hope all is well with you.';
    const report = analyzeDraft(note, {
      surface: 'connection-note',
      recipientName: 'Ana Silva',
      account: 'premium',
    });
    expect(report.warnings.map((w) => [w.rule, w.severity])).toEqual([['generic-opener', 'info']]);
    expect(noteVerdict(note, { name: 'Ana Silva', account: 'premium' })).toEqual([
      { key: NO_WARNING, cites: null },
    ]);
  });
});

describe('warningFigures: requests grouped by the verdict on their note', () => {
  it('counts sends, acceptances and replies per group; a note with two warnings is in both', () => {
    const f = warningFigures(coachingTracker(), opts);
    expect(f.sends).toBe(176);
    expect(f.unjudged).toBe(0);
    expect(rows(f)).toEqual([
      ['none', 60, 36, 12],
      ['blank', 40, 36, 6],
      ['pitch', 46, 9, 2],
      ['generic-opener', 36, 3, 1],
    ]);
    const pitch = f.groups.find((g) => g.k === 'pitch');
    expect(pitch).toMatchObject({ da: 2, dr: 1, y: 0, e: 'noPitch' });
    expect(f.groups.find((g) => g.k === 'none')?.e).toBeNull();
  });

  it('contacts without a request are not sends; pending requests under a week old are counted as young', () => {
    const f = warningFigures(
      [
        contact('friend', { degree: 1 }),
        req('young', '2026-03-03', { note: null }),
        req('old', '2026-01-03', { note: null }),
      ],
      opts,
    );
    expect(f.sends).toBe(2);
    expect(f.groups).toEqual([
      { k: 'blank', s: 2, a: 0, r: 0, da: null, dr: null, y: 1, e: 'blankBeatsGeneric' },
    ]);
  });

  it('an empty tracker gives no groups', () => {
    expect(warningFigures([], opts)).toEqual({
      v: 1,
      computedAt: NOW.toISOString(),
      sends: 0,
      unjudged: 0,
      groups: [],
    });
  });

  it('the cache analyses each note once: unchanged contacts and re-read copies are not analysed again', () => {
    const contacts = coachingTracker();
    const distinct = distinctNotes(contacts);
    expect(distinct).toBeGreaterThan(50);
    const cache = new VerdictCache();
    const first = warningFigures(contacts, { ...opts, cache });
    expect(cache.analysed).toBe(distinct); // every different note to every name, once
    expect(warningFigures(contacts, { ...opts, cache })).toEqual(first);
    expect(cache.analysed).toBe(distinct);
    // A full re-read gives new objects with the same notes: found by text.
    const copies = structuredClone(contacts) as TrackedContact[];
    expect(warningFigures(copies, { ...opts, cache })).toEqual(first);
    expect(cache.analysed).toBe(distinct);
    // One changed note is analysed again, and only it.
    const changed = copies.map((c, i) =>
      i === 0 && c.request ? { ...c, request: { ...c.request, note: NOTE.pitch('Ana', 'payments') } } : c,
    );
    const after = warningFigures(changed, { ...opts, cache });
    expect(cache.analysed).toBe(distinct + 1);
    expect(after.groups.find((g) => g.k === 'pitch')?.s).toBe(47);
    expect(after.groups.find((g) => g.k === 'none')?.s).toBe(59);
    // Notes no longer in the tracker are forgotten at the end of a pass.
    warningFigures(changed.slice(0, 10), { ...opts, cache });
    expect(cache.size).toBeLessThanOrEqual(10);
  });

  it('the sliced version gives the same figures and pauses after every slice of analysed notes', async () => {
    const contacts = coachingTracker();
    let pauses = 0;
    const cache = new VerdictCache();
    const pause = async () => {
      pauses++;
    };
    const untimed = { ...opts, cache, sliceSize: 25, budgetMs: Number.POSITIVE_INFINITY };
    const sliced = await warningFiguresSliced(contacts, untimed, pause);
    expect(sliced).toEqual(warningFigures(contacts, opts));
    expect(pauses).toBe(Math.floor(distinctNotes(contacts) / 25));
    pauses = 0;
    await warningFiguresSliced(contacts, untimed, pause);
    expect(pauses).toBe(0); // all cached: nothing analysed, nothing to pause for
  });

  it('…and whenever its time budget is spent, cached or not', async () => {
    const contacts = coachingTracker();
    let pauses = 0;
    let now = 0;
    // A clock that moves 1 ms each time it is read: a pause every 10 reads.
    const clock = () => now++;
    const cache = new VerdictCache();
    const timed = { ...opts, cache, sliceSize: 10_000, budgetMs: 10, clock };
    const figures = await warningFiguresSliced(contacts, timed, async () => {
      pauses++;
    });
    expect(figures).toEqual(warningFigures(contacts, opts));
    // One read before the loop and one after each contact (and one after each pause).
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(contacts.length / 11));
    expect(pauses).toBeLessThanOrEqual(Math.ceil(contacts.length / 9));
  });

  it('a note the engine cannot read is left out and counted, not a crash', () => {
    const odd = req('odd', '2026-02-02', { note: 'fine' });
    class Failing extends VerdictCache {
      override contribution(c: TrackedContact, tz: string) {
        if (c.id === odd.id) throw new Error('engine failed');
        return super.contribution(c, tz);
      }
    }
    const f = warningFigures([odd, ...kind('blank', 3, 1, 0)], { ...opts, cache: new Failing() });
    expect(f.unjudged).toBe(1);
    expect(f.sends).toBe(3);
  });
});

describe('figuresFingerprint: what the figures were computed from', () => {
  const contacts = coachingTracker();
  const fp = (list: readonly TrackedContact[], tz = 'UTC', engine = '1') =>
    figuresFingerprint(list, tz, engine);

  it('the same contacts in any order give the same fingerprint; contacts without a request do not count', () => {
    expect(fp([...contacts].reverse())).toBe(fp(contacts));
    expect(fp([...contacts, contact('friend', { degree: 1 })])).toBe(fp(contacts));
    expect(fp(contacts)).toMatch(/^176\.[0-9a-z]+\.[0-9a-z]+$/);
    // With a cache (each contact hashed once) the fingerprint is the same.
    const cache = new VerdictCache();
    expect(figuresFingerprint(contacts, 'UTC', '1', cache)).toBe(fp(contacts));
    expect(figuresFingerprint(contacts, 'UTC', '1', cache)).toBe(fp(contacts));
  });

  it('changes with a note, an outcome, the time zone or the engine; not with a headline', () => {
    const edit = (over: Partial<TrackedContact>) => contacts.map((c, i) => (i === 3 ? { ...c, ...over } : c));
    const c3 = contacts[3] as TrackedContact;
    expect(fp(edit({ headline: 'CTO' }))).toBe(fp(contacts));
    expect(fp(edit({ request: { ...c3.request, sentAt: c3.request?.sentAt ?? '', note: 'Hi' } }))).not.toBe(
      fp(contacts),
    );
    expect(fp(edit({ status: 'accepted', acceptedAt: '2026-02-05T09:00:00.000Z' }))).not.toBe(fp(contacts));
    expect(fp(contacts, 'Europe/Paris')).not.toBe(fp(contacts));
    expect(fp(contacts, 'UTC', '2')).not.toBe(fp(contacts));
  });

  it('a stored fingerprint survives the repair; an odd one is dropped', () => {
    const f = { ...warningFigures(contacts, opts), fp: fp(contacts) };
    expect(repairWarningFigures(JSON.parse(JSON.stringify(f)))?.fp).toBe(f.fp);
    expect(repairWarningFigures({ ...f, fp: '<x>' })?.fp).toBeUndefined();
  });
});

describe('the stored record is repaired or ignored whole', () => {
  const good = () => warningFigures(coachingTracker(), opts);

  it('a record read back as written is the same record', () => {
    const f = good();
    expect(repairWarningFigures(JSON.parse(JSON.stringify(f)))).toEqual(f);
    expect(sameFigures(f, { ...f, computedAt: '2030-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameFigures(f, { ...f, sends: 1 })).toBe(false);
    expect(sameFigures(null, null)).toBe(true);
    expect(sameFigures(f, null)).toBe(false);
  });

  it.each([
    ['not an object', () => 'x'],
    ['another version', () => ({ ...good(), v: 2 })],
    ['a bad date', () => ({ ...good(), computedAt: 'yesterday' })],
    ['negative sends', () => ({ ...good(), sends: -1 })],
    ['groups not a list', () => ({ ...good(), groups: {} })],
    ['more accepted than sent', () => ({ ...good(), groups: [{ ...good().groups[0], a: 99 }] })],
    ['more replied than accepted', () => ({ ...good(), groups: [{ ...good().groups[0], r: 50 }] })],
    ['a fractional count', () => ({ ...good(), groups: [{ ...good().groups[0], s: 1.5 }] })],
    ['an odd key', () => ({ ...good(), groups: [{ ...good().groups[0], k: '<script>' }] })],
    ['an unknown evidence id', () => ({ ...good(), groups: [{ ...good().groups[0], e: 'madeUp' }] })],
    ['NaN days', () => ({ ...good(), groups: [{ ...good().groups[0], da: Number.NaN }] })],
  ])('%s → null', (_, make) => {
    expect(repairWarningFigures(make())).toBeNull();
  });
});

describe('coachingInsight: rates, intervals, the article’s figures and the strongest difference', () => {
  const insight = () => coachingInsight(warningFigures(coachingTracker(), opts));

  it('each group: acceptance with a 95% Wilson interval, reply rate over accepted', () => {
    const { groups, enough, tooFewMessage } = insight();
    expect(enough).toBe(true);
    expect(tooFewMessage).toBeNull();
    const by = Object.fromEntries(groups.map((g) => [g.key, g]));
    expect(by.none?.acceptanceRate).toBe(0.6);
    expect(by.none?.acceptanceCi95?.[0]).toBeCloseTo(0.473658, 5);
    expect(by.none?.acceptanceCi95?.[1]).toBeCloseTo(0.714307, 5);
    expect(by.none?.replyRate).toBeCloseTo(1 / 3, 12);
    expect(by.none?.replyCi95?.[0]).toBeCloseTo(0.202144, 5);
    expect(by.blank?.acceptanceCi95?.[0]).toBeCloseTo(0.769479, 5);
    expect(by.blank?.acceptanceCi95?.[1]).toBeCloseTo(0.960421, 5);
    expect(by.pitch?.acceptanceRate).toBeCloseTo(9 / 46, 12);
    expect(by.pitch?.acceptanceCi95?.[0]).toBeCloseTo(0.106505, 5);
    expect(by.pitch?.acceptanceCi95?.[1]).toBeCloseTo(0.331715, 5);
    expect(by['generic-opener']?.acceptanceCi95?.[1]).toBeCloseTo(0.21827, 5);
    expect(by.pitch?.label).toBe('Sales pitch');
    expect(by.none?.label).toBe('No warning');
    expect(by.blank?.phrase).toBe('blank requests');
    expect(by.pitch?.cited?.id).toBe('noPitch');
  });

  it('beside each group the article’s figure, and a sentence when the interval excludes it', () => {
    const by = Object.fromEntries(insight().groups.map((g) => [g.key, g]));
    expect(by.blank?.seed?.range).toEqual([0.55, 0.68]);
    expect(by.blank?.seedPosition).toBe('better');
    expect(by.blank?.seedMessage).toBe(
      'For you, blank requests do better than the article’s figure: 90% accepted (95% interval 77–96%) against 55–68% accepted (Konnector: request or message first).',
    );
    expect(by['generic-opener']?.seed?.range).toEqual([0.26, 0.45]);
    expect(by['generic-opener']?.seedPosition).toBe('worse');
    expect(by['generic-opener']?.seedMessage).toBe(
      'For you, notes with a generic opener do worse than the article’s figure: 8% accepted (95% interval 3–22%) against 26–45% accepted (Konnector: request or message first).',
    );
    // 60% (47–71%) overlaps the 30–50% the article calls strong: no sentence.
    expect(by.none?.seedPosition).toBe('in-line');
    expect(by.none?.seedMessage).toBeNull();
    // A pitch "gets you ignored": no acceptance figure to compare with.
    expect(by.pitch?.seed).toBeNull();
    expect(by.pitch?.seedPosition).toBeNull();
  });

  it('the strongest difference that is not chance, tested at 0.05 ÷ the groups compared', () => {
    const i = insight();
    expect(i.comparisons).toBe(3);
    expect(i.comparison?.b.key).toBe('Generic opener');
    expect(i.comparison?.significant).toBe(true);
    expect(i.comparisonMessage).toMatch(
      /^“No warning”’s acceptance is higher \(60% vs 8%\), and the difference is unlikely to be chance \(p < 0\.001\): 52 points, 95% interval \d+ to \d+\. 3 groups were each compared with notes with no warning, so a difference counts as more than chance only below p = 0\.017 \(0\.05 ÷ 3\)\.$/,
    );
  });

  it('a gap that is significant at 0.05 alone but not after several comparisons is called unclear', () => {
    // none 30/60 (50%) vs pitch 12/40 (30%): p ≈ 0.047 alone, so not below 0.05 ÷ 2.
    const f = warningFigures(
      [...kind('none', 60, 30, 0), ...kind('pitch', 40, 12, 0), ...kind('blank', 30, 15, 0)],
      opts,
    );
    const { comparison, tested } = strongestDifference(coachingInsight(f).groups);
    expect(tested).toBe(2);
    expect(comparison?.pValue).toBeLessThan(0.05);
    expect(comparison?.significant).toBe(false);
    expect(comparison?.verdict).toMatch(
      /^No clear difference yet: “No warning” 50% vs “Sales pitch” 30% \(p = 0\.04/,
    );
    expect(comparison?.verdict).toMatch(/would take about \d+ sends of each\.$/);
    // The sends needed are for the lowered level, so more than at 0.05.
    expect(zTwoSided(0.05)).toBeCloseTo(1.959964, 5);
    expect(zTwoSided(0.025)).toBeCloseTo(2.241403, 5);
  });

  it('too few: under 25 sends in every group the view says only that', () => {
    const f = warningFigures(
      [...kind('none', 12, 6, 1), ...kind('pitch', 20, 2, 0), ...kind('both', 3, 0, 0)],
      opts,
    );
    const i = coachingInsight(f);
    expect(i.enough).toBe(false);
    expect(i.tooFewMessage).toBe(
      'Too few sends to tell yet: 35 requests so far, the largest group has 23, and a group needs at least 25 (ideally 50) before its acceptance means anything.',
    );
    expect(i.groups.every((g) => g.tooFewToJudge && g.seedMessage === null)).toBe(true);
    expect(i.comparison?.tooFew).toBe(true);
    expect(i.comparisonMessage).toMatch(/^Too few sends to tell: 12 and 23; collect at least 25 of each/);
    expect(coachingInsight(warningFigures(kind('blank', 1, 0, 0), opts)).tooFewMessage).toMatch(
      /^Too few sends to tell yet: 1 request so far, and a group needs at least 25/,
    );
  });

  it('without notes free of warnings there is nothing to compare with', () => {
    const i = coachingInsight(warningFigures(kind('pitch', 30, 3, 0), opts));
    expect(i.comparison?.verdict).toBe('Nothing to compare yet: “No warning” has no sends.');
    expect(coachingInsight(warningFigures(kind('none', 30, 3, 0), opts)).comparison).toBeNull();
  });

  it('byWarning goes from contacts to groups in one call (the stats command)', () => {
    expect(byWarning(coachingTracker(), opts).groups.map((g) => [g.key, g.sent])).toEqual([
      ['none', 60],
      ['blank', 40],
      ['pitch', 46],
      ['generic-opener', 36],
    ]);
  });
});

describe('userFigureFor: the panel’s evidence line gets the user’s own figure', () => {
  const figures = warningFigures(coachingTracker(), opts);

  it('a warning whose group has 25+ sends: the figure and the sentence', () => {
    const fig = userFigureFor('pitch', figures);
    expect(fig).toMatchObject({ warning: 'pitch', sent: 46, accepted: 9 });
    expect(fig?.text).toBe('your notes with a pitch: 20% accepted, 46 sent');
    expect(fig?.label).toBe(
      'Your own figure: notes with a pitch, 20% accepted (95% interval 11–33%) of 46 sent.',
    );
    expect(fig?.ci95[0]).toBeCloseTo(0.106505, 5);
  });

  it('the blank-note tip shows the blank requests’ figure', () => {
    expect(userFigureFor('blank-note', figures)?.text).toBe('your blank requests: 90% accepted, 40 sent');
  });

  it('under 25 sends, an unknown warning, or no figures: nothing', () => {
    const few = warningFigures([...kind('pitch', 24, 5, 0)], opts);
    expect(userFigureFor('pitch', few)).toBeNull();
    expect(userFigureFor('pitch', warningFigures(kind('pitch', 25, 5, 0), opts))?.text).toBe(
      'your notes with a pitch: 20% accepted, 25 sent',
    );
    expect(userFigureFor('shouting', figures)).toBeNull();
    expect(userFigureFor('pitch', null)).toBeNull();
    expect(userFigureFor('pitch', undefined)).toBeNull();
  });

  it('every group has a name and a phrase; a rule added later still reads sensibly', () => {
    expect(userFigureText('generic-opener', 0.3, 1234)).toBe(
      'your notes with a generic opener: 30% accepted, 1,234 sent',
    );
    expect(warningLabel('future-rule')).toBe('future-rule');
    expect(warningPhrase('future-rule')).toBe('notes flagged “future-rule”');
  });
});
