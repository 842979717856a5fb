import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InsightView } from '../../components/insight/InsightView';
import { TemplatesSection } from '../../components/insight/TemplatesSection';
import { templatesFingerprint, toTemplateFigures } from '../../lib/insight/template-record';
import { findTemplates } from '../../lib/insight/templates';
import type { RequestOf } from '../../lib/protocol/requests';
import { readLabels } from '../../lib/tracker/labels';
import type { TrackedContact } from '../../lib/tracker/schema';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';
import type { BackgroundRequest, Send } from '../../utils/messaging';
import { templatesTracker } from '../unit/insight/templates-fixture';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const NOW = new Date('2026-03-05T12:00:00Z');
const tracker = templatesTracker();
const NOTES = tracker.filter((c) => c.request?.note?.trim()).length;
const figuresOf = (contacts: readonly TrackedContact[]) =>
  toTemplateFigures(
    findTemplates(contacts, { now: NOW, timeZone: 'UTC' }),
    NOW,
    templatesFingerprint(contacts, 'UTC', 'dev'),
  );

/** A sender that records what it was asked and answers as the writer would. */
function recorder() {
  const asked: BackgroundRequest[] = [];
  const send = (async (request: BackgroundRequest) => {
    asked.push(request);
    if (request.type === 'tracker/import') return { added: 0, updated: request.records.length, unchanged: 0 };
    throw new Error(`unexpected ${request.type}`);
  }) as Send;
  return { asked, send };
}

describe('TemplatesSection: your templates', () => {
  it('a chart and table of each template and the notes written once, the texts with their blanks', () => {
    render(<TemplatesSection figures={figuresOf(tracker)} notes={NOTES} contacts={tracker} timeZone="UTC" />);
    expect(screen.getByTestId('cc-templates-title').textContent).toBe('Your templates');
    const figure = screen.getByTestId('cc-rate-chart-template');
    const label = within(figure).getByRole('img').getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^Acceptance and reply rate by template, with 95% intervals\./);
    expect(label).toContain('Template 1: 50% accepted (95% interval 35–65%) of 40 sent');
    expect(label).toContain('Written once: 75% accepted');
    const table = screen.getByTestId('cc-rate-table-template');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)[0]).toBe('Template');
    const row = (key: string) =>
      [...table.querySelectorAll(`tr[data-key="${key}"] > *`)].map((c) => c.textContent);
    expect(row('template-2').slice(0, 4)).toEqual(['Template 2', '30', '6', '20% (10–37%)']);
    expect(row('one-off').slice(0, 4)).toEqual(['Written once too few to judge', '16', '12', '75% (51–90%)']);

    const items = screen.getAllByTestId('cc-template');
    expect(items).toHaveLength(3);
    expect(within(items[1] as HTMLElement).getByTestId('cc-template-text').textContent).toBe(
      'Hallo […], ich habe Ihren Vortrag auf der […] über […] gesehen und fand ihn sehr hilfreich. Wir arbeiten bei […] an ähnlichen Themen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.',
    );
    expect(items[0]?.textContent).toContain('40 sent, 40 wordings');
    expect(within(items[0] as HTMLElement).getByText(/^As sent to /)).toBeTruthy();
    // Read-only without a writer.
    expect(screen.queryByTestId('cc-template-name')).toBeNull();
  });

  it('waits for figures from before the page’s latest change, and says when there is nothing to show', () => {
    const { rerender } = render(
      <TemplatesSection figures={figuresOf(tracker)} notes={NOTES + 1} contacts={tracker} timeZone="UTC" />,
    );
    expect(screen.getByTestId('cc-templates-waiting').textContent).toBe(
      'Looking for templates in your notes…',
    );
    rerender(<TemplatesSection figures={null} contacts={[]} timeZone="UTC" />);
    expect(screen.getByTestId('cc-templates-waiting')).toBeTruthy();
    rerender(<TemplatesSection figures={figuresOf([])} notes={0} contacts={[]} timeZone="UTC" />);
    expect(screen.getByTestId('cc-templates-empty').textContent).toMatch(/^No sent notes yet/);
    const once = tracker.filter((c) => c.id.includes('once-'));
    rerender(<TemplatesSection figures={figuresOf(once)} notes={16} contacts={once} timeZone="UTC" />);
    expect(screen.getByTestId('cc-templates-none').textContent).toBe(
      'No templates: none of your 16 notes is another with its blanks filled in differently.',
    );
  });

  it('name as a version: its requests get the label in one merge import, and the panel offers it', async () => {
    const { asked, send } = recorder();
    render(
      <TemplatesSection
        figures={figuresOf(tracker)}
        notes={NOTES}
        contacts={tracker}
        timeZone="UTC"
        send={send}
      />,
    );
    const third = screen.getAllByTestId('cc-template')[2] as HTMLElement;
    fireEvent.click(within(third).getByTestId('cc-template-name'));
    const input = within(third).getByLabelText('Version label') as HTMLInputElement;
    expect(input.value).toBe('Template 3');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: '  Recruiter   V1 ' } });
    fireEvent.click(within(third).getByTestId('cc-template-save'));
    await waitFor(() => expect(within(third).getByTestId('cc-template-done')).toBeTruthy());
    expect(within(third).getByTestId('cc-template-done').textContent).toBe(
      'Labelled 12 requests “Recruiter V1”. They now show in the version chart above.',
    );
    // Focus is back on the template's button, not lost with the form.
    expect(document.activeElement).toBe(within(third).getByTestId('cc-template-name'));
    expect(asked).toHaveLength(1);
    const request = asked[0] as RequestOf<'tracker/import'>;
    expect(request.mode).toBe('merge');
    const records = request.records as TrackedContact[];
    expect(records.map((r) => r.id).every((id) => id.includes('recruiter-'))).toBe(true);
    expect(records).toHaveLength(12);
    expect(new Set(records.map((r) => r.version))).toEqual(new Set(['Recruiter V1']));
    // Everything else about each contact is as it was.
    const before = tracker.find((c) => c.id === records[0]?.id);
    expect({ ...records[0], version: undefined }).toEqual({ ...before, version: undefined });
    expect((await readLabels()).versions).toEqual(['Recruiter V1']);
    expect((await readLabels()).currentVersion).toBe('');
  });

  it('an empty label, templates that changed meanwhile, and a writer that fails each say so', async () => {
    const { send } = recorder();
    const { unmount } = render(
      <TemplatesSection
        figures={figuresOf(tracker)}
        notes={NOTES}
        contacts={tracker}
        timeZone="UTC"
        send={send}
      />,
    );
    let first = screen.getAllByTestId('cc-template')[0] as HTMLElement;
    fireEvent.click(within(first).getByTestId('cc-template-name'));
    fireEvent.change(within(first).getByLabelText('Version label'), { target: { value: '   ' } });
    fireEvent.click(within(first).getByTestId('cc-template-save'));
    expect(within(first).getByRole('alert').textContent).toBe('Give the version a name.');
    unmount();

    // The page's contacts no longer hold the template the record shows.
    const changed = tracker.filter((c) => !c.id.includes('talk-'));
    render(
      <TemplatesSection
        figures={figuresOf(tracker)}
        notes={NOTES}
        contacts={changed}
        timeZone="UTC"
        send={send}
      />,
    );
    first = screen.getAllByTestId('cc-template')[0] as HTMLElement;
    fireEvent.click(within(first).getByTestId('cc-template-name'));
    fireEvent.click(within(first).getByTestId('cc-template-save'));
    await waitFor(() => expect(within(first).getByRole('alert').textContent).toMatch(/^Your notes changed/));
    cleanup();

    const failing = (async () => {
      throw new Error('the extension’s background did not answer');
    }) as Send;
    render(
      <TemplatesSection
        figures={figuresOf(tracker)}
        notes={NOTES}
        contacts={tracker}
        timeZone="UTC"
        send={failing}
      />,
    );
    first = screen.getAllByTestId('cc-template')[0] as HTMLElement;
    fireEvent.click(within(first).getByTestId('cc-template-name'));
    fireEvent.click(within(first).getByTestId('cc-template-save'));
    await waitFor(() =>
      expect(within(first).getByRole('alert').textContent).toBe(
        'Could not label them: the extension’s background did not answer',
      ),
    );
  });
});

