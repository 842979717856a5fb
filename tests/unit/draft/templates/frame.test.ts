import { describe, expect, it } from 'vitest';
import { compareFrames, type FrameMatch } from '../../../../lib/draft/frame';
import { slotWordsOf } from '../../../../lib/draft/template-slots';
import { fill, ISSUE_TEMPLATES, LANGUAGE_TEMPLATES, NEAR_TOPIC, SHARED_GREETING } from './fixtures';

function compare(a: string, b: string, names: [string?, string?] = []): FrameMatch {
  return compareFrames(slotWordsOf(a, names[0]), slotWordsOf(b, names[1]));
}

/** The changes as "draft words ← earlier words". */
function changes(a: string, b: string, m: FrameMatch): string[] {
  return m.slots.map((s) => `${a.slice(s.a.start, s.a.end)} ← ${b.slice(s.b.start, s.b.end)}`);
}

describe('compareFrames: the frame two notes share and the slots where they differ', () => {
  it('sees the issue’s example as one frame with two slots', () => {
    const a = 'Hi Mark, loved your talk at SREcon on error budgets. Would be great to connect!';
    const b = 'Hi Sarah, loved your talk at KubeCon on platform teams. Would be great to connect!';
    const m = compare(a, b);
    expect(m.templated).toBe(true);
    expect(m.coverage).toBe(1);
    expect(changes(a, b, m)).toEqual(['Mark ← Sarah', 'SREcon ← KubeCon', 'error budgets ← platform teams']);
    expect(m.slots.map((s) => s.kind)).toEqual(['name', 'words', 'words']);
  });

  it('is symmetric in what it decides', () => {
    for (const tpl of [...ISSUE_TEMPLATES, ...LANGUAGE_TEMPLATES]) {
      const a = fill(tpl.text, tpl.fresh[0] as Record<string, string>);
      const b = fill(tpl.text, tpl.earlier[0] as Record<string, string>);
      expect(compare(a, b).templated, a).toBe(true);
      expect(compare(b, a).templated, b).toBe(true);
    }
  });

  it('every fresh fill matches every earlier fill of its template, in five languages', () => {
    for (const tpl of [...ISSUE_TEMPLATES, ...LANGUAGE_TEMPLATES])
      for (const f of tpl.fresh)
        for (const e of tpl.earlier) {
          const a = fill(tpl.text, f);
          const m = compare(a, fill(tpl.text, e), [f.name, e.name]);
          expect(m.templated, `${tpl.id}: ${a}`).toBe(true);
          expect(m.frameShare).toBeGreaterThanOrEqual(0.6);
        }
  });

  it('no two templates match each other', () => {
    const all = [...ISSUE_TEMPLATES, ...LANGUAGE_TEMPLATES];
    for (const x of all)
      for (const y of all) {
        if (x === y) continue;
        const a = fill(x.text, x.fresh[0] as Record<string, string>);
        const b = fill(y.text, y.earlier[0] as Record<string, string>);
        expect(compare(a, b).templated, `${x.id} vs ${y.id}`).toBe(false);
      }
  });

  it('near-topic notes and notes sharing only a greeting match no template', () => {
    for (const note of [...NEAR_TOPIC, ...SHARED_GREETING])
      for (const tpl of [...ISSUE_TEMPLATES, ...LANGUAGE_TEMPLATES])
        for (const e of tpl.earlier) {
          const m = compare(note.text, fill(tpl.text, e), [note.name, e.name]);
          expect(m.templated, `${note.text}\n  vs ${fill(tpl.text, e)}`).toBe(false);
          expect(m.frameShare).toBeLessThan(0.5);
        }
  });

  it('a single shared word between differences is not a frame', () => {
    // Same greeting and closing, "the" and "on" in common: a different note.
    const a = 'Hi Ana, your post about the new pricing model on Monday was great. Would be great to connect!';
    const b = 'Hi Bo, my team read the essay you wrote on remote hiring twice. Would be great to connect!';
    const m = compare(a, b);
    expect(m.templated).toBe(false);
    expect(m.frameShare).toBeLessThan(0.5);
  });

  it('a longer difference is reported but not excused; words only one note has count against it', () => {
    const a =
      'Hi Ana, loved your talk at KubeCon on how a platform team can say no to product requests without a fight. Would be great to connect!';
    const b = 'Hi Bo, loved your talk at SREcon on error budgets. Would be great to connect!';
    const m = compare(a, b);
    expect(m.templated).toBe(false);
    expect(m.slots.some((s) => !s.slot)).toBe(true);
    const added = compare(
      'Hi Ana, loved your talk at SREcon on error budgets. Would be great to connect!',
      'Hi Bo, loved your talk at SREcon on error budgets. We are hiring SREs in Lisbon and Porto right now, by the way. Would be great to connect!',
    );
    expect(added.edits).toBe(1);
    expect(added.templated).toBe(false);
  });

  it('neighbouring changes read as one ("5 April" where it said "3 March")', () => {
    const a =
      'Hi Ana, your post on 5 April about feature flags made me rethink our releases. Glad to connect!';
    const b =
      'Hi Bo, your post on 3 March about blameless retros made me rethink our releases. Glad to connect!';
    const m = compare(a, b);
    expect(changes(a, b, m)).toEqual(['Ana ← Bo', '5 April ← 3 March', 'feature flags ← blameless retros']);
  });

  it('a draft typed halfway is not yet a copy; the whole of it is', () => {
    const full =
      'Hi Ana, loved your talk at SREcon on error budgets. I am working on the same problem at Fjordbank.';
    const earlier =
      'Hi Bo, loved your talk at KubeCon on platform teams. I am working on the same problem at Fjordbank.';
    expect(compare(full.slice(0, 40), earlier).templated).toBe(false);
    expect(compare(full, earlier).templated).toBe(true);
  });

  it('empty and tiny notes never match', () => {
    expect(compare('', '').templated).toBe(false);
    expect(compare('Hi Ana, thanks!', 'Hi Bo, thanks!').templated).toBe(false);
    expect(compare('Hi Ana, great to connect!', 'Hi Bo, great to connect!').templated).toBe(false);
  });

  it('long notes are aligned on their first 160 words', () => {
    const body =
      'We build tools for finance teams and would love to hear what you think about closing the books. ';
    const a = `Hi Ana, ${body.repeat(30)}`;
    const b = `Hi Bo, ${body.repeat(30)}`;
    const m = compare(a, b);
    expect(m.templated).toBe(true);
    expect(m.frameShare).toBe(1);
  });
});
