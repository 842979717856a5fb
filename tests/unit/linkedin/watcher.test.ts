import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../../lib/linkedin/watcher';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage: when to look for compose boxes again', () => {
  let abort: AbortController;
  afterEach(() => abort?.abort());

  let watcher: ReturnType<typeof watchPage>;
  function start(over: { slowTimerMs?: number; armMs?: number; tracked?: () => Element[] } = {}) {
    abort = new AbortController();
    let scans = 0;
    watcher = watchPage(document, {
      signal: abort.signal,
      minIntervalMs: 20,
      slowTimerMs: over.slowTimerMs ?? 60_000,
      armMs: over.armMs ?? 150,
      scan: () => {
        scans++;
        return [document];
      },
      tracked: over.tracked ?? (() => []),
    });
    return () => scans;
  }

  function feedWithBox() {
    document.body.innerHTML = '<div id="app"><main><div id="feed"><article></article></div></main></div>';
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    return { article: document.querySelector('article') as HTMLElement, box };
  }

  it('scans at start, then when a dialog with a text box appears', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const scans = start();
    expect(scans()).toBe(1);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.append(document.createElement('textarea'));
    document.body.append(dialog);
    await wait(80);
    expect(scans()).toBe(2);
  });

  it('a busy feed that adds no text box, dialog or frame causes no scan', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const scans = start();
    const feed = document.getElementById('feed') as HTMLElement;
    for (let i = 0; i < 200; i++) {
      const post = document.createElement('article');
      post.innerHTML = `<p>post ${i}</p><button>Like</button>`;
      feed.append(post);
      if (feed.children.length > 20) feed.firstElementChild?.remove();
      if (i % 20 === 0) await wait(5);
    }
    await wait(80);
    expect(scans()).toBe(1);
  });

  it('opening a closed dialog (the open attribute) after a click is noticed at once', async () => {
    document.body.innerHTML = '<main><dialog id="d"><textarea maxlength="200"></textarea></dialog></main>';
    const scans = start();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.getElementById('d')?.setAttribute('open', '');
    await wait(80);
    expect(scans()).toBe(2);
  });

  it('a dialog opened by its attribute with no interaction is found by the periodic full scan', async () => {
    document.body.innerHTML = '<main><dialog id="d"><textarea maxlength="200"></textarea></dialog></main>';
    const scans = start({ slowTimerMs: 40 });
    document.getElementById('d')?.setAttribute('open', '');
    await wait(30);
    expect(scans()).toBe(1);
    await wait(250);
    expect(scans()).toBeGreaterThanOrEqual(2);
  });

  it('reading a busy feed keeps the full observer off; a click turns it on for a while', async () => {
    document.body.innerHTML = '<div id="app"><main><div id="feed"></div></main></div>';
    start({ armMs: 100 });
    const feed = document.getElementById('feed') as HTMLElement;
    for (let i = 0; i < 50; i++) feed.append(document.createElement('article'));
    await wait(30);
    expect(watcher.isArmed()).toBe(false);
    feed.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(watcher.isArmed()).toBe(true);
    await wait(250);
    expect(watcher.isArmed()).toBe(false);
  });

  it('after a click, a comment box opened deep in the feed is found at once', async () => {
    const { article, box } = feedWithBox();
    const scans = start();
    article.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    article.append(box);
    await wait(80);
    expect(scans()).toBe(2);
  });

  it('without any interaction, a box added deep in the page is still found by the slow check', async () => {
    const { article, box } = feedWithBox();
    const scans = start({ slowTimerMs: 100 });
    article.append(box);
    await wait(40);
    expect(scans()).toBe(1);
    await wait(200);
    expect(scans()).toBeGreaterThanOrEqual(2);
  });

  it('a dialog mounted in a top-level outlet is found without interaction', async () => {
    document.body.innerHTML = '<div id="app"><main></main></div><div id="outlet"></div>';
    const scans = start();
    const outlet = document.getElementById('outlet') as HTMLElement;
    outlet.innerHTML = '<div role="dialog"><textarea maxlength="300"></textarea></div>';
    await wait(80);
    expect(scans()).toBe(2);
  });

  it('stays watching closely while a panel is open, so the box closing is noticed', async () => {
    const { article, box } = feedWithBox();
    article.append(box);
    const scans = start({ armMs: 50, tracked: () => (box.isConnected ? [box] : []) });
    await wait(200);
    expect(watcher.isArmed()).toBe(true);
    box.remove();
    await wait(80);
    expect(scans()).toBe(2);
  });

  it('stops with its signal', async () => {
    document.body.innerHTML = '<main></main>';
    const scans = start();
    abort.abort();
    document.body.append(document.createElement('textarea'));
    await wait(80);
    expect(scans()).toBe(1);
  });
});
