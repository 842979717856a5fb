/** Issue 12: an empty box gets no score; the report says there is nothing to score. */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/draft';

describe('empty boxes', () => {
  it.each([
    ['connection-note', ''],
    ['connection-note', '   \n  '],
    ['message', ''],
    ['inmail-body', '\n'],
    ['comment', ''],
    ['post', ' '],
  ] as const)('%s %j: nothing to score', (surface, text) => {
    expect(analyzeDraft(text, { surface }).scored).toBe(false);
  });

  it('any text is scored', () => {
    expect(analyzeDraft('Hi Ana, loved your talk.', { surface: 'connection-note' }).scored).toBe(true);
    expect(analyzeDraft('👍', { surface: 'comment' }).scored).toBe(true);
  });
});
