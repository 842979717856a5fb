import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InsightView } from '../../components/insight/InsightView';
import { VolumeQuotaNotes } from '../../components/insight/VolumeQuotaNotes';
import { parseCsv } from '../../lib/sheet/parse-csv';
import type { TrackedContact } from '../../lib/tracker/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/tracker/settings';
import { contact } from '../unit/tracker/helpers';

afterEach(cleanup);

const NOW = new Date('2026-03-05T12:00:00Z');
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

function fixtureContacts(): TrackedContact[] {
  const text = readFileSync(join(process.cwd(), 'tests/fixtures/insight/tracker.csv'), 'utf8');
  const r = parseCsv(text, NOW);
  if (!r.ok) throw new Error(r.message);
  return r.contacts;
}

describe('InsightView', () => {
  it('empty: says nothing is tracked yet and draws no chart', () => {
    render(<InsightView contacts={[]} settings={SETTINGS} now={NOW} />);
    expect(screen.getByTestId('cc-insight-empty').textContent).toMatch(/^No requests tracked yet\./);
    expect(screen.queryByRole('img')).toBeNull();
    // Contacts that were never sent a request are not sends either.
    cleanup();
    render(<InsightView contacts={[contact('friend', { degree: 1 })]} settings={SETTINGS} now={NOW} />);
    expect(screen.getByTestId('cc-insight-empty')).toBeTruthy();
  });

  it('requests without labels: asks to label versions and audiences, still shows volume and the pile', () => {
    const contacts = fixtureContacts().map(({ version: _v, audience: _a, ...c }) => c as TrackedContact);
    render(<InsightView contacts={contacts} settings={SETTINGS} now={NOW} />);
    expect(screen.getByTestId('cc-insight-no-versions').textContent).toBe(
      'Label your notes with a version in the panel to compare them.',
    );
    expect(screen.getByTestId('cc-insight-no-audiences')).toBeTruthy();
    expect(screen.queryByTestId('cc-rate-chart-version')).toBeNull();
    expect(screen.queryByTestId('cc-compare')).toBeNull();
    expect(screen.getByTestId('cc-weekly-chart')).toBeTruthy();
    expect(screen.getByTestId('cc-pile-chart')).toBeTruthy();
    expect(screen.getByTestId('cc-insight-summary').textContent).toContain(
      '30 of 83 requests accepted, 8 replied.',
    );
  });

  it('full: per-version chart with whiskers, an accessible summary and a data table', () => {
    render(<InsightView contacts={fixtureContacts()} settings={SETTINGS} now={NOW} />);
    const figure = screen.getByTestId('cc-rate-chart-version');
    const chart = within(figure).getByRole('img');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^Acceptance and reply rate by version, with 95% intervals\./);
    expect(label).toContain('v1-generic: 25% accepted (95% interval 14–40%) of 40 sent, 20% replied');
    expect(label).toContain('v3-short: 38% accepted (95% interval 14–69%) of 8 sent');
    expect(label).toContain('too few to judge');
    // Four groups, two bars each, one whisker per bar (every group has an acceptance).
    const groups = chart.querySelectorAll('.cc-ins-group');
    expect(groups).toHaveLength(4);
    expect(chart.querySelectorAll('.cc-ins-whisker')).toHaveLength(8);
    const v1Whisker = chart.querySelector('[data-key="v1-generic"] [data-kind="accept"] .cc-ins-whisker');
    expect(v1Whisker?.getAttribute('data-low')).toBe('0.1419');
    expect(v1Whisker?.getAttribute('data-high')).toBe('0.4019');
    expect(chart.querySelector('[data-key="v3-short"]')?.getAttribute('data-too-few')).toBe('true');
    expect(chart.querySelector('[data-key="v1-generic"]')?.getAttribute('data-too-few')).toBeNull();
    // The bar's width is the rate on the 0–100% scale (400 px wide from x = 160).
    const bar = chart.querySelector('[data-key="v2-question"] [data-kind="accept"] .cc-ins-bar');
    expect(Number(bar?.getAttribute('width'))).toBeCloseTo(200, 6);

    const table = screen.getByTestId('cc-rate-table-version');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    const v1 = table.querySelector('tr[data-key="v1-generic"]');
    expect([...(v1?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '40',
      '10',
      '25% (14–40%)',
      '2',
      '20% (6–51%)',
      '2.0',
      '2.0',
    ]);
    expect(table.querySelector('tr[data-key="v3-short"] th')?.textContent).toBe('v3-short too few to judge');
    expect(screen.getByTestId('cc-rate-chart-audience')).toBeTruthy();
  });

  it('compares two versions, and the verdict follows the pickers', () => {
    render(<InsightView contacts={fixtureContacts()} settings={SETTINGS} now={NOW} />);
    const verdict = screen.getByTestId('cc-compare-verdict');
    expect(verdict.textContent).toBe(
      '“v2-question”’s acceptance is higher (50% vs 25%), and the difference is unlikely to be chance (p = 0.03): 25 points, 95% interval 2 to 45.',
    );
    expect(verdict.getAttribute('data-significant')).toBe('true');
    expect(screen.getByTestId('cc-compare-mix').textContent).toMatch(/went to different audiences/);
    fireEvent.change(screen.getByLabelText('Version A'), { target: { value: 'v3-short' } });
    expect(screen.getByTestId('cc-compare-verdict').textContent).toBe(
      'Too few sends to tell: 8 and 30; collect at least 25 of each (17 more of “v3-short”).',
    );
    fireEvent.change(screen.getByLabelText('Version B'), { target: { value: 'v3-short' } });
    expect(screen.getByTestId('cc-compare-verdict').textContent).toBe('Choose two different versions.');
  });

  it('one labelled version: the chart, and a nudge to label a second', () => {
    const contacts = fixtureContacts().map((c) =>
      c.version === 'v1-generic' ? c : { ...c, version: undefined },
    );
    render(<InsightView contacts={contacts} settings={SETTINGS} now={NOW} />);
    expect(screen.getByTestId('cc-rate-chart-version')).toBeTruthy();
    expect(screen.getByTestId('cc-compare-empty').textContent).toBe(
      'Label a second version in the panel to compare two.',
    );
  });

  it('weekly volume bars against the cap line, and the pending pile against ~500', () => {
    render(
      <InsightView
        contacts={fixtureContacts()}
        settings={{ ...SETTINGS, weeklyCap: 20 }}
        now={NOW}
        weeks={6}
      />,
    );
    const weekly = screen.getByTestId('cc-weekly-chart');
    const weeks = [...weekly.querySelectorAll('.cc-ins-week')].map((g) => [
      g.getAttribute('data-week'),
      g.getAttribute('data-value'),
      g.getAttribute('data-state'),
    ]);
    // Sends every 7 h: 20 from Mon 2 Feb, 20 from 9 Feb, 30 from Mon 16 Feb 09:00 (23 fit before the
    // next Monday, 7 spill over), then 8 from 2 Mar and 5 from 3 Mar.
    expect(weeks).toEqual([
      ['2026-W05', '0', 'ok'],
      ['2026-W06', '20', 'near'],
      ['2026-W07', '20', 'near'],
      ['2026-W08', '23', 'over'],
      ['2026-W09', '7', 'ok'],
      ['2026-W10', '13', 'ok'],
    ]);
    expect(weekly.querySelector('.cc-ins-ref')?.getAttribute('data-value')).toBe('20');
    expect(weekly.querySelector('.cc-ins-ref text')?.textContent).toBe('cap ~20');
    expect(within(weekly).getByRole('img').getAttribute('aria-label')).toContain('weekly cap of about 20');
    expect(within(weekly).getAllByRole('row')).toHaveLength(7);

    const pile = screen.getByTestId('cc-pile-chart');
    expect(pile.querySelector('.cc-ins-ref')?.getAttribute('data-value')).toBe('500');
    const values = [...pile.querySelectorAll('.cc-ins-week')].map((g) =>
      Number(g.getAttribute('data-value')),
    );
    expect(values).toHaveLength(6);
    expect(values[0]).toBe(0);
    expect(Math.max(...values)).toBeGreaterThan(0);
  });

  it('shows the daily guard with a connection count and the quota on a free account', () => {
    const contacts = [
      ...fixtureContacts(),
      contact('today-1', {
        request: { sentAt: '2026-03-05T09:00:00Z', note: 'Hi, loved your talk.' },
        status: 'pending',
      }),
    ];
    render(
      <InsightView
        contacts={contacts}
        settings={{ ...SETTINGS, connectionCount: 40, accountType: 'free', monthlyFreeNotes: 5 }}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('cc-insight-daily').textContent).toBe(
      '1 request today, near the top of the safe range (2–5% of your 40 connections is 0–2 a day).',
    );
    // 8 fixture notes sent in March plus one today, all counted as free: none of the 5 left.
    expect(screen.getByTestId('cc-insight-quota').textContent).toMatch(
      /^No personalised notes left this month; more on 1 April\. 9 of 5 free-account notes used this month/,
    );
  });
});

