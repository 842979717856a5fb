/**
 * The content script's lifeline (entrypoints/linkedin.content/lifeline.ts) in happy-dom with WXT's
 * fake browser: when the extension is gone (runtime.id unset, as Chrome leaves an old content script
 * after an update) it invalidates the context before any other handler runs, swallows the clean-up
 * errors that only a dead extension causes, takes our UI off the page and says once that the tab
 * needs a reload; when a newer copy took over instead, it says nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  NOTICE_TAG,
  ourHosts,
  removeLeftovers,
  watchLifeline,
} from '../../../entrypoints/linkedin.content/lifeline';

const NOTICE = {
  text: 'Connect Coach was updated. Reload this tab.',
  dismiss: 'Dismiss',
  dir: 'ltr',
  lang: 'en',
};

let textarea: HTMLTextAreaElement;
beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id?: string }).id = 'connect-coach-test';
  document.body.innerHTML = '<dialog open><textarea></textarea></dialog><input aria-label="Search">';
  textarea = document.querySelector('textarea') as HTMLTextAreaElement;
});
afterEach(() => {
  document.body.innerHTML = '';
});

function addPanel(): HTMLElement {
  const host = document.createElement('connect-coach-panel');
  host.attachShadow({ mode: 'open' }).innerHTML = '<div data-testid="cc-count"></div>';
  document.querySelector('dialog')?.append(host);
  return host;
}

function start() {
  const ctx = new ContentScriptContext('lifeline-test');
  watchLifeline(ctx, { notice: NOTICE, wouldCoach: (path) => path.includes(textarea) });
  return ctx;
}

const extensionGone = () => {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
};

const noticeText = () =>
  document.querySelector(NOTICE_TAG)?.shadowRoot?.querySelector('[data-testid="cc-updated"]')?.textContent ??
  null;

describe('the extension goes away under an open tab', () => {
  it('the first event invalidates the context, the UI comes off, and one line says to reload', () => {
    const ctx = start();
    addPanel();
    const cleaned: string[] = [];
    // A clean-up that touches the API (removeListener) throws once the extension is gone.
    ctx.onInvalidated(() => {
      cleaned.push('listener');
      throw new Error('Extension context invalidated.');
    });
    ctx.onInvalidated(() => cleaned.push('after'));
    extensionGone();
    // A key press reaches window's capture listener first.
    expect(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))).not.toThrow();
    expect(ctx.signal.aborted).toBe(true);
    expect(cleaned).toEqual(['listener', 'after']);
    expect(ourHosts().map((h) => h.tagName.toLowerCase())).toEqual([NOTICE_TAG]);
    expect(noticeText()).toBe(`${NOTICE.text}×`);
    // Dismissed, it stays gone.
    const dismiss = document.querySelector(NOTICE_TAG)?.shadowRoot?.querySelector('button');
    expect(dismiss?.getAttribute('aria-label')).toBe('Dismiss');
    dismiss?.click();
    expect(ourHosts()).toEqual([]);
  });

  it('with no UI on the page it waits: the notice comes when a box we would coach gets focus', () => {
    const ctx = start();
    extensionGone();
    window.dispatchEvent(new Event('pointerdown'));
    expect(ctx.signal.aborted).toBe(true);
    expect(noticeText()).toBeNull();
    document
      .querySelector('input')
      ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(noticeText()).toBeNull();
    textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(noticeText()).toContain('Reload this tab');
  });
});

describe('a newer copy of the script takes over (Firefox after an update)', () => {
  it('the old one says nothing; the new one removes what an earlier copy left', () => {
    const ctx = start();
    const old = addPanel();
    const style = document.createElement('style');
    style.setAttribute('wxt-shadow-root-document-styles', 'x');
    document.head.append(style);
    ctx.abort('newer script');
    expect(noticeText()).toBeNull();
    expect(old.isConnected).toBe(true);
    expect(removeLeftovers(document)).toBe(1);
    expect(old.isConnected).toBe(false);
    expect(document.querySelector('style[wxt-shadow-root-document-styles]')).toBeNull();
  });

  it('finds our hosts inside open shadow roots too', () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    root.append(document.createElement('connect-coach-card'));
    document.body.append(outer);
    expect(ourHosts().map((h) => h.tagName.toLowerCase())).toEqual(['connect-coach-card']);
  });
});
