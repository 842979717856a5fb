import { describe, expect, it } from 'vitest';
import { inferAccountType, LIMITS, resolveLimit, tableLimit } from '../../lib/limits';

describe('limits: the page wins over the table', () => {
  it('uses the table when the page shows nothing, stricter free limit when the account is unknown', () => {
    expect(resolveLimit('connection-note', 'note', {}, null)).toMatchObject({ value: 200, from: 'table' });
    expect(resolveLimit('connection-note', 'note', {}, 'premium')).toMatchObject({
      value: 300,
      from: 'table',
    });
    expect(resolveLimit('message', 'body', {}, null).value).toBe(8000);
    expect(resolveLimit('inmail', 'subject', {}, null).value).toBe(200);
    expect(resolveLimit('inmail', 'body', {}, null)).toMatchObject({ value: 2000, warnAt: 1900 });
    expect(resolveLimit('comment', 'body', {}, null).value).toBe(1250);
    expect(resolveLimit('post', 'body', {}, null).value).toBe(3000);
  });

  it.each([
    [{ maxLength: 300 }, 300, true],
    [{ counter: 200 }, 200, false],
    [{ maxLength: 300, counter: 200 }, 200, false],
    [{ maxLength: 200, counter: 300 }, 200, true],
    [{ maxLength: 0 }, 200, false],
    [{ maxLength: -1, counter: null }, 200, false],
  ])('page %o → %i', (page, value, enforced) => {
    const limit = resolveLimit('connection-note', 'note', page, null);
    expect(limit.value).toBe(value);
    expect(limit.enforced).toBe(enforced);
  });

  it('a comment box with maxlength 3000 uses 3000, not the 1,250 table figure', () => {
    expect(resolveLimit('comment', 'body', { maxLength: 3000 }, null)).toMatchObject({
      value: 3000,
      from: 'page',
    });
  });

  it('every table entry carries a source, an as-of date and a confidence', () => {
    for (const entry of Object.values(LIMITS)) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(entry.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['high', 'medium', 'low']).toContain(entry.confidence);
    }
    expect(tableLimit('salesnav', 'subject', null).value).toBe(200);
  });

  it('infers a free account from a 200 counter only', () => {
    expect(inferAccountType(200)).toBe('free');
    expect(inferAccountType(300)).toBe('premium');
    expect(inferAccountType(8000)).toBeNull();
  });
});
