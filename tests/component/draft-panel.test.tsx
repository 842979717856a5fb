import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftPanel, type PanelField } from '../../components/DraftPanel';
import { resolveLimit } from '../../lib/limits';

afterEach(cleanup);

const note = (count: number, extra: Partial<PanelField> = {}): PanelField => ({
  name: 'note',
  count,
  graphemes: count,
  limit: resolveLimit('connection-note', 'note', { maxLength: 200 }, null),
  ...extra,
});

function panel(fields: PanelField[], props: Partial<Parameters<typeof DraftPanel>[0]> = {}) {
  return render(
    <DraftPanel
      kind="connection-note"
      recipient="Zoë Ångström"
      fields={fields}
      collapsed={false}
      onToggleCollapsed={() => {}}
      theme="light"
      {...props}
    />,
  );
}

const meter = () => screen.getByTestId('cc-count');

describe('DraftPanel states', () => {
  it('shows the kind, the recipient and the count against the limit', () => {
    panel([note(42)]);
    expect(screen.getByTestId('cc-surface').getAttribute('data-kind')).toBe('connection-note');
    expect(screen.getByTestId('cc-recipient').textContent).toBe('Zoë Ångström');
    expect(meter().getAttribute('data-count')).toBe('42');
    expect(meter().getAttribute('data-limit')).toBe('200');
    expect(meter().getAttribute('data-state')).toBe('ok');
    expect(meter().textContent).toContain('42 / 200');
    expect(screen.queryByTestId('cc-over')).toBeNull();
  });

  it('warns near the limit with what is left', () => {
    panel([note(185)]);
    expect(meter().getAttribute('data-state')).toBe('near');
    expect(meter().textContent).toContain('15 characters left');
  });

  it('says how much to cut when over the limit', () => {
    panel([note(237)]);
    expect(meter().getAttribute('data-state')).toBe('over');
    expect(screen.getByTestId('cc-over').textContent).toMatch(
      /37 over LinkedIn's limit of 200\. Cut 37 characters/,
    );
  });

  it('explains emoji when perceived characters differ from what LinkedIn counts', () => {
    panel([note(12, { graphemes: 7 })]);
    expect(screen.getByTestId('cc-graphemes').textContent).toMatch(/7 characters as you see them/);
  });

  it('tells the user when a paste was cut', () => {
    panel([note(200, { pasteCut: 57 })]);
    expect(screen.getByRole('alert').textContent).toMatch(/last 57 were dropped/);
  });

  it('names where the limit comes from', () => {
    panel([{ ...note(0), limit: resolveLimit('connection-note', 'note', {}, null) }]);
    expect(meter().textContent).toMatch(/Limit from our table \(as of 2026-07-30\)/);
  });

  it('collapses to a one-line summary and back', () => {
    const toggle = vi.fn();
    const { rerender } = panel([note(10)], { onToggleCollapsed: toggle });
    const button = screen.getByRole('button', { name: /Connect Coach details/ });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(toggle).toHaveBeenCalledTimes(1);
    rerender(
      <DraftPanel
        kind="connection-note"
        recipient={null}
        fields={[note(10)]}
        collapsed
        onToggleCollapsed={toggle}
        theme="dark"
      />,
    );
    expect(screen.getByRole('button', { name: /Connect Coach details/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    // The one-line summary keeps the count visible while the details are hidden.
    expect(screen.getByTestId('cc-panel').querySelector('.cc-summary')?.textContent).toBe('10 / 200');
    expect(screen.getByTestId('cc-count').closest('[hidden]')).not.toBeNull();
    expect(screen.getByTestId('cc-panel').getAttribute('data-theme')).toBe('dark');
  });

  it('shows subject and body for InMail, each with its own limit', () => {
    render(
      <DraftPanel
        kind="inmail"
        recipient="Camille Lefèvre"
        collapsed={false}
        onToggleCollapsed={() => {}}
        theme="light"
        fields={[
          { name: 'subject', count: 12, graphemes: 12, limit: resolveLimit('inmail', 'subject', {}, null) },
          { name: 'body', count: 1950, graphemes: 1950, limit: resolveLimit('inmail', 'body', {}, null) },
        ]}
      />,
    );
    const meters = screen.getAllByTestId('cc-count');
    expect(meters.map((m) => [m.getAttribute('data-field'), m.getAttribute('data-limit')])).toEqual([
      ['subject', '200'],
      ['body', '2000'],
    ]);
    // 1,950 is past the 1,900 figure many guides give: warn before LinkedIn's 2,000.
    expect(meters[1]?.getAttribute('data-state')).toBe('near');
  });

  it('announces the count politely once typing settles', async () => {
    vi.useFakeTimers();
    panel([note(3)]);
    const live = screen.getByTestId('cc-live');
    expect(live.getAttribute('aria-live')).toBe('polite');
    vi.advanceTimersByTime(1300);
    vi.useRealTimers();
    await Promise.resolve();
    expect(live.textContent).toContain('3 of 200 characters');
  });
});
