import type { DraftReport } from '../lib/draft';
import { t, tp } from '../lib/i18n/t';
import { WarningList } from './WarningList';

const GOOD = 80;
const FAIR = 55;

/** Score, first-glance preview, the stats that matter for the surface, and the warnings. */
export function DraftInsights({ report, field }: { report: DraftReport; field: string }) {
  const { score, stats, preview, surface } = report;
  const band = score >= GOOD ? 'good' : score >= FAIR ? 'fair' : 'poor';
  const showPreview = surface !== 'inmail-subject' && preview.length > 0;
  return (
    <div className="cc-insights">
      <div className="cc-scoreline">
        <span className="cc-score" data-testid="cc-score" data-score={score} data-band={band}>
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
      {showPreview ? (
        <div className="cc-preview" data-testid="cc-preview">
          <span className="cc-preview-label">{t('insights_first_glance')}</span>{' '}
          {/* The user's own words: their script decides the direction, not the UI's. */}
          <bdi>{preview}</bdi>
        </div>
      ) : null}
      <WarningList warnings={report.warnings} field={field} />
    </div>
  );
}
