import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../../lib/linkedin/watcher';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage: when to look for compose boxes again', () => {
  let abort: AbortController;
  afterEach(() => abort?.abort());

  function start() {
    abort = new AbortController();
    let scans = 0;
    watchPage(document, {
      signal: abort.signal,
      minIntervalMs: 20,
      slowTimerMs: 60_000,
      scan: () => {
        scans++;
        return [document];
      },
      tracked: () => [],
    });
    return () => scans;
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

  it('opening a closed dialog (the open attribute) is noticed', async () => {
    document.body.innerHTML = '<dialog id="d"><textarea maxlength="200"></textarea></dialog>';
    const scans = start();
    document.getElementById('d')?.setAttribute('open', '');
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
