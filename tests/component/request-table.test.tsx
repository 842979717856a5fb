import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RequestTable, ROW_HEIGHT } from '../../components/RequestTable';
import { EMPTY_SCHEDULE, type Schedule, ScheduleCache } from '../../hooks/use-schedule';
import type { TrackedContact } from '../../lib/tracker/schema';
import { buildRows, filterRows, NO_FILTERS, sortRows } from '../../lib/tracker/table-model';
import type { Send } from '../../utils/messaging';
import { contact, NOW, SETTINGS } from '../unit/tracker/helpers';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

const CONTACTS: TrackedContact[] = [
  contact('ana', {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: null },
    acceptedAt: '2026-03-01T09:00:00.000Z',
    degree: 1,
    status: 'accepted',
    audience: 'CTOs',
    version: 'v1',
    headline: 'CTO at Tidewater',
  }),
  contact('bo', {
    request: { sentAt: '2026-02-14T09:00:00.000Z', note: 'Loved your FOSDEM talk on tracing' },
    status: 'pending',
    audience: 'CTOs',
    version: 'v2',
  }),
  contact('cy', {
    request: { sentAt: '2026-03-08T09:00:00.000Z', note: null },
    status: 'pending',
    audience: 'Founders',
    version: 'v1',
  }),
  contact('dee', { status: 'none' }),
];

function maps(contacts: readonly TrackedContact[]) {
  return new ScheduleCache().compute(contacts, NOW, SETTINGS, 'UTC');
}

function table(
  contacts: readonly TrackedContact[],
  send: Send = vi.fn() as unknown as Send,
  schedule: Pick<Schedule, 'dueById' | 'nextById'> = maps(contacts),
) {
  const { dueById, nextById } = schedule;
  return render(
    <RequestTable
      contacts={contacts}
      dueById={dueById}
      nextById={nextById}
      now={NOW}
      timeZone="UTC"
      send={send}
      onEdit={() => {}}
      viewportHeight={360}
      clock={() => NOW}
    />,
  );
}

