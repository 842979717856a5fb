import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Checklist } from '../../components/Checklist';
import { dueItems } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';
import { contactKey } from '../../lib/tracker/store';
import type { Send } from '../../utils/messaging';
import { createTrackerStore } from '../../utils/tracker-store';
import { contact, NOW, SETTINGS } from '../unit/tracker/helpers';

const D = 86_400_000;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

const accepted = (slug: string, acceptedAt: string, over: Partial<TrackedContact> = {}) =>
  contact(slug, {
    request: { sentAt: '2026-02-01T09:00:00.000Z', note: null },
    acceptedAt,
    degree: 1,
    status: 'accepted',
    ...over,
  });
const pending = (slug: string, sentAt: string) =>
  contact(slug, { request: { sentAt, note: null }, status: 'pending' });

// Ana: first message 7 days overdue; Bo: request pending since 13 Feb (stale: withdraw);
// Eve: follow-up due today; Fay: replied an hour ago.
const CONTACTS = [
  accepted('ana', '2026-03-01T09:00:00.000Z'),
  pending('bo', '2026-02-14T09:00:00.000Z'),
  accepted('eve', '2026-03-03T09:00:00.000Z', {
    messages: [{ sentAt: '2026-03-04T09:00:00.000Z', kind: 'first' }],
  }),
  accepted('fay', '2026-03-03T09:00:00.000Z', {
    messages: [{ sentAt: '2026-03-04T09:00:00.000Z', kind: 'first' }],
    repliedAt: '2026-03-10T08:00:00.000Z',
    status: 'replied',
  }),
];

function setup(contacts: TrackedContact[], send: Send = vi.fn() as unknown as Send) {
  const items = dueItems(contacts, NOW, SETTINGS);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const view = render(
    <Checklist items={items} contacts={byId} now={NOW} timeZone="UTC" send={send} clock={() => NOW} />,
  );
  return { items, view, send };
}

const dueItem = (name: string) =>
  screen.getAllByTestId('cc-due-item').find((el) => el.textContent?.includes(name)) as HTMLElement;

