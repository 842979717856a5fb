/**
 * The user's templates as the background stores them: a small record in
 * local:templateFigures (lib/tracker/templates-cache.ts) the dashboard reads instead of clustering
 * every note on a render. Free of the clustering code, so the dashboard does not carry it; templates.ts
 * computes the record, templateView() turns it back into groups with their rates and intervals.
 *
 * Which contacts a template went to is not stored (at 20,000 contacts that would be a large key every
 * tab is told about): the dashboard works it out when the user names a template as a version.
 */
import { t } from '../i18n/t';
import { type GroupStats, statsFromCounts } from './groups';
import { countsOf, countsOk, isCount, type StoredCounts, sameStored, storedCounts } from './stored-counts';

/** Templates kept in the record, most sent first; the rest are counted in `more`. */
export const STORED_TEMPLATES = 30;
/** Texts are cut at this length in the record (a note is at most 300 characters, a message 8,000). */
const TEXT_MAX = 600;

/** One template in the stored record: counts and texts only, short names. */
export interface TemplateRow extends StoredCounts {
  /** Its number (1 = most sent). */
  n: number;
  /** The text with its blanks as […]. */
  t: string;
  /** One note as sent, and the recipient's name. */
  x: string;
  xn: string;
  /** Distinct wordings. */
  w: number;
  /** The version labels on its sends, [label, count], most used first ('' for none); at most 5. */
  v: [string, number][];
}

export interface TemplateFigures {
  v: 1;
  /** When these were computed (ISO). */
  computedAt: string;
  /** Sends with a note. */
  notes: number;
  /** Templates found (stored or not). */
  found: number;
  /** The most sent templates (STORED_TEMPLATES at most). */
  templates: TemplateRow[];
  /** Sends of notes written once: sent, accepted, replied, days, young; null when none. */
  oneOffs: Omit<TemplateRow, 'n' | 't' | 'x' | 'xn' | 'w' | 'v'> | null;
  /** What they were computed from (templatesFingerprint): a restarted background keeps matching figures. */
  fp?: string;
}

/** Same figures, ignoring when they were computed (the background writes only on a change). */
export function sameTemplateFigures(a: TemplateFigures | null, b: TemplateFigures | null): boolean {
  return sameStored(a, b);
}

const text = (v: unknown, max = TEXT_MAX): v is string => typeof v === 'string' && v.length <= max;

/**
 * A stored record as it can be trusted, or null (a cache: anything odd is ignored whole and the
 * background writes it again).
 */
export function repairTemplateFigures(raw: unknown): TemplateFigures | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.computedAt !== 'string' || Number.isNaN(Date.parse(r.computedAt))) return null;
  if (!isCount(r.notes) || !isCount(r.found) || !Array.isArray(r.templates)) return null;
  if (r.templates.length > STORED_TEMPLATES || r.templates.length > r.found) return null;
  const templates: TemplateRow[] = [];
  let sends = 0;
  for (const g of r.templates as unknown[]) {
    if (!g || typeof g !== 'object') return null;
    const row = g as Record<string, unknown>;
    if (!isCount(row.n) || !text(row.t) || !text(row.x) || !text(row.xn, 200) || !isCount(row.w)) return null;
    if (!countsOk(row) || (row.s as number) < 2 || !Array.isArray(row.v) || row.v.length > 5) return null;
    const v: [string, number][] = [];
    for (const e of row.v as unknown[]) {
      if (!Array.isArray(e) || e.length !== 2 || !text(e[0], 100) || !isCount(e[1])) return null;
      v.push([e[0], e[1]]);
    }
    sends += row.s as number;
    templates.push({
      n: row.n,
      t: row.t as string,
      x: row.x as string,
      xn: row.xn as string,
      w: row.w,
      ...storedCounts(row),
      v,
    });
  }
  let oneOffs: TemplateFigures['oneOffs'] = null;
  if (r.oneOffs !== null) {
    const o = r.oneOffs as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object' || !countsOk(o)) return null;
    oneOffs = storedCounts(o);
    sends += oneOffs.s;
  }
  if (sends > r.notes) return null;
  const out: TemplateFigures = {
    v: 1,
    computedAt: r.computedAt,
    notes: r.notes,
    found: r.found,
    templates,
    oneOffs,
  };
  if (typeof r.fp === 'string' && /^[0-9]+\.[0-9a-z]{1,7}\.[0-9a-z]{1,7}$/.test(r.fp)) out.fp = r.fp;
  return out;
}

/** One stored template as the dashboard shows it. */
export interface TemplateView extends GroupStats {
  number: number;
  label: string;
  text: string;
  example: { text: string; name: string };
  wordings: number;
  versions: { label: string; count: number }[];
}

/** "Template 1", or "Template 1 (v2)" when every send carries that version label. */
export function templateLabel(number: number, versions: readonly { label: string; count: number }[]): string {
  const only = versions.length === 1 && versions[0]?.label ? versions[0].label : null;
  return only ? t('templates_named', { number, version: only }) : t('templates_label', { number });
}

/** The stored templates and one-offs as groups with their rates, Wilson intervals and verdicts. */
export function templateView(figures: TemplateFigures): {
  templates: TemplateView[];
  oneOffs: GroupStats | null;
} {
  const subject = t('templates_subject');
  const templates = figures.templates.map((row): TemplateView => {
    const versions = row.v.map(([label, count]) => ({ label, count }));
    return {
      ...statsFromCounts(`template-${row.n}`, countsOf(row), subject),
      labelled: true,
      number: row.n,
      label: templateLabel(row.n, versions),
      text: row.t,
      example: { text: row.x, name: row.xn },
      wordings: row.w,
      versions,
    };
  });
  return {
    templates,
    oneOffs: figures.oneOffs
      ? statsFromCounts('one-off', countsOf(figures.oneOffs), t('templates_subject_one_offs'))
      : null,
  };
}

/** Cuts a text for the record. */
export function cut(s: string, max = TEXT_MAX): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
