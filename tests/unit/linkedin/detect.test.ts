import { describe, expect, it } from 'vitest';
import { resolveLimit } from '../../../lib/limits';
import { explainElement, findSurfaces } from '../../../lib/linkedin/detect';
import { profileName } from '../../../lib/linkedin/recipient';
import { readEditorText } from '../../../lib/text/editor-text';
import { FIXTURES, fixtureNames } from '../../fixtures/linkedin/index';
import { fixtureDocument, fixtureUrl, isScripted } from './fixture-dom';

const staticFixtures = fixtureNames().filter((n) => !isScripted(n));

describe('findSurfaces on every fixture page (static state)', () => {
  it.each(staticFixtures)('%s', (name) => {
    const info = FIXTURES[name];
    if (!info) throw new Error(name);
    const doc = fixtureDocument(name);
    const url = fixtureUrl(name);
    // As the content script does: the profile on screen names the invitation's recipient.
    const { surfaces } = findSurfaces(doc, { url, inviteRecipient: profileName(doc, url) });
    const expected = info.expect.surfaces;
    expect(surfaces.map((s) => s.kind)).toEqual(expected.map((s) => s.kind));
    surfaces.forEach((s, i) => {
      const want = expected[i];
      if (!want) return;
      expect(s.fields.map((f) => f.name).sort()).toEqual([...want.fields].sort());
      if (want.recipient !== undefined && want.recipient !== null) expect(s.recipient).toBe(want.recipient);
      for (const f of s.fields) {
        const limit = resolveLimit(s.kind, f.name, f.pageLimit, null);
        const wantLimit = want.limit?.[f.name];
        if (wantLimit !== undefined)
          expect({ field: f.name, limit: limit.value }).toEqual({ field: f.name, limit: wantLimit });
        const wantFrom = want.limitFrom?.[f.name];
        if (wantFrom) expect({ field: f.name, from: limit.from }).toEqual({ field: f.name, from: wantFrom });
        const wantText = want.text?.[f.name];
        if (wantText !== undefined) expect(readEditorText(f.element)).toBe(wantText);
      }
      // The card floats beside the compose area, which holds the box.
      expect(s.area.isConnected).toBe(true);
      expect(s.area.contains(s.key)).toBe(true);
    });
  });
});

describe('decoys never get a panel, and say why', () => {
  it('decoys page: no surfaces, a reason for every editable element', () => {
    const doc = fixtureDocument('decoys');
    const { surfaces, skipped } = findSurfaces(doc, { url: fixtureUrl('decoys') });
    expect(surfaces).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('explains an unknown editor in plain words', () => {
    const doc = new DOMParser().parseFromString(
      '<main><div><textarea id="x"></textarea></div></main>',
      'text/html',
    );
    const reasons = explainElement(doc.getElementById('x') as Element, {
      url: 'https://www.linkedin.com/jobs/',
    });
    expect(reasons.join(' ')).toMatch(/not an invitation note or message/);
  });

  it('a textarea in a dialog without a note-sized limit is not taken for the invitation note', () => {
    const doc = new DOMParser().parseFromString(
      '<dialog open aria-label="Report"><h2>Report this post</h2><textarea></textarea><button>Submit</button></dialog>',
      'text/html',
    );
    const { surfaces, skipped } = findSurfaces(doc, { url: 'https://www.linkedin.com/feed/' });
    expect(surfaces).toEqual([]);
    expect(skipped[0]?.reasons.join(' ')).toMatch(/no invitation-note limit/);
  });
});
