/**
 * The coaching for one draft, shared by the floating card on LinkedIn and the side panel, in the order
 * a writer needs it: the count against the limit, the most important warning with its fix, how the
 * opening reads at first glance, the other warnings; then (from the caller) the next step; then the
 * details (score, word counts). An empty box gets no score, only what a good one has.
 */
import type { DraftReport, Warning } from '../lib/draft';
import { type PlainKey, t } from '../lib/i18n/t';
import type { FieldName, ResolvedLimit, SurfaceKind } from '../lib/limits';
import type { DraftVerdict } from '../lib/tracker/draft-verdict';
import { CountMeter, type MeterState, meterState } from './CountMeter';
import { FirstGlance, GoodLine, ScoreLine } from './DraftInsights';
import { NextStepNote, type NextStepNoteProps } from './NextStepNote';
import { ruleTitle, WarningList } from './WarningList';

export interface PanelField {
  name: FieldName;
  count: number;
  graphemes: number;
  limit: ResolvedLimit;
  pasteCut?: number;
  /** The note-quality report for this field, once analysed. */
  report?: DraftReport;
}

const KIND_KEY: Record<SurfaceKind, PlainKey> = {
  'connection-note': 'kind_connection_note',
  message: 'kind_message',
  inmail: 'kind_inmail',
  salesnav: 'kind_salesnav',
  comment: 'kind_comment',
  post: 'kind_post',
};

/** What the user is writing: "Connection note", "InMail", … */
export const kindLabel = (kind: SurfaceKind): string => t(KIND_KEY[kind]);

const fieldWord = (name: FieldName) => t(name === 'subject' ? 'warn_field_subject' : 'warn_field_text');

/** The field the chip counts: the note or the body (a subject line is secondary). */
export function mainField(fields: PanelField[]): PanelField | undefined {
  return fields.find((f) => f.name !== 'subject') ?? fields[0];
}

/** The worst count state over every field. */
export function worstState(fields: PanelField[]): MeterState {
  const states = fields.map((f) => meterState(f.count, f.limit));
  return states.includes('over') ? 'over' : states.includes('near') ? 'near' : 'ok';
}

const RANK = { error: 0, warn: 1, info: 2 } as const;

/** The most important warning over every field that has text (the engine orders each field's list). */
export function topWarning(fields: PanelField[]): Warning | null {
  let best: Warning | null = null;
  for (const f of fields) {
    const w = f.count > 0 ? f.report?.warnings[0] : undefined;
    if (w && (!best || RANK[w.severity] < RANK[best.severity])) best = w;
  }
  return best;
}

/** The short title of the top warning, for the chip. */
export const topWarningTitle = (fields: PanelField[]) => {
  const w = topWarning(fields);
  return w ? ruleTitle(w.rule) : null;
};

/**
 * Nothing to score: an empty box (the engine says `scored: false` for white space only) or one
 * without a word (a lone emoji).
 */
export function nothingToScore(field: PanelField): boolean {
  const r = field.report;
  return field.count === 0 || (r !== undefined && (r.scored === false || r.stats.words === 0));
}

/** Count, top warning, first glance, other warnings: one field's coaching. */
export function FieldCoaching({ field }: { field: PanelField }) {
  const report = field.report;
  const empty = nothingToScore(field);
  const [first, ...rest] = !empty && report ? report.warnings : [];
  return (
    <div className="cc-field" data-field={field.name}>
      <CountMeter
        field={field.name}
        count={field.count}
        graphemes={field.graphemes}
        limit={field.limit}
        pasteCut={field.pasteCut}
        showOverAlert={!report}
      />
      {empty && report ? <GoodLine surface={report.surface} /> : null}
      {first ? <WarningList warnings={[first]} field={fieldWord(field.name)} top /> : null}
      {!empty && report ? <FirstGlance report={report} /> : null}
      {rest.length ? <WarningList warnings={rest} field={fieldWord(field.name)} /> : null}
    </div>
  );
}

/**
 * The details, last: each field's score and counts (none for an empty field). The score measures the
 * draft; when the next step says this draft should not go out now (`verdict` hold or instead), the
 * card says so in a note above the details (visible without opening them), and the score shows no
 * "good" colour: score and advice agree. When every field is empty there is no score at all and the
 * note names the next step instead.
 */
export function CoachingDetails({
  fields,
  verdict,
  advice,
  now,
}: {
  fields: PanelField[];
  /** Whether the draft should go out now, by the next step (null: no person, or not known yet). */
  verdict?: DraftVerdict | null;
  /** The person's next step, named by the note when the box is empty. */
  advice?: NextStepNoteProps['advice'];
  now?: Date;
}) {
  const scored = fields.filter((f) => f.report && !nothingToScore(f));
  // Empty, not merely waiting for its analysis (a long paste is analysed after a pause).
  const empty =
    fields.length > 0 && fields.every((f) => nothingToScore(f) && (f.count === 0 || f.report !== undefined));
  const held = !!verdict && verdict.verdict !== 'go';
  return (
    <>
      <NextStepNote verdict={verdict} empty={empty} advice={advice} {...(now ? { now } : {})} />
      {scored.length > 0 ? (
        <details className="cc-details" data-testid="cc-details" data-verdict={verdict?.verdict ?? 'none'}>
          <summary>{t('card_details')}</summary>
          {scored.map((f) => (
            <div key={f.name} className="cc-details-field">
              {scored.length > 1 ? (
                <span className="cc-meter-label">
                  {t('card_field_details', { field: fieldWord(f.name) })}
                </span>
              ) : null}
              <ScoreLine report={f.report as DraftReport} field={f.name} held={held} />
            </div>
          ))}
        </details>
      ) : null}
    </>
  );
}
