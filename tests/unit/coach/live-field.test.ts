/**
 * One refresh per edit (issue 11): a rich editor signals one keystroke several ways (input, keyup, its
 * own DOM mutation); the panel re-reads and re-analyses once. A change without any event (LinkedIn
 * emptying the box after Send) is still noticed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveField } from '../../../entrypoints/coach-ui/live-field';
import { resolveLimit } from '../../../lib/limits';

const limit = () => resolveLimit('message', 'body', {}, null);
const tick = () => new Promise((r) => setTimeout(r, 0));

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
  document.body.innerHTML = '';
});

function editor(html: string) {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${html}</div>`;
  return document.querySelector('[contenteditable]') as HTMLElement;
}

describe('LiveField', () => {
  it('a keystroke in a rich editor (DOM change, input, keyup) refreshes once', async () => {
    const el = editor('<p>Hi</p>');
    const onChange = vi.fn();
    new LiveField(el, limit, onChange, abort.signal);
    (el.firstElementChild as HTMLElement).textContent = 'Hi!';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.dispatchEvent(new KeyboardEvent('keyup', { key: '!', bubbles: true }));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    // A key that changes nothing (an arrow) refreshes nothing.
    el.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft', bubbles: true }));
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a textarea: one input, one refresh', async () => {
    document.body.innerHTML = '<textarea maxlength="200"></textarea>';
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    const onChange = vi.fn();
    const field = new LiveField(
      ta,
      () => resolveLimit('connection-note', 'note', { maxLength: 200 }, null),
      onChange,
      abort.signal,
    );
    ta.value = 'Hi Zoë';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    ta.dispatchEvent(new Event('change', { bubbles: true }));
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'ë', bubbles: true }));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(field.read()).toMatchObject({ text: 'Hi Zoë', count: 6 });
  });

  it('LinkedIn emptying the box after Send, with no event, is noticed', async () => {
    const el = editor('<p>Thanks!</p>');
    const onChange = vi.fn();
    const field = new LiveField(el, limit, onChange, abort.signal);
    el.innerHTML = '<p><br></p>';
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(field.read().text).toBe('');
  });
});
