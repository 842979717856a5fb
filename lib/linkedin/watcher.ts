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

  const run = () => {
    timer = undefined;
    if (opts.signal.aborted) return;
    lastScan = win.performance.now();
    for (const root of opts.scan()) observe(root);
  };

  const schedule = () => {
    if (timer !== undefined || opts.signal.aborted) return;
    const wait = Math.max(0, lastScan + minInterval - win.performance.now());
    timer = win.setTimeout(run, wait);
  };

  const touchesTracked = (node: Node) => {
    for (const el of opts.tracked()) if (node === el || node.contains(el) || !el.isConnected) return true;
    return false;
  };

  const relevantNode = (node: Node): boolean => {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    return el.shadowRoot !== null || el.matches(interesting) || el.querySelector(interesting) !== null;
  };

  const onMutations = (records: MutationRecord[]) => {
    if (timer !== undefined) return;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (relevantNode(n)) return schedule();
        for (const n of r.removedNodes) if (n.nodeType === 1 && touchesTracked(n)) return schedule();
      } else if (r.type === 'attributes') {
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
  });

  run();
  return { schedule, scanNow: run };
}
