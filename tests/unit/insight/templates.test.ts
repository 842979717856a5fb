import { describe, expect, it } from 'vitest';
import { wilson } from '../../../lib/insight/stats';
import { SlotWordsCache } from '../../../lib/insight/template-cache';
import {
  repairTemplateFigures,
  STORED_TEMPLATES,
  sameTemplateFigures,
  templateView,
} from '../../../lib/insight/template-figures';
import { templatesFingerprint, toTemplateFigures } from '../../../lib/insight/template-record';
import { templateRows } from '../../../lib/insight/template-report';
import { BLANK_MARK, findTemplates, findTemplatesSliced } from '../../../lib/insight/templates';
import type { TrackedContact } from '../../../lib/tracker/schema';
import { pick, rng } from '../../random';
import { fill } from '../draft/templates/fixtures';
import { req } from './helpers';
import { RECRUITER, TALK, templatesTracker } from './templates-fixture';

const NOW = new Date('2026-03-05T12:00:00Z');
const VOCABULARY =
  'apple river stone cloud paper glass window garden music silver bread candle forest letter mirror ocean pencil rocket tiger violin wagon yellow zebra anchor bridge castle dragon engine feather harbor island jungle kettle ladder magnet needle orbit parrot quartz ribbon saddle tunnel umbrella valley walnut'.split(
    ' ',
  );
const opts = { now: NOW, timeZone: 'UTC' };

describe('templates found in the sent notes', () => {
  const tracker = templatesTracker();
  const found = findTemplates(tracker, opts);

  it('finds each template once, with its sends, acceptances, replies and Wilson intervals', () => {
    expect(found.notes).toBe(98);
    expect(
      found.templates.map((g) => [g.label, g.sent, g.accepted, g.replied, g.wordings > 1, g.tooFewToJudge]),
    ).toEqual([
      ['Template 1', 40, 20, 8, true, false],
      ['Template 2', 30, 6, 1, true, false],
      ['Template 3', 12, 2, 0, true, true],
    ]);
    for (const g of found.templates) {
      expect(g.acceptanceCi95).toEqual(wilson(g.accepted, g.sent));
      expect(g.replyCi95).toEqual(wilson(g.replied, g.accepted));
      expect(g.acceptanceRate).toBe(g.accepted / g.sent);
    }
    // The recruiter template's first six notes differ only in the name: one wording.
    expect(found.templates[2]?.wordings).toBe(7);
  });

  it('notes written once stay apart, near-topic notes and shared greetings included', () => {
    expect(found.oneOffs).toMatchObject({ sent: 16, accepted: 12, replied: 6 });
    expect(found.oneOffs?.acceptanceCi95).toEqual(wilson(12, 16));
  });

  it('a request counts in one template at most; blank requests in none', () => {
    const ids = found.members.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(82);
    expect(ids.some((id) => id.includes('blank-') || id.includes('once-'))).toBe(false);
    expect(found.members[0]?.every((id) => id.includes('talk-'))).toBe(true);
    expect(found.members[1]?.every((id) => id.includes('vortrag-'))).toBe(true);
  });

  it('each template’s text shows its blanks, in any language, and one note as sent', () => {
    expect(found.templates[0]?.text).toBe(
      "Hi […], loved your talk at […] on […]. I'm working on the same problem at […] and would be glad to compare notes. Would be great to connect!",
    );
    expect(found.templates[1]?.text).toBe(
      'Hallo […], ich habe Ihren Vortrag auf der […] über […] gesehen und fand ihn sehr hilfreich. Wir arbeiten bei […] an ähnlichen Themen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.',
    );
    const example = found.templates[0]?.example;
    expect(example?.text).toMatch(/^Hi \S+, loved your talk at /);
    expect(example?.text.startsWith(`Hi ${example?.name.split(' ')[0]},`)).toBe(true);
  });

  it('a template sent with one version label everywhere is named after it', () => {
    const labelled = tracker.map((c) =>
      c.id.includes('recruiter-') ? { ...c, version: 'Recruiter V1' } : c,
    );
    const r = findTemplates(labelled, opts);
    expect(r.templates[2]?.label).toBe('Template 3 (Recruiter V1)');
    expect(r.templates[2]?.versions).toEqual([{ label: 'Recruiter V1', count: 12 }]);
    expect(r.templates[0]?.versions).toEqual([{ label: '', count: 40 }]);
  });

  it('a name-swapped note sent twice is a template; a note sent once is not', () => {
    const two = [
      req('a', '2026-02-01', {
        name: 'Ana Silva',
        note: fill(RECRUITER, { name: 'Ana', topic: 'search', company: 'Zalando', years: '4' }),
      }),
      req('b', '2026-02-02', {
        name: 'Bo Chen',
        note: fill(RECRUITER, { name: 'Bo', topic: 'search', company: 'Zalando', years: '4' }),
      }),
      req('c', '2026-02-03', {
        name: 'Cy Diaz',
        note: 'Hi Cy, your thread on compilers was a joy. How long did the rewrite take?',
      }),
    ];
    const r = findTemplates(two, opts);
    expect(r.templates.map((g) => [g.sent, g.wordings])).toEqual([[2, 1]]);
    expect(r.templates[0]?.text).toContain(
      `Hi ${BLANK_MARK}, I noticed you have been building search at Zalando`,
    );
    expect(r.oneOffs?.sent).toBe(1);
  });

  it('no notes, only blank requests, or odd text: nothing breaks', () => {
    expect(findTemplates([], opts)).toEqual({ notes: 0, templates: [], members: [], oneOffs: null });
    const odd = [
      req('x', '2026-02-01', { note: '\u0000'.repeat(50) }),
      req('y', '2026-02-01', { note: '🙂'.repeat(400) }),
      req('z', '2026-02-01', { note: `${'word '.repeat(3000)}` }),
    ];
    const r = findTemplates(odd, opts);
    expect(r.notes).toBe(3);
    expect(r.templates).toEqual([]);
  });

  it('the stats command’s rows: templates by label, then the notes written once', () => {
    const { rows, lines } = templateRows(found);
    expect(rows.map((g) => g.key)).toEqual(['Template 1', 'Template 2', 'Template 3', 'Written once']);
    expect(lines[0]).toMatch(/^ {2}Template 1, 40 sent, \d+ wordings: Hi \[…\], loved your talk/);
  });
});

