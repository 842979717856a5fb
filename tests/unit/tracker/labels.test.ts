import { describe, expect, it } from 'vitest';
import {
  cleanLabel,
  DEFAULT_LABELS,
  renameLabel,
  repairLabels,
  withLabel,
} from '../../../lib/tracker/labels';

describe('version and audience labels', () => {
  it('adds and selects a new label, once', () => {
    const a = withLabel(DEFAULT_LABELS, 'version', '  Founder   V2 ');
    expect(a).toMatchObject({ versions: ['Founder V2'], currentVersion: 'Founder V2' });
    expect(withLabel(a, 'version', 'Founder V2').versions).toEqual(['Founder V2']);
    expect(withLabel(a, 'audience', 'Recruiters')).toMatchObject({
      audiences: ['Recruiters'],
      currentAudience: 'Recruiters',
    });
  });

  it('choosing nothing clears the current label but keeps the list', () => {
    const a = withLabel(DEFAULT_LABELS, 'version', 'V1');
    expect(withLabel(a, 'version', '')).toMatchObject({ versions: ['V1'], currentVersion: '' });
  });

  it('renames a label and the selection with it; never onto an existing name', () => {
    const a = withLabel(withLabel(DEFAULT_LABELS, 'version', 'V1'), 'version', 'V2');
    const b = renameLabel(a, 'version', 'V2', 'Question opener');
    expect(b).toMatchObject({ versions: ['V1', 'Question opener'], currentVersion: 'Question opener' });
    expect(renameLabel(b, 'version', 'V1', 'Question opener')).toBe(b);
    expect(renameLabel(b, 'version', 'V1', '   ')).toBe(b);
  });

  it.each([
    [null, DEFAULT_LABELS],
    ['garbage', DEFAULT_LABELS],
    [{ versions: 'V1' }, DEFAULT_LABELS],
    [
      { versions: ['V1', 3, 'V1', ' '], currentVersion: 'V9' },
      { ...DEFAULT_LABELS, versions: ['V1'] },
    ],
    [
      { audiences: ['CTOs'], currentAudience: 'CTOs' },
      { ...DEFAULT_LABELS, audiences: ['CTOs'], currentAudience: 'CTOs' },
    ],
  ])('repairs %j', (raw, want) => {
    expect(repairLabels(raw)).toEqual(want);
  });

  it('caps very long labels', () => {
    expect(cleanLabel('x'.repeat(500))).toHaveLength(60);
  });
});
