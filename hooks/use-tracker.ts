/** React access to a page's tracker store, and a clock that ticks so due times stay current. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { TrackerState, TrackerStore } from '../utils/tracker-store';

export function useTracker<T>(store: TrackerStore, selector: (s: TrackerState) => T): T {
  return useStore(store, selector);
}

/** The current time, refreshed every `everyMs` (a minute by default). */
export function useNow(everyMs = 60_000, initial?: Date): Date {
  const [now, setNow] = useState(() => initial ?? new Date());
  useEffect(() => {
    if (initial) return;
    const t = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(t);
  }, [everyMs, initial]);
  return now;
}
