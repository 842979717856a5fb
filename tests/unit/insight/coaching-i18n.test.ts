/**
 * "Does the coaching work for you?" speaks only through the catalogue: under a pseudo-locale (every
 * ASCII letter of a message full-width) no sentence, label or panel figure keeps a plain ASCII letter.
 * Same check as tests/unit/i18n/engines.test.ts, for this feature's sentences.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/draft';
import { EN, type MessageKey } from '../../../lib/i18n/messages';
import { placeholderNames, setMessageSource } from '../../../lib/i18n/t';
import { warningFigures } from '../../../lib/insight/by-warning';
import { coachingInsight, userFigureFor, warningLabel, warningPhrase } from '../../../lib/insight/coaching';
import { coachingTracker, kind } from './coaching-fixture';

const NOW = new Date('2026-03-05T12:00:00Z');
const opts = { now: NOW, timeZone: 'UTC' };

function pseudo(key: string, subs: string[]): string {
  const english = EN[key as MessageKey];
  if (english === undefined) return '';
  const names = placeholderNames(english);
  return english.replace(/\{([a-z0-9_]+)\}|[A-Za-z]/g, (m, name?: string) =>
    name ? (subs[names.indexOf(name)] ?? '') : String.fromCharCode(m.charCodeAt(0) + 0xfee0),
  );
}

function expectLocalised(texts: readonly (string | null | undefined)[]): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text).toBeTruthy();
    const rest = (text as string).replace(/“[^”]*”/g, '');
    expect(text, text as string).toMatch(/[\uFF21-\uFF5A]/);
    expect(rest, text as string).not.toMatch(/[A-Za-z]/);
  }
}

beforeEach(() => setMessageSource(pseudo));
afterEach(() => setMessageSource(null));

describe('coaching sentences go through the catalogue', () => {
  it('groups, the article’s figures, the comparison, too few and the panel’s figure', () => {
    const full = coachingInsight(warningFigures(coachingTracker(), opts));
    const few = coachingInsight(warningFigures(kind('pitch', 3, 1, 0), opts));
    const one = coachingInsight(warningFigures(kind('pitch', 1, 1, 0), opts));
    const figures = warningFigures(coachingTracker(), opts);
    expectLocalised([
      ...full.groups.flatMap((g) => [g.label, g.phrase, g.verdict]),
      ...full.groups.map((g) => g.seedMessage).filter(Boolean),
      full.comparisonMessage,
      few.tooFewMessage,
      few.comparisonMessage,
      one.tooFewMessage,
      userFigureFor('pitch', figures)?.text,
      userFigureFor('pitch', figures)?.label,
      userFigureFor('blank-note', figures)?.text,
      ...RULES.map((r) => warningPhrase(r.id)),
      ...RULES.map((r) => warningLabel(r.id)),
      warningPhrase('none'),
      warningLabel('blank'),
    ]);
  });
});
