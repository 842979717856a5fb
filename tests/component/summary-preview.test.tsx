/**
 * Pages show the background's summary (the first due rows) while they read every contact, replace it
 * with the full list once read, and say so plainly when the summary itself was unreadable.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardApp } from '../../entrypoints/dashboard/DashboardApp';
import { dueItems } from '../../lib/tracker/reminders';
import { writeContacts } from '../../lib/tracker/store';
import { encodeSummary } from '../../lib/tracker/summary';
import { createTrackerStore } from '../../utils/tracker-store';
import { contact, SETTINGS } from '../unit/tracker/helpers';

const DAY = 86_400_000;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** 12 people with a stale pending request (due: withdraw), stored as the writer stores them. */
async function seedPeople() {
  const now = new Date();
  const people = Array.from({ length: 12 }, (_, i) =>
    contact(`p-${i}`, {
      name: `Person ${String(i).padStart(2, '0')}`,
      request: { sentAt: new Date(now.getTime() - (30 + i) * DAY).toISOString(), note: null },
      status: 'pending',
    }),
  );
  await writeContacts(people);
  const due = dueItems(people, now, SETTINGS);
  const byId = new Map(people.map((c) => [c.id, c]));
  const summary = JSON.parse(JSON.stringify(encodeSummary(due.slice(0, 5), (id) => byId.get(id), 12, now)));
  // The background kept only five rows here, so the preview is told apart from the full list.
  summary.dueCount = due.length;
  return { people, summary };
}

/** Holds back every read of the whole storage area until release() (a slow 20,000-contact read). */
function holdFullReads() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  vi.spyOn(local, 'get').mockImplementation((async (keys?: unknown) => {
    if (keys === undefined || keys === null) await gate;
    return get(keys as never);
  }) as typeof local.get);
  return () => release();
}

describe('summary preview', () => {
  it('the store shows the summary while reading everything, then the full list', async () => {
    const { summary } = await seedPeople();
    await fakeBrowser.storage.local.set({ trackerSummary: summary });
    const release = holdFullReads();
    const store = createTrackerStore();
    const stop = store.start();
    await waitFor(() => expect(store.getState().preview?.rows).toHaveLength(5));
    expect(store.getState().status).toBe('loading');
    expect(store.getState().preview?.count).toBe(12);
    release();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().preview).toBeNull();
    expect(store.getState().contacts).toHaveLength(12);
    expect(store.getState().problems).toEqual([]);
    stop();
  });

  it('the dashboard lists the first due rows before every contact is read', async () => {
    const { summary } = await seedPeople();
    await fakeBrowser.storage.local.set({ trackerSummary: summary });
    const release = holdFullReads();
    const store = createTrackerStore();
    render(<DashboardApp store={store} />);
    await waitFor(() => expect(screen.getAllByTestId('cc-row')).toHaveLength(5));
    expect(screen.getByTestId('cc-dashboard').getAttribute('data-status')).toBe('loading');
    expect(screen.getByTestId('cc-dashboard').textContent).toMatch(/Reading all 12 people… 12 due/);
    release();
    await waitFor(() => expect(screen.getByTestId('cc-dashboard').getAttribute('data-status')).toBe('ready'));
    await waitFor(() => expect(screen.getAllByTestId('cc-row')).toHaveLength(12));
  });

  it('a damaged summary is ignored: every contact is still read, and the user is told nothing is lost', async () => {
    const { summary } = await seedPeople();
    await fakeBrowser.storage.local.set({ trackerSummary: { v: 1, rows: 'garbled' } });
    const store = createTrackerStore();
    render(<DashboardApp store={store} />);
    await waitFor(() => expect(screen.getByTestId('cc-dashboard').getAttribute('data-status')).toBe('ready'));
    expect(store.getState().contacts).toHaveLength(12);
    expect(screen.getByTestId('cc-summary-rebuilt').textContent).toMatch(
      /rebuilt from your contacts.*Nothing is lost/,
    );
    // Once the background has written a good summary again, the note goes away by itself.
    await fakeBrowser.storage.local.set({ trackerSummary: summary });
    await waitFor(() => expect(screen.queryByTestId('cc-summary-rebuilt')).toBeNull());
  });

  it('no summary yet (a first start): no preview and no notice', async () => {
    await seedPeople();
    const store = createTrackerStore();
    render(<DashboardApp store={store} />);
    await waitFor(() => expect(screen.getAllByTestId('cc-row')).toHaveLength(12));
    expect(screen.queryByTestId('cc-summary-rebuilt')).toBeNull();
  });
});
