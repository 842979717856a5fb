/**
 * Decides when to look for compose boxes again, at (almost) no cost while the user only reads.
 *
 * A MutationObserver over the whole page costs a few tens of µs per mutation batch even when it does
 * nothing, and LinkedIn's feed mutates constantly (the heavy-feed benchmark: +22% script time for an
 * empty callback). So the full subtree observer runs only while something is likely to change:
 * for a few seconds after the user interacts (pointer, key, focus, SPA navigation) and while a panel
 * is open. The rest of the time only cheap signals are watched:
 * - childList of <body> and of its direct children (where portals and outlets put dialogs and chat
 *   bubbles), never the deep feed;
 * - a timer that compares which editables, dialogs and frames exist twice a second (one
 *   querySelectorAll) and rescans fully every 2 s (shadow roots attached late, a dialog opened by its
 *   `open` attribute with no interaction).
 * While armed, the full observer also takes the attributes that show or enable a box (`open`,
 * `hidden`, …), filtered by the browser. Even a filtered subtree observer at rest measurably slows
 * every DOM change of a busy page, so none runs then.
 * Scans are throttled; everything stops with `signal`. Takes the document it watches: no globals.
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
  /** Period of the cheap signature check; every fourth tick is a full scan. */
  slowTimerMs?: number;
  /** How long the full observer stays on after an interaction. */
  armMs?: number;
}

// Not 'class' or 'style': LinkedIn toggles them constantly (hover, lazy loading, impressions), and a box
// shown by a class change is still found by the focus trigger, the armed observer or the slow timer.
const ATTRS = ['open', 'hidden', 'aria-hidden', 'contenteditable', 'disabled', 'readonly'];
const VISIBILITY_ATTRS = new Set(['open', 'hidden', 'aria-hidden']);
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

export function watchPage(doc: Document, opts: WatcherOptions) {
  const win = doc.defaultView;
  if (!win) throw new Error('watchPage needs a document with a window');
  const minInterval = opts.minIntervalMs ?? 100;
  const armMs = opts.armMs ?? 4000;
  const interesting = `${sel('editable')}, ${sel('dialog')}, iframe`;
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
    // Forget frames and shadow roots that are gone (their observer registrations die with them).
    for (const r of rootsWatched) if (r !== doc && !roots.includes(r)) rootsWatched.delete(r);
    for (const root of roots) watchRoot(root);
    seen = snapshot();
    if (hasTracked()) arm();
  };

  const schedule = () => {
    if (timer !== undefined || opts.signal.aborted) return;
    const wait = Math.max(0, lastScan + minInterval - win.performance.now());
    timer = win.setTimeout(run, wait);
  };

  /**
   * While armed, a busy page may mutate hundreds of times a second. Rather than inspect every added
   * node, look at most every minInterval whether the set of editables, dialogs and frames changed.
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

  const hasTracked = () => {
    for (const _ of opts.tracked()) return true;
    return false;
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

  // Always on for shadow roots (small components): insertions and the filtered attributes.
  const quiet = new win.MutationObserver(onMutations);
  // Always on: childList near the top, where portals, outlets and overlays mount. A change there
  // usually means a dialog or bubble is opening, so watch closely for a while.
  const top = new win.MutationObserver((records) => {
    arm();
    reobserveTop();
    onMutations(records);
  });
  // On only while armed, for documents: every insertion and removal, and the filtered attributes.
  // Not at rest: even a filtered subtree observer makes every DOM change on a busy feed cost more.
  const full = new win.MutationObserver(onMutations);
  const FULL = { childList: true, subtree: true, attributes: true, attributeFilter: ATTRS };

  const rootsWatched = new Set<SearchRoot>();
  const topWatched = new WeakSet<Node>();
  /** <body> and its direct children: where dialogs and bubbles get mounted. */
  const reobserveTop = () => {
    for (const root of rootsWatched) {
      if (root.nodeType !== 9) continue;
      const body = (root as Document).body ?? (root as Document).documentElement;
      if (!body) continue;
      for (const node of [body, ...body.children]) {
        if (topWatched.has(node)) continue;
        topWatched.add(node);
        top.observe(node, { childList: true });
      }
    }
  };
  const watchRoot = (root: SearchRoot) => {
    if (rootsWatched.has(root)) return;
    rootsWatched.add(root);
    const isDocument = root.nodeType === 9;
    if (!isDocument) quiet.observe(root, FULL);
    reobserveTop();
    if (armed && isDocument) full.observe(root, FULL);
    // Events inside an iframe do not reach the top document.
    if (root.nodeType === 9 && root !== doc) listenForIntent(root as Document);
  };

  let armed = false;
  let armUntil = 0;
  let disarmTimer: number | undefined;
  const disarmLater = () => {
    disarmTimer = undefined;
    if (opts.signal.aborted) return;
    const left = armUntil - win.performance.now();
    if (hasTracked()) armUntil = win.performance.now() + armMs;
    else if (left <= 0) {
      armed = false;
      full.disconnect();
      return;
    }
    disarmTimer = win.setTimeout(disarmLater, Math.max(left, 50));
  };
  /** Turns the full observer on for armMs (again): something is likely to change soon. */
  const arm = () => {
    if (opts.signal.aborted) return;
    armUntil = win.performance.now() + armMs;
    if (!armed) {
      armed = true;
      for (const root of rootsWatched) if (root.nodeType === 9) full.observe(root, FULL);
    }
    if (disarmTimer === undefined) disarmTimer = win.setTimeout(disarmLater, armMs);
  };

  const onIntent = (e: Event) => {
    arm();
    if (e.type === 'focusin') schedule();
    else scheduleCheck();
  };
  function listenForIntent(target: Document) {
    for (const type of INTENT_EVENTS)
      target.addEventListener(type, onIntent, { capture: true, passive: true, signal: opts.signal });
  }
  listenForIntent(doc);

  let tick = 0;
  const slow = win.setInterval(() => {
    if (doc.visibilityState === 'hidden') return;
    tick++;
    if (tick % 4 === 0) schedule();
    else check();
  }, opts.slowTimerMs ?? 500);
  opts.signal.addEventListener('abort', () => {
    quiet.disconnect();
    top.disconnect();
    full.disconnect();
    win.clearInterval(slow);
    if (timer !== undefined) win.clearTimeout(timer);
    if (checkTimer !== undefined) win.clearTimeout(checkTimer);
    if (disarmTimer !== undefined) win.clearTimeout(disarmTimer);
  });

  run();
  return {
    schedule,
    scanNow: run,
    /** Navigation and similar hints from the caller: look now and keep watching closely for a while. */
    nudge: () => {
      arm();
      schedule();
    },
    /** For tests and benchmarks: whether the full observer is on. */
    isArmed: () => armed,
  };
}
