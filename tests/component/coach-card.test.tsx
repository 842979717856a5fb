import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachCard } from '../../components/CoachCard';
import { CoachChip } from '../../components/CoachChip';
import { type PanelField, topWarningTitle, worstState } from '../../components/Coaching';
import { analyzeDraft } from '../../lib/draft';
import { resolveLimit } from '../../lib/limits';

afterEach(cleanup);

const LIMIT = resolveLimit('connection-note', 'note', { maxLength: 200 }, null);

const note = (count: number, extra: Partial<PanelField> = {}): PanelField => ({
  name: 'note',
  count,
  graphemes: count,
  limit: LIMIT,
  ...extra,
});

const analysed = (text: string): PanelField => ({
  ...note(text.length),
  report: analyzeDraft(text, { surface: 'connection-note', limit: 200, recipientName: 'Zoë Ångström' }),
});

function card(fields: PanelField[], props: Partial<Parameters<typeof CoachCard>[0]> = {}) {
  return render(
    <CoachCard
      id="c1"
      kind="connection-note"
      recipient="Zoë Ångström"
      fields={fields}
      open
      theme="light"
      onClose={() => {}}
      {...props}
    />,
  );
}

const meter = () => screen.getByTestId('cc-count');

describe('the coaching card', () => {
  it('shows the kind, the recipient and the count against the limit', () => {
    card([note(42)]);
    expect(screen.getByTestId('cc-surface').getAttribute('data-kind')).toBe('connection-note');
    expect(screen.getByTestId('cc-recipient').textContent).toBe('Zoë Ångström');
    expect(meter().getAttribute('data-count')).toBe('42');
    expect(meter().getAttribute('data-limit')).toBe('200');
    expect(meter().getAttribute('data-state')).toBe('ok');
    expect(meter().textContent).toContain('42 / 200');
    expect(screen.queryByTestId('cc-over')).toBeNull();
  });

  it('warns near the limit with what is left, and says how much to cut when over', () => {
    card([note(185)]);
    expect(meter().getAttribute('data-state')).toBe('near');
    expect(meter().textContent).toContain('15 characters left');
    cleanup();
    card([note(237)]);
    expect(meter().getAttribute('data-state')).toBe('over');
    expect(screen.getByTestId('cc-over').textContent).toMatch(
      /37 over LinkedIn's limit of 200\. Cut 37 characters/,
    );
  });

  it('explains emoji, a cut paste, and where the limit comes from', () => {
    card([note(12, { graphemes: 7, pasteCut: 5 })]);
    expect(screen.getByTestId('cc-graphemes').textContent).toMatch(/7 characters as you see them/);
    expect(screen.getByRole('alert').textContent).toMatch(/last 5 were dropped/);
    cleanup();
    card([{ ...note(0), limit: resolveLimit('connection-note', 'note', {}, null) }]);
    expect(meter().textContent).toMatch(/Limit from our table \(as of 2026-07-30\)/);
  });

  it('puts the coaching in the order a writer needs it', () => {
    card(
      [analysed("Hi [Name], I'd like to add you to my professional network. Book a demo: https://acme.io")],
      {
        children: <section data-testid="cc-advice">next step</section>,
      },
    );
    const order = [
      ...document.querySelectorAll(
        '[data-testid="cc-count"], [data-testid="cc-top-warning"], [data-testid="cc-preview"], [data-testid="cc-warning"]:not([data-top]), [data-testid="cc-advice"], [data-testid="cc-details"]',
      ),
    ].map((el) => el.getAttribute('data-testid'));
    const firstOf = (id: string) => order.indexOf(id);
    expect(firstOf('cc-count')).toBe(0);
    expect(firstOf('cc-top-warning')).toBe(1);
    expect(firstOf('cc-preview')).toBe(2);
    expect(firstOf('cc-warning')).toBe(3);
    expect(firstOf('cc-advice')).toBeGreaterThan(firstOf('cc-warning'));
    expect(order[order.length - 1]).toBe('cc-details');
    // The top warning carries its title and its fix.
    const top = screen.getByTestId('cc-top-warning').closest('li') as HTMLElement;
    expect(top.getAttribute('data-rule')).toBe('placeholder');
    expect(top.textContent).toMatch(/Unfilled template slot.*Must fix/);
  });

  it('an empty box gets no score, only what a good note has', () => {
    card([analysed('')]);
    expect(screen.queryByTestId('cc-score')).toBeNull();
    expect(screen.queryByTestId('cc-warning')).toBeNull();
    expect(screen.getByTestId('cc-good').textContent).toMatch(/one specific reason to connect/);
  });

  it('an empty note is not scored: the note beside it names the next step instead', () => {
    const advice = { action: 'send-request-blank' as const, dueAt: null };
    card([analysed('')], { advice, verdict: { verdict: 'go', text: '' } });
    expect(screen.queryByTestId('cc-score')).toBeNull();
    expect(screen.queryByTestId('cc-details')).toBeNull();
    const noteEl = screen.getByTestId('cc-next-step-note');
    expect(noteEl.getAttribute('data-verdict')).toBe('empty');
    expect(noteEl.textContent).toBe(
      'No score: an empty box is not scored. Next step: Send the request without a note.',
    );
    // Visible without opening anything: not inside the collapsed details.
    expect(noteEl.closest('details')).toBeNull();
    cleanup();
    // An empty box whose next step says "not yet": that reason, still no score.
    card([analysed('   ')], { verdict: { verdict: 'hold', text: 'Engage with Zoë’s posts first.' } });
    expect(screen.queryByTestId('cc-score')).toBeNull();
    expect(screen.getByTestId('cc-next-step-note').textContent).toBe(
      'Not yet: Engage with Zoë’s posts first.',
    );
    cleanup();
    // No person known (a comment): still no score, and it says why.
    card([analysed('')]);
    expect(screen.getByTestId('cc-next-step-note').textContent).toMatch(
      /not scored; the score appears once you write/,
    );
  });

  it('a good note held by the next step: the reason shows above the score, which gets no "good" colour', () => {
    const text =
      'Hi Zoë, your talk at PyData Oslo on forecasting with sparse sales data changed how we plan stock. Would love to connect.';
    card([analysed(text)], {
      verdict: {
        verdict: 'hold',
        text: 'Engage with Zoë’s posts first; keep this note for the request later.',
      },
    });
    const held = screen.getByTestId('cc-next-step-note');
    expect(held.getAttribute('data-verdict')).toBe('hold');
    expect(held.closest('details')).toBeNull();
    const score = screen.getByTestId('cc-score');
    expect(score.getAttribute('data-held')).toBe('true');
    expect(screen.getByTestId('cc-details').getAttribute('data-verdict')).toBe('hold');
    cleanup();
    // The same note when it is the next step: the score speaks alone.
    card([analysed(text)], { verdict: { verdict: 'go', text: '' } });
    expect(screen.queryByTestId('cc-next-step-note')).toBeNull();
    expect(screen.getByTestId('cc-score').getAttribute('data-held')).toBeNull();
  });

  it('closed, the card is hidden (the hidden attribute, not only aria)', () => {
    const onClose = vi.fn();
    const { rerender } = card([note(10)], { onClose });
    fireEvent.click(screen.getByTestId('cc-close'));
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(
      <CoachCard
        id="c1"
        kind="connection-note"
        recipient={null}
        fields={[note(10)]}
        open={false}
        theme="dark"
        onClose={onClose}
      />,
    );
    const el = screen.getByTestId('cc-card');
    expect(el.hidden).toBe(true);
    expect(el.getAttribute('data-open')).toBe('false');
    expect(el.getAttribute('data-theme')).toBe('dark');
  });

  it('shows subject and body for InMail, each with its own limit', () => {
    card(
      [
        { name: 'subject', count: 12, graphemes: 12, limit: resolveLimit('inmail', 'subject', {}, null) },
        { name: 'body', count: 1950, graphemes: 1950, limit: resolveLimit('inmail', 'body', {}, null) },
      ],
      { kind: 'inmail', recipient: 'Camille Lefèvre' },
    );
    const meters = screen.getAllByTestId('cc-count');
    expect(meters.map((m) => [m.getAttribute('data-field'), m.getAttribute('data-limit')])).toEqual([
      ['subject', '200'],
      ['body', '2000'],
    ]);
    // 1,950 is past the 1,900 figure many guides give: warn before LinkedIn's 2,000.
    expect(meters[1]?.getAttribute('data-state')).toBe('near');
  });
});

describe('the count chip', () => {
  it('shows count / limit, the worst state and the top warning’s short title; toggles the card', () => {
    const fields = [analysed("Hi [Name], I'd like to add you to my professional network.")];
    const toggle = vi.fn();
    render(
      <CoachChip
        count={fields[0]?.count ?? 0}
        limit={200}
        state={worstState(fields)}
        warning={topWarningTitle(fields)}
        open={false}
        cardId="c1"
        onToggle={toggle}
      />,
    );
    const chip = screen.getByTestId('cc-chip');
    expect(chip.textContent).toMatch(/Connect Coach:\s*58\/200\s*characters\s*Unfilled template slot/);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(chip.getAttribute('aria-controls')).toBe('c1');
    fireEvent.click(chip);
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('says near and over in words, not only in colour', () => {
    render(
      <CoachChip count={205} limit={200} state="over" warning={null} open cardId="c" onToggle={() => {}} />,
    );
    expect(screen.getByTestId('cc-chip').getAttribute('data-state')).toBe('over');
    expect(screen.getByTestId('cc-chip').textContent).toMatch(/over the limit/);
  });
});