describe('computed at once, in slices, or one send at a time: the same templates', () => {
  const tracker = templatesTracker();
  const scratch = findTemplates(tracker, opts);

  it('the sliced runner pauses and gives the same result', async () => {
    let t = 0;
    let pauses = 0;
    const sliced = await findTemplatesSliced(
      tracker,
      { ...opts, budgetMs: 5, clock: () => (t += 1) },
      async () => {
        pauses++;
      },
    );
    expect(pauses).toBeGreaterThan(10);
    expect(sliced).toEqual(scratch);
  });

  it('a cache extended send by send (in the order sent) ends where clustering everything does', () => {
    const cache = new SlotWordsCache();
    const bySent = [...tracker].sort((a, b) =>
      (a.request?.sentAt ?? '') < (b.request?.sentAt ?? '') ? -1 : 1,
    );
    for (let n = 1; n <= bySent.length; n += 7) findTemplates(bySent.slice(0, n), { ...opts, cache });
    const last = findTemplates(bySent, { ...opts, cache });
    expect(last.templates).toEqual(scratch.templates);
    expect(last.oneOffs).toEqual(scratch.oneOffs);
    // Extending never re-clustered; only new notes became slot words.
    expect(cache.rebuilt).toBe(1);
    expect(cache.made).toBe(98);
  });

  it('a deleted or edited note, or an earlier one imported, clusters everything again', () => {
    const cache = new SlotWordsCache();
    findTemplates(tracker, { ...opts, cache });
    const without = tracker.slice(1);
    expect(findTemplates(without, { ...opts, cache })).toEqual(findTemplates(without, opts));
    expect(cache.rebuilt).toBe(2);
    const earlier = [
      ...tracker,
      req('early', '2026-01-01', {
        name: 'Ea Rly',
        note: fill(TALK, { name: 'Ea', event: 'FOSDEM', topic: 'Nix', company: 'Fjordbank' }),
      }),
    ];
    expect(findTemplates(earlier, { ...opts, cache })).toEqual(findTemplates(earlier, opts));
    expect(cache.rebuilt).toBe(3);
    // An acceptance changes the figures, not the clustering.
    const acceptedOne = tracker.map((c, i) =>
      i === 45 ? { ...c, status: 'accepted' as const, acceptedAt: '2026-02-20T09:00:00.000Z' } : c,
    );
    const r = findTemplates(acceptedOne, { ...opts, cache });
    expect(cache.rebuilt).toBe(4); // the earlier note is gone again
    expect(r).toEqual(findTemplates(acceptedOne, opts));
    findTemplates(
      acceptedOne.map((c, i) => (i === 46 ? { ...c, status: 'withdrawn' as const } : c)),
      {
        ...opts,
        cache,
      },
    );
    expect(cache.rebuilt).toBe(4);
  });
});

