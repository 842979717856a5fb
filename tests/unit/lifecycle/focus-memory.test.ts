import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusMemoryItem, repairFocusMemory, withoutTab, withReport } from '../../../lib/focus-memory';
import type { FocusReport } from '../../../lib/protocol/requests';

const report = (at: number, recognised = false): FocusReport => ({
  url: 'https://www.linkedin.com/jobs/view/1/',
  recognised,
  reasons: recognised ? [] : ['outside any dialog'],
  at,
});

beforeEach(() => fakeBrowser.reset());

describe('focus reports outlive the background (session storage)', () => {
  it('keeps the latest report per tab and the latest overall; a closed tab is forgotten', async () => {
    let m = repairFocusMemory(await focusMemoryItem.getValue());
    m = withReport(m, 4, report(1));
    m = withReport(m, 7, report(2, true));
    await focusMemoryItem.setValue(m);
    // What a background started afresh reads back.
    const back = repairFocusMemory(await focusMemoryItem.getValue());
    expect(back.latest).toEqual({ tabId: 7, report: report(2, true) });
    expect(Object.keys(back.byTab).sort()).toEqual(['4', '7']);
    const closed = withoutTab(back, 7);
    expect(closed.latest).toBeNull();
    expect(Object.keys(closed.byTab)).toEqual(['4']);
  });

  it('keeps the 50 most recent tabs', () => {
    let m = repairFocusMemory(undefined);
    for (let tab = 0; tab < 60; tab++) m = withReport(m, tab, report(tab));
    expect(Object.keys(m.byTab)).toHaveLength(50);
    expect(m.byTab['9']).toBeUndefined();
    expect(m.byTab['59']).toBeDefined();
  });

  it('anything unreadable is dropped, never thrown', () => {
    expect(repairFocusMemory('garbage')).toEqual({ byTab: {}, latest: null });
    expect(
      repairFocusMemory({
        byTab: { 1: { url: 3 }, 2: report(5) },
        latest: { tabId: 'x', report: report(1) },
      }),
    ).toEqual({ byTab: { 2: report(5) }, latest: null });
  });
});