const names = () => screen.queryAllByTestId('cc-row').map((r) => r.querySelector('a')?.textContent);
const change = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('RequestTable row menu (a menu button, keyboard first)', () => {
  it('opens on Enter or ArrowDown, moves with the arrows, Home/End and a letter, closes on Escape', async () => {
    table(CONTACTS);
    const button = screen.getAllByTestId('cc-row-menu')[1] as HTMLButtonElement;
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Actions for Bo');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Details…',
      'I withdrew the request',
      'They accepted',
      'Snooze 1 week',
      'Delete…',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(items[4]));
    fireEvent.keyDown(menu, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(menu, { key: 's' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Snooze 1 week'));
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('Enter on an item runs it: "Delete…" asks first; "I withdrew the request" records it', async () => {
    const send = vi.fn(async () => ({}));
    table(CONTACTS, send as unknown as Send);
    const button = screen.getAllByTestId('cc-row-menu')[1] as HTMLButtonElement;
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    const menu = await screen.findByRole('menu');
    fireEvent.keyDown(menu, { key: 'Enter' });
    expect(screen.getByTestId('cc-confirm-delete').textContent).toContain('Bo');
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Cancel'));
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId('cc-row-menu-withdrawn'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith({
      type: 'tracker/withdrawn',
      id: 'https://www.linkedin.com/in/bo',
      at: NOW.toISOString(),
    });
  });
});

describe('RequestTable', () => {
  it('lists everyone, with the due steps first by default', () => {
    table(CONTACTS);
    // Ana's first message is overdue (due 3 March); Bo's withdraw fell due 7 March; Dee could be sent a
    // request today; Cy waits until her request goes stale on Sunday 29 March: look again on Monday.
    expect(names()).toEqual(['Ana', 'Bo', 'Dee', 'Cy']);
    const cy = (screen.getAllByTestId('cc-row')[3] as HTMLElement).querySelector(
      '[data-testid="cc-next-step"]',
    );
    expect(cy?.querySelector('.cc-next-action')?.textContent).toBe('Wait');
    expect(cy?.querySelector('.cc-next-when')?.textContent).toBe('look again Mon 30 Mar');
    const ana = screen.getAllByTestId('cc-row')[0] as HTMLElement;
    expect(ana.querySelector('[data-due]')?.getAttribute('data-due')).toBe('first-message');
    expect(ana.querySelector('[data-due]')?.getAttribute('data-overdue')).toBe('true');
  });

  it('filters by status, due, audience and version', async () => {
    table(CONTACTS);
    change('cc-filter-status', 'pending');
    await waitFor(() => expect(names()).toEqual(['Bo', 'Cy']));
    change('cc-filter-version', 'v1');
    await waitFor(() => expect(names()).toEqual(['Cy']));
    change('cc-filter-status', 'all');
    change('cc-filter-version', 'all');
    change('cc-filter-due', 'due');
    await waitFor(() => expect(names()).toEqual(['Ana', 'Bo']));
    change('cc-filter-due', 'not-due');
    await waitFor(() => expect(names()).toEqual(['Dee', 'Cy']));
    change('cc-filter-due', 'all');
    change('cc-filter-audience', 'Founders');
    await waitFor(() => expect(names()).toEqual(['Cy']));
    change('cc-filter-audience', '');
    await waitFor(() => expect(names()).toEqual(['Dee']));
    expect(screen.getByTestId('cc-table-count').textContent).toBe('Showing 1 of 4');
  });

  it('searches name, headline and note', async () => {
    table(CONTACTS);
    change('cc-filter-search', 'tidewater');
    await waitFor(() => expect(names()).toEqual(['Ana']));
    change('cc-filter-search', 'FOSDEM tracing');
    await waitFor(() => expect(names()).toEqual(['Bo']));
    change('cc-filter-search', 'nobody-here');
    await waitFor(() =>
      expect(screen.getByTestId('cc-table-empty').textContent).toBe('Nobody matches these filters.'),
    );
  });

  it('sorts by name, sent date and status, both ways', async () => {
    table(CONTACTS);
    change('cc-sort', 'name:desc');
    await waitFor(() => expect(names()).toEqual(['Dee', 'Cy', 'Bo', 'Ana']));
    change('cc-sort', 'sent:desc');
    await waitFor(() => expect(names()).toEqual(['Cy', 'Bo', 'Ana', 'Dee']));
    change('cc-sort', 'sent:asc');
    await waitFor(() => expect(names()).toEqual(['Ana', 'Bo', 'Cy', 'Dee']));
    fireEvent.click(screen.getByTestId('cc-sort-status'));
    await waitFor(() => expect(names()).toEqual(['Bo', 'Cy', 'Ana', 'Dee']));
  });

  it('bulk delete asks first, then deletes each selected person through the writer', async () => {
    const send = vi.fn(async (_req: unknown) => true);
    table(CONTACTS, send as unknown as Send);
    fireEvent.click(screen.getByLabelText('Select Bo'));
    fireEvent.click(screen.getByLabelText('Select Cy'));
    fireEvent.click(screen.getByTestId('cc-bulk-delete'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('cc-confirm-delete').textContent).toContain('Delete 2 people');
    fireEvent.click(screen.getByTestId('cc-confirm-delete-yes'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      { type: 'tracker/delete', id: 'https://www.linkedin.com/in/bo' },
      { type: 'tracker/delete', id: 'https://www.linkedin.com/in/cy' },
    ]);
    expect(await screen.findByText('Deleted: 2 done.')).toBeTruthy();
  });

  it('bulk "mark withdrawn" only sends for live requests', async () => {
    const send = vi.fn(async (_req: unknown) => ({}));
    table(CONTACTS, send as unknown as Send);
    fireEvent.click(screen.getByLabelText('Select all 4 shown'));
    expect(screen.getByTestId('cc-bulk-withdraw').textContent).toBe('Mark withdrawn (3)');
    fireEvent.click(screen.getByTestId('cc-bulk-withdraw'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(3));
    expect(send.mock.calls[0]?.[0]).toEqual({
      type: 'tracker/withdrawn',
      id: 'https://www.linkedin.com/in/ana',
      at: NOW.toISOString(),
    });
  });
});

describe('RequestTable at 20,000 contacts', () => {
  const many: TrackedContact[] = Array.from({ length: 20_000 }, (_, i) =>
    contact(`person-${String(i).padStart(5, '0')}`, {
      name: `Person ${String(i).padStart(5, '0')}`,
      request: {
        sentAt: new Date(NOW.getTime() - (i % 30) * 86_400_000).toISOString(),
        note: i % 7 ? null : 'hello',
      },
      status: 'pending',
      audience: i % 2 ? 'CTOs' : 'Founders',
      version: `v${i % 3}`,
    }),
  );

  it('renders only the rows in view, and the right ones after scrolling', () => {
    table(many, undefined, EMPTY_SCHEDULE);
    const rendered = screen.getAllByTestId('cc-row');
    expect(rendered.length).toBeLessThanOrEqual(Math.ceil(360 / ROW_HEIGHT) + 12);
    expect(screen.getByTestId('cc-table-count').getAttribute('data-shown')).toBe('20000');
    change('cc-sort', 'name:asc');
    const scroller = screen.getByTestId('cc-table-scroll');
    act(() => {
      scroller.scrollTop = 10_000 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const rows = screen.getAllByTestId('cc-row');
    expect(rows.length).toBeLessThanOrEqual(Math.ceil(360 / ROW_HEIGHT) + 12);
    expect(rows.map((r) => r.querySelector('a')?.textContent)).toContain('Person 10000');
  });

  it('the schedule cache recomputes only the contacts that changed', () => {
    const cache = new ScheduleCache();
    const few = many.slice(0, 200);
    const first = cache.compute(few, NOW, SETTINGS, 'UTC');
    const changed = [...few];
    changed[5] = { ...(few[5] as TrackedContact), status: 'ignored' };
    const again = cache.compute(changed, NOW, SETTINGS, 'UTC');
    expect(first.nextById.has((few[5] as TrackedContact).id)).toBe(true);
    expect(again.nextById.has((few[5] as TrackedContact).id)).toBe(false);
    expect(again.nextById.size).toBe(first.nextById.size - 1);
    // Unchanged contacts keep the very answer computed the first time: nothing was recomputed for them.
    const reused = few.filter((c, i) => i !== 5 && first.nextById.has(c.id));
    expect(reused.length).toBeGreaterThan(100);
    for (const c of reused) expect(again.nextById.get(c.id)).toBe(first.nextById.get(c.id));
    // A new clock recomputes everyone.
    const later = cache.compute(changed, new Date(NOW.getTime() + 60_000), SETTINGS, 'UTC');
    const fresh = reused.filter((c) => later.nextById.get(c.id) !== first.nextById.get(c.id));
    expect(fresh.length).toBe(reused.filter((c) => later.nextById.has(c.id)).length);
  });

  // Its speed (≤ 50 ms at 20,000 rows) is a bench figure: tests/bench/table.ts.
  it('filtering is one pass over 20,000 rows: what it keeps matches every filter', () => {
    const { dueById, nextById } = EMPTY_SCHEDULE;
    const rows = sortRows(buildRows(many, dueById, nextById), { key: 'name', dir: 'asc' });
    const out = filterRows(rows, { ...NO_FILTERS, audience: 'CTOs', version: 'v1', search: 'person 1' }, NOW);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.contact.audience === 'CTOs' && r.contact.version === 'v1')).toBe(true);
  });
});
