/** The templates as the stats command prints them: --json's `byTemplate`, and the table's rows. */
import { t, tp } from '../i18n/t';
import type { GroupStats } from './groups';
import { ratesJson } from './report-json';
import type { TemplateGroup, TemplateInsight } from './templates';

/** One template as the stats command's --json prints it under `byTemplate`. */
export function templateJson(g: TemplateGroup) {
  return {
    template: g.text,
    ...ratesJson(g),
    tooFewToJudge: g.tooFewToJudge,
    label: g.label,
    wordings: g.wordings,
    example: g.example.text,
  };
}

/**
 * The stats command's text for the templates: the table's rows (templates, then the notes written
 * once), and each template's text under it.
 */
export function templateRows(insight: TemplateInsight): { rows: GroupStats[]; lines: string[] } {
  const rows: GroupStats[] = insight.templates.map((g) => ({ ...g, key: g.label }));
  if (insight.oneOffs) rows.push({ ...insight.oneOffs, key: t('templates_one_offs') });
  const lines = insight.templates.map(
    (g) =>
      `  ${g.label}, ${tp('templates_meta', g.wordings, { sent: g.sent, count: g.wordings })}: ${g.text}`,
  );
  return { rows, lines };
}
