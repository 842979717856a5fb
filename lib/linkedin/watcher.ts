/**
 * Decides when to look for compose boxes again. Several triggers, because none is reliable alone
 * (Harper): DOM mutations that could matter, focus moving into an editable, SPA navigation, and a slow
 * timer for shadow roots attached after insertion. Scans are throttled; everything stops with `signal`.
 * Takes the document it watches as a parameter: no globals.
 */
import type { SearchRoot } from './roots';
import { sel } from './selectors';

export interface WatcherOptions {
  signal: AbortSignal;
  /** Runs a scan; returns the roots it searched so shadow roots and frames get observed too. */
  scan: () => SearchRoot[];
  /** Elements that currently have a panel: mutations touching them always matter. */
  tracked: () => Iterable<Element>;
  minIntervalMs?: number;
  slowTimerMs?: number;
}

// Not 'class' or 'style': LinkedIn toggles them constantly (hover, lazy loading, impressions), and a box
// shown by a class change is still found by the focus trigger or the slow timer.
const ATTRS = ['open', 'hidden', 'aria-hidden', 'contenteditable', 'disabled', 'readonly'];
const VISIBILITY_ATTRS = new Set(['open', 'hidden', 'aria-hidden']);

export function watchPage(doc: Document, opts: WatcherOptions) {
  const win = doc.defaultView;
  if (!win) throw new Error('watchPage needs a document with a window');
  const minInterval = opts.minIntervalMs ?? 100;
  const interesting = `${sel('editable')}, ${sel('dialog')}, iframe`;
  const observed = new WeakSet<Node>();
  let lastScan = Number.NEGATIVE_INFINITY;
  let timer: number | undefined;

  // The editables, dialogs and frames last seen, per searched root: a cheap signature of the page.
  let roots: SearchRoot[] = [doc];
  let seen: Element[] = [];
  const snapshot = () => roots.flatMap((r) => [...r.querySelectorAll(interesting)]);

  const run = () => {
    timer = undefined;
    if (opts.signal.aborted) return;
    lastScan = win.performance.now();
    roots = opts.scan();
    for (const root of roots) observe(root);
    seen = snapshot();
  };

  const schedule = () => {
    if (timer !== undefined || opts.signal.aborted) return;
    const wait = Math.max(0, lastScan + minInterval - win.performance.now());
    timer = win.setTimeout(run, wait);
  };

  /**
   * Busy pages (the feed) mutate hundreds of times a second. Rather than inspect every added node, look
   * at most every minInterval whether the set of editables, dialogs and frames changed, and scan only then.
   */
  let checkTimer: number | undefined;
  let lastCheck = Number.NEGATIVE_INFINITY;
  const check = () => {
    checkTimer = undefined;
    if (opts.signal.aborted || timer !== undefined) return;
    lastCheck = win.performance.now();
    const now = snapshot();
    const same = now.length === seen.length && now.every((el, i) => el === seen[i]);
    let trackedGone = false;
    for (const el of opts.tracked()) if (!el.isConnected) trackedGone = true;
    if (!same || trackedGone) schedule();
  };
  const scheduleCheck = () => {
    if (checkTimer !== undefined || timer !== undefined || opts.signal.aborted) return;
    const wait = Math.max(0, lastCheck + minInterval - win.performance.now());
    checkTimer = win.setTimeout(check, wait);
  };

  const touchesTracked = (node: Node) => {
    for (const el of opts.tracked()) if (node === el || node.contains(el)) return true;
    return false;
  };

  const onMutations = (records: MutationRecord[]) => {
    if (timer !== undefined) return;
    for (const r of records) {
      if (r.type === 'childList') {
        // A new shadow host may hold a dialog the signature cannot see yet.
        for (const n of r.addedNodes) if ((n as Element).shadowRoot) return schedule();
        if (r.addedNodes.length || r.removedNodes.length) scheduleCheck();
      } else if (r.type === 'attributes') {
        // Visibility and editability changes keep the same elements: scan for them directly.
        const el = r.target as Element;
        if (el.matches(interesting) || touchesTracked(el)) return schedule();
        if (VISIBILITY_ATTRS.has(r.attributeName ?? '') && el.querySelector(interesting)) return schedule();
      }
    }
  };

  const observer = new win.MutationObserver(onMutations);
  const observe = (root: SearchRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRS });
    // Focus inside an iframe does not reach the top document.
    if (root.nodeType === 9 && root !== doc)
      root.addEventListener('focusin', schedule, { signal: opts.signal });
  };

  doc.addEventListener('focusin', schedule, { capture: true, signal: opts.signal });
  const slow = win.setInterval(() => {
    if (doc.visibilityState !== 'hidden') schedule();
  }, opts.slowTimerMs ?? 2000);
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearInterval(slow);
    if (timer !== undefined) win.clearTimeout(timer);
    if (checkTimer !== undefined) win.clearTimeout(checkTimer);
  });

  run();
  return { schedule, scanNow: run };
}
