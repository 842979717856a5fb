import type { DraftReport, DraftSurface } from '../lib/draft';
import { type PlainKey, t, tp } from '../lib/i18n/t';

const GOOD = 80;
const FAIR = 55;

const GOOD_KEY: Record<DraftSurface, PlainKey> = {
  'connection-note': 'good_connection_note',
  message: 'good_message',
  'inmail-subject': 'good_inmail_subject',
  'inmail-body': 'good_inmail_body',
  comment: 'good_comment',
  post: 'good_post',
};

/** An empty box gets no score: one line on what a good one has, for this surface. */
export function GoodLine({ surface }: { surface: DraftSurface }) {
  return (
    <p className="cc-good" data-testid="cc-good">
      {t(GOOD_KEY[surface])}
    </p>
  );
}

/** How the opening reads in a notification or an inbox preview line. */
export function FirstGlance({ report }: { report: DraftReport }) {
  if (report.surface === 'inmail-subject' || report.preview.length === 0) return null;
  return (
    <div className="cc-preview" data-testid="cc-preview">
      <span className="cc-preview-label">{t('insights_first_glance')}</span>{' '}
      {/* The user's own words: their script decides the direction, not the UI's. */}
      <bdi>{report.preview}</bdi>
    </div>
  );
}

/**
 * The score and the counts behind it, for the details section. `held`: the next step says this draft
 * should not go out now, so a high score gets no "good" colour (the note beside it says why).
 */
export function ScoreLine({ report, field, held }: { report: DraftReport; field: string; held?: boolean }) {
  const { score, stats } = report;
  const band = score >= GOOD ? 'good' : score >= FAIR ? 'fair' : 'poor';
  return (
    <div className="cc-scoreline">
      <span
        className="cc-score"
        data-testid="cc-score"
        data-field={field}
        data-score={score}
        data-band={band}
        data-held={held ? 'true' : undefined}
      >
        {score}
        <span className="cc-sr"> {t('insights_out_of_100')}</span>
      </span>
      <span className="cc-stats">
        {t('insights_words', { count: stats.words })}
        {stats.questions > 0
          ? ` · ${tp('insights_questions', stats.questions, { count: stats.questions })}`
          : ''}
        {stats.selfCount + stats.youCount > 0
          ? ` · ${t('insights_pronouns', { you: stats.youCount, self: stats.selfCount })}`
          : ''}
        {stats.readingGrade !== null
          ? ` · ${t('insights_grade', { grade: Math.round(stats.readingGrade) })}`
          : ''}
      </span>
    </div>
  );
}
