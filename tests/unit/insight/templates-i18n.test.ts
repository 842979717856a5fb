/**
 * Templates speak only through the catalogue: under a pseudo-locale (every ASCII letter of a
 * message full-width) the draft warning (with the earlier note's recipient, date and changed slots),
 * the templates' labels and verdicts and the stats command's rows keep no plain ASCII letter beyond
 * the user's own words. Same check as tests/unit/i18n/engines.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, prepareHistory } from '../../../lib/draft';
import { EN, type MessageKey } from '../../../lib/i18n/messages';
import { placeholderNames, setMessageSource } from '../../../lib/i18n/t';
import { templateView } from '../../../lib/insight/template-figures';
import { toTemplateFigures } from '../../../lib/insight/template-record';
import { templateRows } from '../../../lib/insight/template-report';
import { findTemplates } from '../../../lib/insight/templates';
import { templatesTracker } from './templates-fixture';

const NOW = new Date('2026-03-05T12:00:00Z');

function pseudo(key: string, subs: string[]): string {
  // Dates come from Intl in the catalogue's locale: a Russian one has no ASCII letter to leave over.
  if (key === 'format_date_locale') return 'ru-RU';
  const english = EN[key as MessageKey];
  if (english === undefined) return '';
  const names = placeholderNames(english);
  return english.replace(/\{([a-z0-9_]+)\}|[A-Za-z]/g, (m, name?: string) =>
    name ? (subs[names.indexOf(name)] ?? '') : String.fromCharCode(m.charCodeAt(0) + 0xfee0),
  );
}

/** Every text carries pseudo letters and no ASCII letter outside quotes and the user's own words. */
function expectLocalised(texts: readonly string[], userWords: readonly string[] = []): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    let rest = text.replace(/“[^”]*”/g, '').replace(/\[…\]/g, '');
    for (const w of [...userWords].sort((a, b) => b.length - a.length)) rest = rest.split(w).join('');
    expect(text, text).toMatch(/[\uFF21-\uFF5A]/);
    expect(rest, text).not.toMatch(/[A-Za-z]/);
  }
}

beforeEach(() => setMessageSource(pseudo));
afterEach(() => setMessageSource(null));

describe('templates go through the catalogue', () => {
  it('the draft warning: the earlier note, its recipient and date, what changed, the fix', () => {
    const history = prepareHistory([
      {
        text: 'Hi Sarah, loved your talk at KubeCon on platform teams. I work on the same problem at Fjordbank. Would be great to connect!',
        name: 'Sarah Chen',
        sentAt: '2026-03-03T10:00:00.000Z',
      },
    ]);
    const texts = [
      'Hi Mark, loved your talk at SREcon on error budgets. I work on the same problem at Fjordbank. Would be great to connect!',
      'Hi Mark, loved your talk at KubeCon on platform teams. I work on the same problem at Fjordbank. Would be great to connect!',
    ].flatMap((text) =>
      analyzeDraft(text, { surface: 'connection-note', recipientName: 'Mark Jones', history })
        .warnings.filter((w) => w.rule === 'template-similarity')
        .map((w) => w.message),
    );
    expect(texts).toHaveLength(2);
    expectLocalised(texts, ['Sarah Chen', 'Mark']);
  });

  it('labels, verdicts and the stats command’s rows', () => {
    const found = findTemplates(templatesTracker(), { now: NOW, timeZone: 'UTC' });
    const view = templateView(toTemplateFigures(found, NOW));
    const { rows, lines } = templateRows(found);
    expectLocalised([
      ...view.templates.flatMap((g) => [g.label, g.verdict]),
      view.oneOffs?.verdict ?? '',
      ...rows.map((g) => g.key),
      ...lines.map((l) => l.slice(0, l.indexOf(':'))),
    ]);
  });
});
