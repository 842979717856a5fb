import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../../lib/text/editor-text';

function editor(html: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.innerHTML = html;
  return div;
}

describe('readEditorText: contenteditable text with one "\\n" per line', () => {
  it.each([
    ['one paragraph', '<p>Hello Ana</p>', 'Hello Ana'],
    ['two paragraphs', '<p>Hi</p><p>there</p>', 'Hi\nthere'],
    ['an empty line is <p><br></p>', '<p>Hi</p><p><br></p><p>there</p>', 'Hi\n\nthere'],
    ['empty editor', '<p><br></p>', ''],
    ['shift+enter inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    ['trailing <br> placeholder is not a line', '<p>a<br></p>', 'a'],
    ['two trailing <br>: one new line', '<p>a<br><br></p>', 'a\n'],
    [
      "Chrome's default div lines",
      'first<div>second</div><div><br></div><div>fourth</div>',
      'first\nsecond\n\nfourth',
    ],
    ['mention stays inline', '<p>Thanks <a href="/in/zoe/">Zoë Ångström</a>!</p>', 'Thanks Zoë Ångström!'],
    ['emoji and flags kept', '<p>Hej 👋🏽 🇸🇪</p>', 'Hej 👋🏽 🇸🇪'],
    ['source formatting between blocks ignored', '<p>a</p>\n  <p>b</p>\n', 'a\nb'],
    ['list items are lines', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['non-breaking space counts', '<p>a&nbsp;b</p>', 'a\u00a0b'],
  ])('%s', (_name, html, text) => {
    expect(readEditorText(editor(html))).toBe(text);
  });

  it('reads a textarea value with LF line breaks', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Hi Søren,\r\nthanks';
    expect(readEditorText(ta)).toBe('Hi Søren,\nthanks');
  });
});
