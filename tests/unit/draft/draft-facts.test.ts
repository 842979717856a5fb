import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../lib/draft';
import { type DraftField, draftFacts, sameDraftFacts } from '../../../lib/draft/draft-facts';
import type { SurfaceKind } from '../../../lib/limits';

const field = (
  text: string,
  surface: 'connection-note' | 'message' | 'comment' = 'connection-note',
): DraftField => ({
  name: 'note',
  text,
  report: analyzeDraft(text, { surface, limit: surface === 'connection-note' ? 200 : 8000 }),
});

describe('draftFacts: what the advisor reads from the draft', () => {
  it('an empty or blank box is empty, with no hook and no greeting', () => {
    for (const text of ['', '   ', '\n\t']) {
      expect(draftFacts('connection-note', [field(text)])).toEqual({
        surface: 'connection-note',
        empty: true,
        hasHook: false,
        greeting: null,
      });
    }
  });

  it('a note that names something specific has a hook; a generic one does not', () => {
    const specific = field(
      'Hi Minh, your talk at PyCon Hanoi on streaming joins changed how we batch our nightly loads. Would love to connect.',
    );
    expect(draftFacts('connection-note', [specific]).hasHook).toBe(true);
    const generic = field("Hi, I'd like to add you to my professional network on LinkedIn.");
    expect(draftFacts('connection-note', [generic]).hasHook).toBe(false);
    // Hooks only matter for a request note.
    expect(draftFacts('message', [{ ...specific, report: undefined }]).hasHook).toBe(false);
  });

  it('takes the name from the greeting the user wrote', () => {
    expect(draftFacts('message', [field('Chào Minh, cảm ơn bạn đã trả lời.', 'message')]).greeting).toBe(
      'Minh',
    );
    expect(draftFacts('message', [field('Hi Zoë, thanks for the reply.', 'message')]).greeting).toBe('Zoë');
    expect(draftFacts('message', [field('thanks for the reply', 'message')]).greeting).toBeNull();
  });

  it('an InMail is empty only when both subject and body are; the body gives the greeting', () => {
    const subject: DraftField = { name: 'subject', text: 'Your forecasting talk' };
    const body: DraftField = { name: 'body', text: '' };
    expect(draftFacts('inmail', [subject, body]).empty).toBe(false);
    expect(draftFacts('inmail', [{ ...subject, text: ' ' }, body]).empty).toBe(true);
    expect(draftFacts('inmail', [subject, { ...body, text: 'Hi Ana, quick question.' }]).greeting).toBe(
      'Ana',
    );
  });

  it('sameDraftFacts compares by value, so re-asking happens only on a real change', () => {
    const a = draftFacts('comment' as SurfaceKind, [field('Great point', 'comment')]);
    const b = draftFacts('comment' as SurfaceKind, [field('Great point, and more words', 'comment')]);
    expect(sameDraftFacts(a, b)).toBe(true);
    expect(sameDraftFacts(a, { ...a, empty: true })).toBe(false);
    expect(sameDraftFacts(a, { ...a, greeting: 'Ana' })).toBe(false);
    expect(sameDraftFacts(a, { ...a, surface: 'post' })).toBe(false);
    expect(sameDraftFacts(null, null)).toBe(true);
    expect(sameDraftFacts(a, null)).toBe(false);
  });
});