describe('the stored record (template-figures.ts)', () => {
  const found = findTemplates(templatesTracker(), opts);
  const figures = toTemplateFigures(found, NOW, '98.abc.def');

  it('round-trips through repair and gives the same groups back', () => {
    const stored = JSON.parse(JSON.stringify(figures));
    expect(repairTemplateFigures(stored)).toEqual(figures);
    const view = templateView(figures);
    expect(view.templates.map((g) => [g.label, g.sent, g.accepted, g.acceptanceCi95])).toEqual(
      found.templates.map((g) => [g.label, g.sent, g.accepted, g.acceptanceCi95]),
    );
    expect(view.templates[0]?.text).toBe(found.templates[0]?.text);
    expect(view.oneOffs?.acceptanceCi95).toEqual(found.oneOffs?.acceptanceCi95);
    expect(JSON.stringify(figures).length).toBeLessThan(4000);
  });

  it('keeps the most sent templates only, counting the rest', () => {
    // 35 notes of twelve random words, each sent to two people: 35 templates of one wording each.
    const r = rng(5);
    const many: TrackedContact[] = [];
    for (let k = 0; k < STORED_TEMPLATES + 5; k++) {
      const words = Array.from({ length: 12 }, () => pick(r, VOCABULARY)).join(' ');
      for (const name of ['Ana', 'Bo'])
        many.push(req(`t${k}-${name}`, '2026-02-01', { name: `${name} X`, note: `Hi ${name}, ${words}.` }));
    }
    const stored = toTemplateFigures(findTemplates(many, opts), NOW);
    expect(stored.found).toBe(STORED_TEMPLATES + 5);
    expect(stored.templates).toHaveLength(STORED_TEMPLATES);
    expect(repairTemplateFigures(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('anything odd reads as null, never half a record', () => {
    const bad: unknown[] = [
      null,
      'text',
      { ...figures, v: 2 },
      { ...figures, computedAt: 'yesterday' },
      { ...figures, templates: 'none' },
      { ...figures, templates: [{ ...figures.templates[0], a: 999 }] },
      { ...figures, templates: [{ ...figures.templates[0], s: 1, a: 0, r: 0, y: 0 }] },
      { ...figures, templates: [{ ...figures.templates[0], v: [['x']] }] },
      { ...figures, templates: [{ ...figures.templates[0], t: 'x'.repeat(5000) }] },
      { ...figures, notes: 3 },
      { ...figures, oneOffs: { s: -1 } },
      { ...figures, found: 0 },
    ];
    for (const raw of bad) expect(repairTemplateFigures(raw), JSON.stringify(raw)?.slice(0, 80)).toBeNull();
    const { fp: _fp, ...withoutFp } = figures;
    expect(repairTemplateFigures({ ...figures, fp: 'not a fingerprint' })).toEqual(withoutFp);
  });

  it('same figures ignore when they were computed', () => {
    expect(sameTemplateFigures(figures, { ...figures, computedAt: '2027-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameTemplateFigures(figures, { ...figures, notes: 99 })).toBe(false);
    expect(sameTemplateFigures(null, null)).toBe(true);
  });

  it('the fingerprint follows notes, outcomes and labels, not the contacts’ order', () => {
    const tracker = templatesTracker();
    const fp = templatesFingerprint(tracker, 'UTC', 'dev');
    expect(templatesFingerprint([...tracker].reverse(), 'UTC', 'dev')).toBe(fp);
    expect(templatesFingerprint(tracker, 'Europe/Berlin', 'dev')).not.toBe(fp);
    expect(templatesFingerprint(tracker, 'UTC', '0.2.0')).not.toBe(fp);
    const relabelled = tracker.map((c, i) => (i === 3 ? { ...c, version: 'v9' } : c));
    expect(templatesFingerprint(relabelled, 'UTC', 'dev')).not.toBe(fp);
    expect(fp).toMatch(/^[0-9]+\.[0-9a-z]{1,7}\.[0-9a-z]{1,7}$/);
  });
});
