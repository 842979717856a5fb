import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../../lib/draft';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, warningsFor } from '../helpers';

const FIRES: [string, Ctx][] = [
  ['', {}],
  [' ', {}],
  ['\n', {}],
  ['\n\n  \n', {}],
  ['\t', { account: 'premium' }],
  ['\u00a0\u00a0', {}],
  ['   \r\n', { recipientName: 'Zoë Ångström-Núñez' }],
  ['\u3000', { recipientName: '李小龍' }],
  ['', { account: 'free', recipientName: 'Nguyễn Thị Minh' }],
];

const QUIET: [string, Ctx][] = [
  ['Hi Søren, loved your FOSDEM talk on Nix.', {}],
  ['👋', {}],
  ['🇩🇰', {}],
  ['👨‍👩‍👧‍👦', {}],
  ['.', {}],
  ['', { surface: 'message' }],
  ['', { surface: 'inmail-body' }],
  ['', { surface: 'comment' }],
  ['  ', { surface: 'post' }],
  ['Hej Ayşe', {}],
];

describe('blank-note', () => {
  it.each(FIRES)('fires on empty/whitespace note %j', (text, ctx) => {
    const [w] = warningsFor('blank-note', text, ctx);
    expect(w?.severity).toBe('info');
    expect(w?.evidence).toBe(EVIDENCE.blankBeatsGeneric);
  });

  it.each(QUIET)('stays quiet on %j', (text, ctx) => {
    expect(warningsFor('blank-note', text, ctx)).toEqual([]);
  });

  it('gives the seed advice: blank beats generic, add a note only with a specific reason', () => {
    const [w] = warningsFor('blank-note', '', {});
    expect(w?.message).toMatch(/blank request beats a generic note/);
    expect(w?.message).toMatch(/specific reason/);
  });

  it('is the only warning on a blank note, and the score is neutral', () => {
    const report = analyzeDraft('  ', { surface: 'connection-note' });
    expect(report.warnings.map((w) => w.rule)).toEqual(['blank-note']);
    expect(report.score).toBe(70);
  });
});