describe('Checklist', () => {
  it('shows a calm empty state when nothing is due', () => {
    setup([pending('cy', '2026-03-08T09:00:00.000Z')]);
    expect(screen.queryAllByTestId('cc-due-item')).toHaveLength(0);
    expect(screen.getByTestId('cc-checklist-empty').textContent).toMatch(/^Nothing due today\./);
  });

  it('lists several kinds with the person, the step, how overdue and the reason', () => {
    setup(CONTACTS);
    const items = screen.getAllByTestId('cc-due-item');
    expect(items.map((i) => i.getAttribute('data-kind')).sort()).toEqual(
      ['first-message', 'follow-up', 'reply', 'withdraw'].sort(),
    );
    const ana = dueItem('Ana');
    expect(ana.getAttribute('data-kind')).toBe('first-message');
    expect(within(ana).getByTestId('cc-due-when').textContent).toBe('overdue by 7 days');
    expect(ana.textContent).toContain('Send your first message');
    expect(within(ana).getByRole('button', { name: /^Sent/ })).toBeTruthy();
    const link = within(ana).getByRole('link', { name: /Open profile/ });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/ana');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(within(ana).getByRole('link', { name: /Open messages/ })).toBeTruthy();

    const bo = dueItem('Bo');
    expect(bo.getAttribute('data-kind')).toBe('withdraw');
    expect(within(bo).getByTestId('cc-due-age').textContent).toContain('pending 24 days');
    expect(within(bo).getByRole('button', { name: /^Withdrawn/ })).toBeTruthy();
    // Stale on Saturday 7 March: due the next working day, Monday 9 March.
    expect(within(bo).getByTestId('cc-due-when').textContent).toBe('overdue by 1 day');

    expect(within(dueItem('Eve')).getByTestId('cc-due-when').textContent).toBe('due today');
    const fay = dueItem('Fay');
    expect(within(fay).getByRole('button', { name: /^Replied/ })).toBeTruthy();
    // Replied an hour ago: answer within 24 hours, by tomorrow morning.
    expect(within(fay).getByTestId('cc-due-when').textContent).toBe('due tomorrow');
    // A reason is shown for each.
    for (const el of items)
      expect(el.querySelector('.cc-due-reason')?.textContent?.length).toBeGreaterThan(10);
  });

  it('Done sends tracker/done with the action and dueAt, then hides the item', async () => {
    const send = vi.fn(async (req: { id: string }) => ({ ...CONTACTS[0], id: req.id }));
    const { items } = setup([CONTACTS[0] as TrackedContact], send as unknown as Send);
    fireEvent.click(screen.getByTestId('cc-due-done'));
    await waitFor(() => expect(screen.queryAllByTestId('cc-due-item')).toHaveLength(0));
    expect(send).toHaveBeenCalledWith({
      type: 'tracker/done',
      id: 'https://www.linkedin.com/in/ana',
      action: 'send-first-message',
      at: NOW.toISOString(),
      dueAt: items[0]?.dueAt,
    });
    expect(screen.getByTestId('cc-done-item').textContent).toContain('Marked sent');
  });

  it('Withdrawn shows when the person can be re-invited', async () => {
    const bo = CONTACTS[1] as TrackedContact;
    const send = vi.fn(async (_req: unknown) => ({
      ...bo,
      status: 'withdrawn',
      request: { ...bo.request, withdrawnAt: NOW.toISOString() },
    }));
    setup([bo], send as unknown as Send);
    fireEvent.click(screen.getByRole('button', { name: /^Withdrawn/ }));
    await waitFor(() => expect(screen.getByTestId('cc-done-item').textContent).toContain('re-invite after'));
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'tracker/done', action: 'withdraw-request' });
    expect(screen.getByTestId('cc-done-item').textContent).toContain('Tue 31 Mar');
  });

  it('snooze sends tracker/snooze one day or one week ahead', async () => {
    const send = vi.fn(async (_req: unknown) => ({
      ...(CONTACTS[0] as TrackedContact),
      snoozedUntil: '2026-03-11T09:00:00.000Z',
    }));
    setup([CONTACTS[0] as TrackedContact], send as unknown as Send);
    fireEvent.click(screen.getByTestId('cc-due-snooze-day'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send.mock.calls[0]?.[0]).toEqual({
      type: 'tracker/snooze',
      id: 'https://www.linkedin.com/in/ana',
      until: new Date(NOW.getTime() + D).toISOString(),
    });
    cleanup();
    setup([CONTACTS[0] as TrackedContact], send as unknown as Send);
    fireEvent.click(screen.getByTestId('cc-due-snooze-week'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1]?.[0]).toMatchObject({ until: new Date(NOW.getTime() + 7 * D).toISOString() });
  });

  it('a failed write says so in plain words and keeps the item', async () => {
    const send = vi.fn(async (_req: unknown) => {
      throw new Error('No tracked contact https://www.linkedin.com/in/ana');
    });
    setup([CONTACTS[0] as TrackedContact], send as unknown as Send);
    fireEvent.click(screen.getByTestId('cc-due-done'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /Could not mark this sent for Ana: No tracked contact .*Nothing was changed/,
    );
    expect(screen.getAllByTestId('cc-due-item')).toHaveLength(1);
    expect((screen.getByTestId('cc-due-done') as HTMLButtonElement).disabled).toBe(false);
  });

  it('lists recently withdrawn people with their re-invite date', () => {
    const kim = contact('kim', {
      request: { sentAt: '2026-02-01T09:00:00.000Z', note: null, withdrawnAt: '2026-03-05T09:00:00.000Z' },
      status: 'withdrawn',
    });
    setup([kim]);
    expect(screen.getByTestId('cc-reinvite-item').textContent).toBe('Kim: can re-invite after Thu 26 Mar');
  });
});

