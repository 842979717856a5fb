/**
 * Editor libraries keep helper editables beside the real one (Quill's clipboard at left:-100000px,
 * 1 px tall, tabindex=-1). Issue 11: one compose box, one panel, decided by what the helper is, not by
 * an editor's class name.
 */
import { describe, expect, it } from 'vitest';
import { findSurfaces } from '../../../lib/linkedin/detect';
import { helperEditableReason } from '../../../lib/linkedin/editor-helpers';

const URL = 'https://www.linkedin.com/feed/';
const page = (html: string) => new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');

/** A comment row with a real editor and one helper beside it. */
const row = (helper: string, style = '') =>
  page(
    `<style>${style}</style><form><div class="box"><div contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p>Hi</p></div>${helper}</div><button type="submit">Post</button></form>`,
  );

describe('helper editables are never compose boxes', () => {
  it.each([
    [
      'off-screen by a stylesheet (Quill)',
      '<div class="clip" contenteditable="true"></div>',
      '.box{position:relative}.clip{position:absolute;left:-100000px;top:50%;height:1px;overflow-y:hidden}',
    ],
    [
      'off-screen by its own style, under another class name',
      '<div class="x9" contenteditable="true" style="position:absolute;top:-9999px"></div>',
      '',
    ],
    ['1 px tall', '<div contenteditable="true" style="height:1px;overflow:hidden"></div>', ''],
    ['out of the Tab order', '<div contenteditable="true" tabindex="-1"></div>', ''],
    ['inert', '<div inert><div contenteditable="true"></div></div>', ''],
    ['hidden from assistive technology', '<div contenteditable="true" aria-hidden="true"></div>', ''],
  ])('%s: one surface, and a reason for the helper', (_what, helper, style) => {
    const doc = row(helper, style);
    const { surfaces, skipped } = findSurfaces(doc, { url: URL });
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]?.key.getAttribute('aria-label')).toBe('Text editor for creating comment');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.reasons.join(' ')).toMatch(/off-screen|1 px|Tab order|inert|assistive/);
  });

  it('an ordinary editor, textarea or focused box is no helper', () => {
    const doc = page(
      '<div id="a" contenteditable="true"><p>x</p></div><textarea id="b" tabindex="-1"></textarea><div id="c" contenteditable="true" style="position:relative;left:-20px"></div>',
    );
    for (const id of ['a', 'b', 'c'])
      expect(helperEditableReason(doc.getElementById(id) as HTMLElement)).toBeNull();
  });
});
