import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachingSection } from '../../components/insight/CoachingSection';
import { InsightView } from '../../components/insight/InsightView';
import { UserFigure } from '../../components/UserFigure';
import { warningFigures } from '../../lib/insight/by-warning';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';
import { coachingTracker, kind } from '../unit/insight/coaching-fixture';

afterEach(cleanup);

const NOW = new Date('2026-03-05T12:00:00Z');
const opts = { now: NOW, timeZone: 'UTC' };

describe('CoachingSection: does the coaching work for you?', () => {
  it('bars with whiskers, the article’s figure as the band, a table, the sentences and the strongest difference', () => {
    render(<CoachingSection figures={warningFigures(coachingTracker(), opts)} />);
    expect(screen.getByTestId('cc-coaching-title').textContent).toBe('Does the coaching work for you?');
    const figure = screen.getByTestId('cc-rate-chart-warning');
    const label = within(figure).getByRole('img').getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^Acceptance and reply rate by what the coach said, with 95% intervals\./);
    expect(label).toContain('No warning: 60% accepted (95% interval 47–71%) of 60 sent');
    expect(label).toContain('Sales pitch: 20% accepted (95% interval 11–33%) of 46 sent');
    // One group per row, in the record's order; every acceptance bar has its whisker.
    const groups = figure.querySelectorAll('.cc-ins-group');
    expect([...groups].map((g) => g.getAttribute('data-key'))).toEqual([
      'none',
      'blank',
      'pitch',
      'generic-opener',
    ]);
    const whisker = figure.querySelector('[data-key="blank"] .cc-ins-accept .cc-ins-whisker');
    expect(Number(whisker?.getAttribute('data-low'))).toBeCloseTo(0.7695, 4);
    // The band behind the acceptance bar is the article's figure for that group; none for a pitch.
    const band = (key: string) => figure.querySelector(`[data-key="${key}"] .cc-ins-accept .cc-ins-band`);
    expect([band('blank')?.getAttribute('data-low'), band('blank')?.getAttribute('data-high')]).toEqual([
      '0.55',
      '0.68',
    ]);
    expect(band('generic-opener')?.getAttribute('data-low')).toBe('0.26');
    expect(band('pitch')).toBeNull();

    const table = screen.getByTestId('cc-rate-table-warning');
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers[0]).toBe('What the coach said');
    expect(headers.at(-1)).toBe('The article’s figure');
    const row = (key: string) =>
      [...table.querySelectorAll(`tr[data-key="${key}"] > *`)].map((c) => c.textContent);
    expect(row('blank')).toEqual([
      'Blank request',
      '40',
      '36',
      '90% (77–96%)',
      '6',
      '17% (8–32%)',
      '2.0',
      '1.0',
      '55–68% accepted (Konnector: request or message first)',
    ]);
    expect(row('pitch')?.at(-1)).toMatch(/^pitching is the fastest way to get ignored or reported \(/);

    const sentences = screen.getByTestId('cc-coaching-seeds');
    expect([...sentences.querySelectorAll('li')].map((li) => li.getAttribute('data-key'))).toEqual([
      'blank',
      'generic-opener',
    ]);
    expect(sentences.textContent).toContain('For you, blank requests do better than the article’s figure');
    const verdict = screen.getByTestId('cc-coaching-verdict');
    expect(verdict.getAttribute('data-significant')).toBe('true');
    expect(verdict.textContent).toMatch(/^“No warning”’s acceptance is higher \(60% vs 8%\)/);
    expect(screen.queryByTestId('cc-coaching-too-few')).toBeNull();
  });

  it('too few sends: only the honest sentence, no chart, no comparison', () => {
    render(
      <CoachingSection
        figures={warningFigures([...kind('none', 10, 5, 1), ...kind('pitch', 12, 1, 0)], opts)}
      />,
    );
    expect(screen.getByTestId('cc-coaching-too-few').textContent).toBe(
      'Too few sends to tell yet: 22 requests so far, the largest group has 12, and a group needs at least 25 (ideally 50) before its acceptance means anything.',
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('cc-coaching-verdict')).toBeNull();
  });

  it('before the background has written its figures: says they are being worked out', () => {
    render(<CoachingSection figures={null} />);
    expect(screen.getByRole('status').textContent).toMatch(/^The coach is still reading the notes you sent/);
  });

  it('figures from before the latest change wait instead of contradicting the page', () => {
    const figures = warningFigures(coachingTracker(), opts);
    render(<CoachingSection figures={figures} sends={figures.sends + 1} />);
    expect(screen.getByRole('status').textContent).toMatch(/^The coach is still reading/);
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    render(<CoachingSection figures={figures} sends={figures.sends} />);
    expect(screen.getByTestId('cc-rate-table-warning')).toBeTruthy();
  });

  it('inside the insight view, after the version comparison', () => {
    const contacts = coachingTracker();
    render(
      <InsightView
        contacts={contacts}
        settings={{ ...DEFAULT_SETTINGS, timeZone: 'UTC' }}
        now={NOW}
        warningFigures={warningFigures(contacts, opts)}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toContain('Does the coaching work for you?');
    expect(screen.getByTestId('cc-rate-table-warning')).toBeTruthy();
  });
});

describe('UserFigure: the user’s own figure beside a warning’s evidence', () => {
  const figures = warningFigures(coachingTracker(), opts);

  it('shows the sentence once the group has 25 sends, with the interval in its title', () => {
    render(<UserFigure warning="pitch" figures={figures} />);
    const el = screen.getByTestId('cc-user-figure');
    expect(el.textContent).toBe('your notes with a pitch: 20% accepted, 46 sent');
    expect(el.getAttribute('title')).toBe(
      'Your own figure: notes with a pitch, 20% accepted (95% interval 11–33%) of 46 sent.',
    );
  });

  it('renders nothing before that, or without figures', () => {
    const { container } = render(
      <>
        <UserFigure warning="pitch" figures={warningFigures(kind('pitch', 24, 4, 0), opts)} />
        <UserFigure warning="shouting" figures={figures} />
        <UserFigure warning="pitch" figures={null} />
      </>,
    );
    expect(container.innerHTML).toBe('');
  });
});