describe('Checklist as a list cleared in two minutes', () => {
  it('one line per step (who, what, when), grouped by kind with counts, most urgent first', () => {
    setup(CONTACTS);
    expect(screen.getByTestId('cc-due-summary').textContent).toBe(
      '1 reply to answer · 1 first message · 1 follow-up · 1 stale request',
    );
    const groups = screen.getAllByTestId('cc-due-group');
    expect(groups.map((g) => g.getAttribute('data-kind'))).toEqual([
      'reply',
      'first-message',
      'follow-up',
      'withdraw',
    ]);
    expect(within(groups[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      '1 reply to answer',
    );
    const ana = dueItem('Ana');
    const line = ana.querySelector('summary') as HTMLElement;
    expect(line.textContent).toBe('AnaFirst messageoverdue by 7 days');
    // The details (reason, links, snooze) are one click away, the tick is on the line.
    expect(ana.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(within(ana).getByTestId('cc-due-done').closest('summary')).toBeNull();
  });

  it('"I withdrew these": opens the Sent page in a new tab, then marks those the user ticks', async () => {
    const stale = ['kai', 'lea', 'max'].map((slug) => pending(slug, '2026-02-10T09:00:00.000Z'));
    const opened: string[] = [];
    const saved: unknown[] = [];
    const send = vi.fn(async (req: { id: string }) => ({ ...(stale[0] as TrackedContact), id: req.id }));
    const items = dueItems(stale, NOW, SETTINGS);
    render(
      <Checklist
        items={items}
        contacts={new Map(stale.map((c) => [c.id, c]))}
        now={NOW}
        timeZone="UTC"
        send={send as unknown as Send}
        clock={() => NOW}
        openTab={(url) => opened.push(url)}
        review={{ load: async () => null, save: async (r) => void saved.push(r) }}
      />,
    );
    fireEvent.click(screen.getByTestId('cc-withdrew-these'));
    expect(opened).toEqual(['https://www.linkedin.com/mynetwork/invitation-manager/sent/']);
    const ticks = screen.getAllByTestId('cc-due-tick') as HTMLInputElement[];
    expect(ticks.map((t) => t.checked)).toEqual([true, true, true]);
    // The review survives the popup closing while the user is on LinkedIn.
    expect(saved.at(-1)).toEqual({ ids: items.map((i) => i.contactId), unticked: [] });
    fireEvent.click(ticks[1] as HTMLInputElement);
    expect(screen.getByTestId('cc-mark-withdrawn').textContent).toBe('Mark 2 withdrawn');
    fireEvent.click(screen.getByTestId('cc-mark-withdrawn'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls.map((c) => (c[0] as { id: string; action: string }).action)).toEqual([
      'withdraw-request',
      'withdraw-request',
    ]);
    expect(send.mock.calls.map((c) => (c[0] as { id: string }).id)).not.toContain(items[1]?.contactId);
    await waitFor(() => expect(screen.getAllByTestId('cc-due-item')).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toBe('Marked 2 requests withdrawn.');
    expect(saved.at(-1)).toBeNull();
  });

  it('an unfinished review comes back when the popup opens again', async () => {
    const stale = ['kai', 'lea'].map((slug) => pending(slug, '2026-02-10T09:00:00.000Z'));
    const items = dueItems(stale, NOW, SETTINGS);
    render(
      <Checklist
        items={items}
        contacts={new Map(stale.map((c) => [c.id, c]))}
        now={NOW}
        timeZone="UTC"
        send={vi.fn() as unknown as Send}
        review={{
          load: async () => ({
            ids: items.map((i) => i.contactId),
            unticked: [items[0]?.contactId as string],
          }),
          save: async () => {},
        }}
      />,
    );
    await waitFor(() => expect(screen.getAllByTestId('cc-due-tick')).toHaveLength(2));
    expect((screen.getAllByTestId('cc-due-tick') as HTMLInputElement[]).map((t) => t.checked)).toEqual([
      false,
      true,
    ]);
    expect(screen.getByTestId('cc-mark-withdrawn').textContent).toBe('Mark 1 withdrawn');
  });
});

describe('tracker store', () => {
  it('reads storage and follows changes key by key', async () => {
    const [ana, bo] = CONTACTS as [TrackedContact, TrackedContact];
    await fakeBrowser.storage.local.set({ [contactKey(ana.id).slice(6)]: ana, 'contact:broken': 42 });
    const store = createTrackerStore();
    const stop = store.start();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(store.getState().problems.map((p) => p.key)).toEqual(['contact:broken']);
    await act(() => fakeBrowser.storage.local.set({ [contactKey(bo.id).slice(6)]: bo }));
    await waitFor(() =>
      expect(
        store
          .getState()
          .contacts.map((c) => c.name)
          .sort(),
      ).toEqual(['Ana', 'Bo']),
    );
    await act(() => fakeBrowser.storage.local.remove(contactKey(ana.id).slice(6)));
    await waitFor(() => expect(store.getState().contacts.map((c) => c.name)).toEqual(['Bo']));
    await act(() => fakeBrowser.storage.local.set({ settings: { ...SETTINGS, staleAfterDays: 30 } }));
    await waitFor(() => expect(store.getState().settings.staleAfterDays).toBe(30));
    stop();
  });
});

describe('Checklist with thousands due', () => {
  it('renders them 50 at a time, with a button for the next 50', () => {
    const many = Array.from({ length: 120 }, (_, i) => accepted(`p${i}`, '2026-03-01T09:00:00.000Z'));
    const { items } = setup(many);
    expect(items.length).toBe(120);
    expect(screen.getAllByTestId('cc-due-item')).toHaveLength(50);
    const more = screen.getByTestId('cc-checklist-more');
    expect(more.textContent).toBe('Show 50 more (70 not shown)');
    fireEvent.click(more);
    expect(screen.getAllByTestId('cc-due-item')).toHaveLength(100);
    expect(screen.getByTestId('cc-checklist-more').textContent).toBe('Show 20 more (20 not shown)');
    fireEvent.click(screen.getByTestId('cc-checklist-more'));
    expect(screen.getAllByTestId('cc-due-item')).toHaveLength(120);
    expect(screen.queryByTestId('cc-checklist-more')).toBeNull();
    // The count in the heading is every item due, not just those shown.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('120');
  });
});