describe('InsightView: the version view can start from the templates', () => {
  it('without labelled versions, it points to the templates found', () => {
    render(
      <InsightView
        contacts={tracker}
        settings={{ ...DEFAULT_SETTINGS, timeZone: 'UTC' }}
        now={NOW}
        timeZone="UTC"
        templateFigures={figuresOf(tracker)}
      />,
    );
    const link = screen.getByTestId('cc-insight-start-from-templates');
    expect(link.getAttribute('href')).toBe('#cc-templates');
    expect(document.getElementById('cc-templates')).toBeTruthy();
    // The templates come right after the version view, before "Does the coaching work for you?".
    const headings = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings.indexOf('Your templates')).toBeLessThan(
      headings.indexOf('Does the coaching work for you?'),
    );
  });

  it('once a template is named, its version shows in the version chart and in the template’s label', () => {
    const labelled = tracker.map((c) => (c.id.includes('talk-') ? { ...c, version: 'Talk hook' } : c));
    render(
      <InsightView
        contacts={labelled}
        settings={{ ...DEFAULT_SETTINGS, timeZone: 'UTC' }}
        now={NOW}
        timeZone="UTC"
        templateFigures={figuresOf(labelled)}
      />,
    );
    expect(screen.queryByTestId('cc-insight-start-from-templates')).toBeNull();
    const versions = screen.getByTestId('cc-rate-table-version');
    expect(versions.querySelector('tr[data-key="Talk hook"]')?.textContent).toContain('40');
    expect(screen.getAllByTestId('cc-template')[0]?.querySelector('h4')?.textContent).toBe(
      'Template 1 (Talk hook)',
    );
  });
});