describe('VolumeQuotaNotes', () => {
  const base = { last7Days: 87, weeklyCap: 100, notesLeft: 1, quota: 5, account: 'free' as const };

  it('shows both lines when they matter', () => {
    render(<VolumeQuotaNotes {...base} />);
    expect(screen.getByTestId('cc-volume').textContent).toBe('87 requests in the last 7 days (cap ~100)');
    expect(screen.getByTestId('cc-volume').getAttribute('data-state')).toBe('near');
    expect(screen.getByTestId('cc-quota').textContent).toBe('1 personalised note left this month');
  });

  it('volume only from 70% of the cap; over the cap is an alert', () => {
    const { rerender } = render(<VolumeQuotaNotes {...base} last7Days={69} account="premium" />);
    expect(screen.queryByTestId('cc-volume')).toBeNull();
    rerender(<VolumeQuotaNotes {...base} last7Days={70} account="premium" />);
    expect(screen.getByTestId('cc-volume')).toBeTruthy();
    rerender(<VolumeQuotaNotes {...base} last7Days={130} account="premium" />);
    expect(screen.getByTestId('cc-volume').className).toBe('cc-alert');
    expect(screen.getByTestId('cc-volume').getAttribute('data-state')).toBe('over');
  });

  it('quota only on a free account while a note is drafted; none left says what to do', () => {
    const { container, rerender } = render(<VolumeQuotaNotes {...base} last7Days={3} account="premium" />);
    expect(container.innerHTML).toBe('');
    rerender(<VolumeQuotaNotes {...base} last7Days={3} account={null} />);
    expect(container.innerHTML).toBe('');
    rerender(<VolumeQuotaNotes {...base} last7Days={3} noteDrafted={false} />);
    expect(container.innerHTML).toBe('');
    rerender(<VolumeQuotaNotes {...base} last7Days={3} notesLeft={0} />);
    expect(screen.getByTestId('cc-quota').textContent).toBe(
      'No personalised notes left this month: send this request without a note, or wait for next month',
    );
    expect(screen.queryByTestId('cc-volume')).toBeNull();
  });

  it("LinkedIn's own figure is said to be LinkedIn's; on the dialog that shows it, ours stays out", () => {
    const { container, rerender } = render(
      <VolumeQuotaNotes {...base} last7Days={3} notesLeft={1} notesLeftFrom="page" />,
    );
    const quota = screen.getByTestId('cc-quota');
    expect(quota.textContent).toBe('1 personalised note left this month, by LinkedIn’s count');
    expect(quota.getAttribute('data-from')).toBe('page');
    expect(quota.getAttribute('title')).toMatch(/LinkedIn’s invitation dialog showed/);
    rerender(<VolumeQuotaNotes {...base} last7Days={3} notesLeft={3} notesLeftFrom="page" />);
    expect(screen.getByTestId('cc-quota').textContent).toBe(
      '3 personalised notes left this month, by LinkedIn’s count',
    );
    rerender(<VolumeQuotaNotes {...base} last7Days={3} notesLeft={0} notesLeftFrom="page" />);
    expect(screen.getByTestId('cc-quota').textContent).toBe(
      'No personalised notes left this month, by LinkedIn’s count: send this request without a note, or wait for next month',
    );
    // The dialog shows "1 personalized invitation remaining" itself: no second figure beside it.
    rerender(<VolumeQuotaNotes {...base} last7Days={3} notesLeft={1} notesLeftFrom="page" quotaOnPage />);
    expect(container.innerHTML).toBe('');
  });
});
