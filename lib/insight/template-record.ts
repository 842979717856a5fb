/**
 * From found templates to the record the background stores (template-figures.ts), and the fingerprint
 * of what they were found from, so a restarted background keeps matching figures.
 */
import type { TrackedContact } from '../tracker/schema';
import { fingerprintOf, requestHash } from './fingerprint';
import type { GroupStats } from './groups';
import { cut, STORED_TEMPLATES, type TemplateFigures, type TemplateRow } from './template-figures';
import type { TemplateInsight } from './templates';

/** The record the background stores: the most sent templates and the one-offs, counts and texts. */
export function toTemplateFigures(insight: TemplateInsight, now: Date, fp?: string): TemplateFigures {
  const row = (g: GroupStats) => ({
    s: g.sent,
    a: g.accepted,
    r: g.replied,
    da: g.medianDaysToAccept,
    dr: g.medianDaysToFirstReply,
    y: g.pendingYoung,
  });
  const figures: TemplateFigures = {
    v: 1,
    computedAt: now.toISOString(),
    notes: insight.notes,
    found: insight.templates.length,
    templates: insight.templates.slice(0, STORED_TEMPLATES).map(
      (g): TemplateRow => ({
        n: g.number,
        t: cut(g.text),
        x: cut(g.example.text),
        xn: cut(g.example.name, 200),
        w: g.wordings,
        ...row(g),
        v: g.versions.slice(0, 5).map((v): [string, number] => [cut(v.label, 100), v.count]),
      }),
    ),
    oneOffs: insight.oneOffs ? row(insight.oneOffs) : null,
  };
  if (fp) figures.fp = fp;
  return figures;
}

/** The two hashes of what one contact contributes to the templates (its version label too). */
export function templateContactHash(c: TrackedContact): readonly [number, number] | null {
  return requestHash(c, [c.version ?? '']);
}

/**
 * A fingerprint of everything the templates depend on (each contact's id, name, request, status,
 * version label and dates), the time zone and the code's version; independent of the contacts' order.
 */
export function templatesFingerprint(
  contacts: readonly TrackedContact[],
  timeZone: string,
  engine: string,
  hashOf: (c: TrackedContact) => readonly [number, number] | null = templateContactHash,
): string {
  return fingerprintOf(contacts, timeZone, engine, hashOf);
}
