import { analyzeDraft, type DraftContext, type RuleId, type Warning } from '../../../lib/draft';

export type Ctx = Partial<DraftContext>;

/** The warnings one rule raised for a text (default surface: connection-note). */
export function warningsFor(rule: RuleId, text: string, ctx: Ctx = {}): Warning[] {
  const report = analyzeDraft(text, { surface: 'connection-note', ...ctx });
  return report.warnings.filter((w) => w.rule === rule);
}

/** The text a warning's span covers. */
export function spanText(text: string, w: Warning | undefined): string | undefined {
  return w?.span ? text.slice(w.span.start, w.span.end) : undefined;
}

/** The warn and error warnings of a report, as "rule: message" for readable failures. */
export function problems(text: string, ctx: DraftContext): string[] {
  return analyzeDraft(text, ctx)
    .warnings.filter((w) => w.severity !== 'info')
    .map((w) => `${w.rule}: ${w.message}`);
}

/** A [text, words the warning must quote, context] row of a five-language table. */
export type Row = [string, string, Ctx?];

/** The warn (or error) a rule raised for a text, or undefined. */
export function strongest(rule: RuleId, text: string, ctx: Ctx = {}): Warning | undefined {
  return warningsFor(rule, text, ctx).find((w) => w.severity !== 'info');
}
